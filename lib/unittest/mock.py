"""unittest.mock: stand-in objects that record how they are used, and the tools around them.

pygen's implementation, written from the library reference and from what python3 does. The
moving parts:

* every mock gets a class of its own, made when the mock is made: magic methods live on a
  class, so that is where `m.__len__ = f` has to go without touching any other mock;
* a MagicMock's class is made with a `_MagicSlot` per supported magic method in its namespace;
  the first lookup of a slot turns it into a child mock configured with the method's default;
* a mock's own state sits in its instance dict under `_mock_*` keys, so the hot paths (calling
  a mock, getting a child) read and write plain dict entries;
* an autospecced function is a real function (so signature checks and introspection behave)
  that forwards to a mock; the mock then keeps its call records on that function
  (`_mock_delegate`), so both views agree.
"""

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
           'PropertyMock', 'seal')

import asyncio
import builtins
import contextlib
import inspect
import pprint
import sys
from functools import partial, wraps
from types import CodeType, MethodType, ModuleType

FILTER_DIR = True


class InvalidSpecError(Exception):
    """A spec that cannot be used: it is itself a mock (or an autospec of one)."""


# ---------------------------------------------------------------------------------------------
# Named markers

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    # pickled by name: unpickling finds the same object again through `sentinel`
    __reduce__ = __repr__


class _Sentinel:
    """sentinel.NAME: one unique object per name, made on first use."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':   # keeps help() and pydoc from taking this for a class
            raise AttributeError
        known = self._sentinels
        if name not in known:
            known[name] = _SentinelObject(name)
        return known[name]

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Compares equal to anything (and so unhashable, as any class defining only __eq__)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---------------------------------------------------------------------------------------------
# Small predicates

FunctionTypes = (type(lambda: None), type(ANY.__eq__))


def _is_exception(obj):
    if isinstance(obj, type):
        return issubclass(obj, BaseException)
    return isinstance(obj, BaseException)


def _callable(obj):
    while isinstance(obj, (staticmethod, classmethod, MethodType)):
        obj = obj.__func__
    return isinstance(obj, type) or getattr(obj, '__call__', None) is not None


def _is_list(obj):
    # a spec given as a list (or tuple) of names rather than an object
    return type(obj) is list or type(obj) is tuple


def _is_instance_mock(obj):
    # type(), not isinstance(): a mock with a spec reports the spec's class as __class__
    return NonCallableMock in type(obj).__mro__


def _extract_mock(obj):
    if isinstance(obj, FunctionTypes):
        return getattr(obj, 'mock', obj)   # an autospecced function: the mock behind it
    return obj


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _is_async_func(obj):
    return bool(getattr(obj, '__code__', None)) and asyncio.iscoroutinefunction(obj)


def _is_async_obj(obj):
    if _is_instance_mock(obj):
        return isinstance(obj, AsyncMock)
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return asyncio.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _instance_callable(obj):
    """Whether instances of obj (a class), or obj itself (anything else), can be called."""
    if not isinstance(obj, type):
        call_slot = getattr(obj, '__call__', None)
        return call_slot is not None
    return any(vars(klass).get('__call__') is not None for klass in obj.__mro__)


def _is_magic(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


# ---------------------------------------------------------------------------------------------
# call objects

def _format_call_signature(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown.extend(f'{key}={value!r}' for key, value in kwargs.items())
    return f"{name}({', '.join(shown)})"


def _read_call_shape(value):
    """A call given in any of its tuple forms -> (name, args, kwargs), or None when the length
    is not one a call can have. Forms: (), (name,), (args,), (kwargs,), (name, args),
    (name, kwargs), (args, kwargs), (name, args, kwargs)."""
    size = len(value)
    if size == 3:
        return tuple(value)
    if size == 0:
        return '', (), {}
    if size == 1:
        only = value[0]
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return '', only, {}
        return '', (), only
    if size == 2:
        head, tail = value
        if not isinstance(head, str):
            return '', head, tail
        if isinstance(tail, tuple):
            return head, tail, {}
        return head, (), tail
    return None


class _Call(tuple):
    """One call as recorded or expected: (args, kwargs) in call_args and friends,
    (name, args, kwargs) in mock_calls and method_calls. The `call` object builds them:
    call(1, x=2), call.method(3), call(1).method(2)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        shape = _read_call_shape(value)
        named = len(value) == 3 or (0 < len(value) < 3 and isinstance(value[0], str))
        if shape is None or not named:
            shape = (name,) + (shape or ('', (), {}))[1:]
        return tuple.__new__(cls, shape[1:] if two else shape)

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        vars(self).update(_mock_name=name, _mock_parent=parent, _mock_from_kall=from_kall)

    def _pieces(self):
        return ('',) + tuple(self) if len(self) == 2 else tuple(self)

    def __eq__(self, other):
        try:
            shape = _read_call_shape(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        ours = getattr(self, '_mock_parent', None)
        if ours:
            theirs = getattr(other, '_mock_parent', None)
            if theirs and ours != theirs:
                return False   # both chained calls, from different chains
        if shape is None or (my_name and shape[0] != my_name):
            return False
        return shape[1] == my_args and shape[2] == my_kwargs

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        own = self._mock_name
        if own is None:
            return _Call(('', args, kwargs), '()')
        return _Call((own, args, kwargs), name=own + '()', parent=self)

    def __getattr__(self, attr):
        own = self._mock_name
        if own is None:
            return _Call((), attr, None, False, False)
        return _Call(name=f'{own}.{attr}', parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index...) are names a recorded call may have
        if attr in tuple.__dict__:
            raise AttributeError
        return object.__getattribute__(self, attr)

    @property
    def args(self):
        return self._pieces()[1]

    @property
    def kwargs(self):
        return self._pieces()[2]

    def __repr__(self):
        label = self._mock_name
        if not self._mock_from_kall:
            label = label or 'call'
            return 'call' + label if label.startswith('()') else label
        label, args, kwargs = self._pieces()
        if not label:
            label = 'call'
        elif label.startswith('()'):
            label = 'call' + label
        else:
            label = 'call.' + label
        return _format_call_signature(label, args, kwargs)

    def call_list(self):
        """The calls this chained call stands for: call(1).f(2) -> [call(1), call().f(2)]."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `[c1, c2] in calls` asks for that run of consecutive calls."""

    def __contains__(self, value):
        if isinstance(value, list):
            return self._has_run(value)
        return super().__contains__(value)

    def _has_run(self, value):
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(self[:])


def _contains_call(calls, wanted):
    # the expected call on the left of ==, so an ANY inside it gets the first word
    for candidate in calls:
        if all(w == c for w, c in zip(wanted, candidate)):
            return True
    return False


def _unmatched(wanted, recorded):
    """Takes each wanted call out of (a copy of) recorded, in any order: the calls not found,
    and the recorded ones left over."""
    pool = list(recorded)
    missing = []
    for one in wanted:
        if one in pool:
            pool.remove(one)
        else:
            missing.append(one)
    return missing, pool


# ---------------------------------------------------------------------------------------------
# Signatures of specs

def _signature_for(spec, as_instance, eat_self):
    """(callable, signature) that calls of a mock spec'd from spec must fit, or None."""
    target = spec
    if isinstance(spec, type) and not as_instance:
        target, eat_self = spec.__init__, True      # calling the class runs __init__
    elif isinstance(spec, (classmethod, staticmethod)):
        target = spec.__func__
        eat_self = eat_self or isinstance(spec, classmethod)    # cls is bound already
    elif not isinstance(spec, FunctionTypes):
        try:
            target = spec.__call__
        except AttributeError:
            return None
    try:
        sig = inspect.signature(partial(target, None) if eat_self else target)
    except ValueError:
        return None
    return target, sig


def _copy_identity(source, dest):
    for attr in ('__name__', '__doc__', '__text_signature__', '__module__', '__defaults__',
                 '__kwdefaults__'):
        try:
            setattr(dest, attr, getattr(source, attr))
        except AttributeError:
            pass


def _install_sig_check(spec, mock, skipfirst, instance=False):
    found = _signature_for(spec, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def _mock_check_sig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)

    _copy_identity(func, _mock_check_sig)
    klass = type(mock)
    klass._mock_check_sig = _mock_check_sig
    klass.__signature__ = sig


# ---------------------------------------------------------------------------------------------
# Parent links

def _adopt(parent, value, name, new_name):
    """Make value (a mock without a parent or name) a child of parent; False when it is not
    a mock or already belongs somewhere (or is one of parent's ancestors)."""
    value = _extract_mock(value)
    state = value.__dict__ if _is_instance_mock(value) else None
    if state is None:
        return False
    if (state['_mock_name'] or state['_mock_new_name'] or state['_mock_parent'] is not None
            or state['_mock_new_parent'] is not None):
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node._mock_new_parent
    if new_name:
        state['_mock_new_parent'] = parent
        state['_mock_new_name'] = new_name
    if name:
        state['_mock_parent'] = parent
        state['_mock_name'] = name
    return True


class _SpecState:
    """A not-yet-made autospec child: made on first access."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec, self.spec_set, self.parent = spec, spec_set, parent
        self.name, self.ids, self.instance = name, ids, instance


class _Recorded:
    """A call record attribute (called, call_count, ...): kept in the mock's dict, or on the
    autospecced function the mock stands behind."""

    def __init__(self, name):
        self.name = name
        self.key = '_mock_' + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        state = obj.__dict__
        target = state.get('_mock_delegate')
        if target is not None:
            return getattr(target, self.name)
        try:
            return state[self.key]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, obj, value):
        state = obj.__dict__
        target = state.get('_mock_delegate')
        if target is None:
            state[self.key] = value
        else:
            setattr(target, self.name, value)


_RECORD_NAMES = ('called', 'call_count', 'call_args', 'call_args_list', 'mock_calls')
_PLAIN_SET = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
              '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
              *_RECORD_NAMES, 'await_count', 'await_args', 'await_args_list'}
_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _spec_target(args, kw):
    given = kw.get('spec_set', kw.get('spec'))
    if given is None and args:
        given = args[0]
    return given


class _MockBase:
    # class-level defaults, for state read before __init__ has stored any
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


# ---------------------------------------------------------------------------------------------
# The mock core

class NonCallableMock(_MockBase):
    """A mock that cannot be called: attributes spring into existence as child mocks."""

    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if AsyncMockMixin not in cls.__mro__:
            spec = _spec_target(args, kw)
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)   # an async spec makes an awaitable mock
        namespace = {'__doc__': cls.__doc__, '__module__': cls.__module__}
        extra = getattr(cls, '_mock_class_namespace', None)
        if extra is not None:
            namespace.update(extra())
        own_class = type(cls.__name__, bases, namespace)
        instance = object.__new__(own_class)
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        state = self.__dict__
        state.update(_mock_parent=parent, _mock_name=name, _mock_new_name=_new_name,
                     _mock_new_parent=parent if _new_parent is None else _new_parent,
                     _mock_sealed=False)
        if spec_set is not None:
            spec, spec_set = spec_set, True
        self._mock_add_spec(spec, spec_set, _spec_as_instance,
                            parent is not None if _eat_self is None else _eat_self)
        state.update(_mock_children={}, _mock_wraps=wraps, _mock_delegate=None,
                     _mock_called=False, _mock_call_args=None, _mock_call_count=0,
                     _mock_call_args_list=_CallList(), _mock_mock_calls=_CallList(),
                     method_calls=_CallList(), _mock_unsafe=unsafe)
        self._mock_spec_changed()
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def _mock_spec_changed(self):
        """Hook for MagicMixin: the spec (so the allowed magic methods) is now known."""

    # -- spec --

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock to the attributes of spec (an object or a list of names)."""
        self._mock_add_spec(spec, spec_set, False, False)
        self._mock_spec_changed()

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        klass = signature = None
        async_names = []
        if not (spec is None or _is_list(spec)):
            klass = spec if isinstance(spec, type) else type(spec)
            found = _signature_for(spec, _spec_as_instance, _eat_self)
            signature = found[1] if found else None
            names = dir(spec)
            async_names = [n for n in names
                           if asyncio.iscoroutinefunction(getattr(spec, n, None))]
            spec = names
        self.__dict__.update(_spec_class=klass, _spec_set=spec_set, _spec_signature=signature,
                             _mock_methods=spec, _spec_asyncs=async_names)

    @property
    def __class__(self):
        claimed = self._spec_class
        return type(self) if claimed is None else claimed

    # -- configuration --

    def _get_return_value(self):
        outer = self._mock_delegate
        value = self._mock_return_value if outer is None else outer.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        outer = self._mock_delegate
        if outer is not None:
            outer.return_value = value
            return
        self.__dict__['_mock_return_value'] = value
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc='The value to be returned when the mock is called.')

    def _get_side_effect(self):
        outer = self._mock_delegate
        if outer is None:
            return self._mock_side_effect
        effect = outer.side_effect
        if (effect is not None and not callable(effect) and not isinstance(effect, _MockIter)
                and not _is_exception(effect)):
            effect = _MockIter(effect)
            outer.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _as_effect(value)
        outer = self._mock_delegate
        if outer is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            outer.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def attach_mock(self, mock, attribute):
        """Make mock the child `attribute` of this one; its calls are then recorded here too."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        self.__setattr__(attribute, mock)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keyword arguments; a dotted name reaches into child mocks:
        m.configure_mock(**{'method.return_value': 3})."""
        for dotted in sorted(kwargs, key=lambda key: key.count('.')):
            *path, last = dotted.split('.')
            holder = self
            for step in path:
                holder = getattr(holder, step)
            setattr(holder, last, kwargs[dotted])

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls made to this mock, its children and its return value; with
        return_value/side_effect also forget those settings."""
        seen = [] if visited is None else visited
        if id(self) in seen:
            return
        seen.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        for listed in ('mock_calls', 'call_args_list', 'method_calls'):
            setattr(self, listed, _CallList())
        state = self.__dict__
        if return_value:
            state['_mock_return_value'] = DEFAULT
        if side_effect:
            state['_mock_side_effect'] = None
        for child in state['_mock_children'].values():
            if child is not _deleted and not isinstance(child, _SpecState):
                child.reset_mock(seen, return_value=return_value, side_effect=side_effect)
        result = state.get('_mock_return_value', DEFAULT)
        if result is not self and _is_instance_mock(result):
            result.reset_mock(seen)

    # -- attributes --

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        allowed = self._mock_methods
        if allowed is not None:
            if name not in allowed or name in _all_magics:
                raise AttributeError(f'Mock object has no attribute {name!r}')
        elif _is_magic(name):
            raise AttributeError(name)
        if (not self._mock_unsafe and name.startswith(_ASSERT_TYPOS)
                and (not allowed or name not in allowed)):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the mock '
                                 f'if {name!r} is meant to be an attribute.')
        kids = self.__dict__['_mock_children']
        found = kids.get(name)
        if found is None:
            wrapped = self._mock_wraps
            found = self._get_child_mock(
                parent=self, name=name, _new_name=name, _new_parent=self,
                wraps=None if wrapped is None else getattr(wrapped, name))
            kids[name] = found
        elif found is _deleted:
            raise AttributeError(name)
        elif isinstance(found, _SpecState):
            pending = found
            try:
                found = create_autospec(pending.spec, pending.spec_set, pending.instance,
                                        pending.parent, pending.name)
            except InvalidSpecError:
                shown = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {pending.name!r} from target {shown!r} as it has '
                    f'already been mocked out. [target={self!r}, attr={pending.spec!r}]')
            kids[name] = found
        return found

    def __setattr__(self, name, value):
        if name in _PLAIN_SET:
            super().__setattr__(name, value)
            return None
        allowed = self._mock_methods
        if (self._spec_set and allowed is not None and name not in allowed
                and name not in self.__dict__):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError(f'Attempting to set unsupported magic method {name!r}.')
        if name in _all_magics:
            if allowed is not None and name not in allowed:
                raise AttributeError(f"Mock object has no attribute '{name}'")
            klass = type(self)
            if _is_instance_mock(value):
                _adopt(self, value, None, name)
                setattr(klass, name, value)
                self.__dict__['_mock_children'][name] = value
            else:
                setattr(klass, name, _as_method(name, value))
                value = partial(value, self)
        elif name == '__class__':
            self._spec_class = value
            return None
        elif _adopt(self, value, name, name):
            self.__dict__['_mock_children'][name] = value
        sealed = self._mock_sealed
        if sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        super().__setattr__(name, value)
        return None

    def __delattr__(self, name):
        klass_dict = type(self).__dict__
        if name in _all_magics and name in klass_dict:
            delattr(type(self), name)
            if name not in self.__dict__:
                return   # the magic lived on the class only
        children = self._mock_children
        before = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif before is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or ())
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in self.__dict__ if not n.startswith('_') or _is_magic(n))
        names.update(n for n, v in self._mock_children.items() if v is not _deleted)
        return sorted(names)

    # -- naming and repr --

    def _extract_mock_name(self):
        steps = [self._mock_new_name]
        root = self
        while root._mock_new_parent is not None:
            root = root._mock_new_parent
            steps.append(root._mock_new_name)
        steps[-1] = root._mock_name or 'mock'
        steps.reverse()
        text = steps[0]
        for step in steps[1:]:
            text += step if step == '()' else '.' + step
        return text

    def __repr__(self):
        label = self._extract_mock_name()
        shown = '' if label in ('mock', 'mock.') else f' name={label!r}'
        klass = self._spec_class
        if klass is not None:
            shown += f" {'spec_set' if self._spec_set else 'spec'}={klass.__name__!r}"
        return f"<{type(self).__name__}{shown} id='{id(self)}'>"

    # -- assertions --

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        wanted = self._format_mock_call_signature(args, kwargs)
        got = self._format_mock_call_signature(*self.call_args)
        return f'expected {action} not found.\nExpected: {wanted}\n  Actual: {got}'

    def _signature_along(self, dotted):
        """The spec signature of the child named by a mock_calls name ('a.b'), or None."""
        if not dotted:
            return self._spec_signature
        sig = None
        holder = self._mock_children
        for step in dotted.replace('()', '').split('.'):
            child = holder.get(step)
            if isinstance(child, _SpecState) or child is None:
                break
            child = _extract_mock(child)
            holder = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """With a spec'd signature a call is normalised by binding it (so f(1, b=2) matches
        f(1, 2)); a call that does not bind comes back as the TypeError."""
        if isinstance(_call, tuple) and len(_call) >= 3:
            sig = self._signature_along(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        name, args, kwargs = ('',) + tuple(_call) if len(_call) == 2 else _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'

    def _own_name(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count:
            raise AssertionError(f"Expected '{self._own_name()}' to not have been called. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if not self.call_count:
            raise AssertionError(f"Expected '{self._own_name()}' to have been called.")

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(f"Expected '{self._own_name()}' to have been called once. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            wanted = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'expected call not found.\nExpected: {wanted}\n'
                                 '  Actual: not called.')
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.call_args) != wanted:
            cause = wanted if isinstance(wanted, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(f"Expected '{self._own_name()}' to be called once. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")
        self.assert_called_with(*args, **kwargs)

    def _expected_and_recorded(self, calls, record):
        """The expected calls and a record (mock_calls, await_args_list) both put through
        _call_matcher, with the first error matching an expected call raised (the cause)."""
        wanted = [self._call_matcher(c) for c in calls]
        cause = next((w for w in wanted if isinstance(w, Exception)), None)
        return wanted, cause, _CallList(self._call_matcher(c) for c in record)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls contains these calls: as a consecutive run in this order,
        or with any_order=True anywhere."""
        wanted, cause, recorded = self._expected_and_recorded(calls, self.mock_calls)
        if any_order:
            missing, pool = _unmatched(wanted, recorded)
            if missing:
                raise AssertionError(f'{self._own_name()!r} does not contain all of '
                                     f'{tuple(missing)!r} in its call list, found {pool!r} '
                                     f'instead') from cause
            return
        if wanted in recorded:
            return
        if cause is None:
            problem = 'Calls not found.'
        else:
            problem = ('Error processing expected calls.\nErrors: '
                       f'{[w if isinstance(w, Exception) else None for w in wanted]}')
        actual = self._calls_repr(prefix='  Actual').rstrip('.')
        raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}{actual}') from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the last) had these arguments."""
        self._assert_some_made(args, kwargs, self.call_args_list, 'call')

    def _assert_some_made(self, args, kwargs, record, word):
        """assert_any_call / assert_any_await: some entry of record (call_args_list,
        await_args_list) matches these arguments."""
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        cause = wanted if isinstance(wanted, Exception) else None
        made = [self._call_matcher(c) for c in record]
        if cause or not _contains_call(made, wanted):
            raise AssertionError(f'{self._format_mock_call_signature(args, kwargs)} {word} '
                                 'not found') from cause

    # -- children --

    def _get_child_mock(self, /, **kw):
        """Make the mock for an attribute or the return value; subclasses may override."""
        if self._mock_sealed:
            where = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + where)
        child_name = kw.get('_new_name')
        if child_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        return _child_class(self, child_name)(**kw)


for _record in _RECORD_NAMES:
    setattr(NonCallableMock, _record, _Recorded(_record))
del _record


def _child_class(mock, child_name):
    """Which kind of mock a child (attribute or return value) of mock is."""
    own = type(mock)
    if issubclass(own, MagicMock) and child_name in _ASYNC_METHOD_MAGICS:
        return AsyncMock
    if issubclass(own, AsyncMockMixin):
        methods = mock._mock_methods
        if child_name in _all_sync_magics or (methods and child_name in methods):
            return MagicMock
        return AsyncMock
    if issubclass(own, CallableMixin):
        return own.__mro__[1]    # the class this mock's own class was made from
    if issubclass(own, NonCallableMagicMock):
        return MagicMock
    return Mock


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _as_effect(value):
    """What side_effect keeps: an iterable becomes its iterator (one result per call)."""
    if value is None or _is_exception(value) or _callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


class CallableMixin(_MockBase):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        vars(self)['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        pass   # autospec puts a signature check on the mock's own class

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        state = self.__dict__
        this_call = _Call((args, kwargs), two=True)
        as_named = _Call(('', args, kwargs))
        if state['_mock_delegate'] is None:
            state['_mock_called'] = True
            state['_mock_call_count'] += 1
            state['_mock_call_args'] = this_call
            state['_mock_call_args_list'].append(this_call)
            state['_mock_mock_calls'].append(as_named)
        else:
            self.called = True
            self.call_count += 1
            self.call_args = this_call
            self.call_args_list.append(this_call)
            self.mock_calls.append(as_named)
        _record_in_ancestors(self, args, kwargs)

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                outcome = effect(*args, **kwargs)
            else:
                outcome = next(effect)
                if _is_exception(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        wrapped = self._mock_wraps
        if wrapped is not None and self._mock_return_value is DEFAULT:
            return wrapped(*args, **kwargs)
        return self.return_value


def _record_in_ancestors(mock, args, kwargs):
    """A call of a child shows in each ancestor's mock_calls, named by the path from that
    ancestor ('a.b', 'a().b', '()'); and in method_calls along the attribute chain."""
    path = mock._mock_new_name
    method_path = mock._mock_name if mock._mock_parent is not None else None
    node = mock
    parent = mock._mock_new_parent
    while parent is not None:
        if method_path is not None:
            parent.method_calls.append(_Call((method_path, args, kwargs)))
            method_path = (parent._mock_name + '.' + method_path
                           if parent._mock_parent is not None else None)
        parent.mock_calls.append(_Call((path, args, kwargs)))
        step = parent._mock_new_name
        if step:
            path = step + (path if path.startswith('()') else '.' + path)
        node = parent
        parent = parent._mock_new_parent
    return node


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records each call, returns return_value (a child mock by default) or
    what side_effect says (an exception to raise, an iterable of results, or a function)."""


# ---------------------------------------------------------------------------------------------
# Magic methods

_ONE_WAY = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
            'enter exit divmod rdivmod neg pos abs invert complex int float index round trunc '
            'floor ceil bool next fspath aiter').split()
_ARITHMETIC = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'.split()
_magics = {f'__{stem}__' for stem in
           _ONE_WAY + _ARITHMETIC + ['i' + s for s in _ARITHMETIC] + ['r' + s for s in _ARITHMETIC]}
_non_defaults = {f'__{stem}__' for stem in (
    'get set delete reversed missing reduce reduce_ex getinitargs getnewargs getstate setstate '
    'getformat repr dir subclasses format getnewargs_ex').split()}
_ASYNC_METHOD_MAGICS = {'__aenter__', '__aexit__', '__anext__'}
_all_sync_magics = _non_defaults | _magics
_all_magics = _all_sync_magics | _ASYNC_METHOD_MAGICS | {'__aiter__'}
_UNSUPPORTED_MAGICS = {f'__{stem}__' for stem in (
    'getattr setattr init new prepare instancecheck subclasscheck del').split()}
_SLOTTED = _magics | _ASYNC_METHOD_MAGICS     # what a MagicMock's class starts out with


def _default_eq(mock):
    def __eq__(other):
        fixed = mock.__eq__._mock_return_value
        if fixed is not DEFAULT:
            return fixed
        return True if mock is other else NotImplemented
    return __eq__


def _default_ne(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _default_iter(mock):
    def __iter__():
        given = mock.__iter__._mock_return_value
        return iter([] if given is DEFAULT else given)
    return __iter__


def _default_aiter(mock):
    def __aiter__():
        given = mock.__aiter__._mock_return_value
        return _AsyncIterator(iter([] if given is DEFAULT else given))
    return __aiter__


# name -> ('value', v) | ('compute', f(mock)) | ('effect', f(mock) -> side effect)
_MAGIC_DEFAULTS = {
    '__lt__': ('value', NotImplemented), '__gt__': ('value', NotImplemented),
    '__le__': ('value', NotImplemented), '__ge__': ('value', NotImplemented),
    '__int__': ('value', 1), '__contains__': ('value', False), '__len__': ('value', 0),
    '__exit__': ('value', False), '__complex__': ('value', 1j), '__float__': ('value', 1.0),
    '__bool__': ('value', True), '__index__': ('value', 1), '__aexit__': ('value', False),
    '__hash__': ('compute', object.__hash__), '__str__': ('compute', object.__str__),
    '__sizeof__': ('compute', object.__sizeof__),
    '__fspath__': ('compute',
                   lambda m: f'{type(m).__name__}/{m._extract_mock_name()}/{id(m)}'),
    '__eq__': ('effect', _default_eq), '__ne__': ('effect', _default_ne),
    '__iter__': ('effect', _default_iter), '__aiter__': ('effect', _default_aiter),
}


def _as_method(name, func):
    """A plain function set as a magic method: called with the mock as its first argument."""
    def method(mock, /, *args, **kw):
        return func(mock, *args, **kw)
    method.__name__ = name
    return method


class _MagicSlot:
    """Stands on a MagicMock's class for one magic method until first looked up; then the
    child mock for it is made, given the method's default behaviour, and put in its place."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            obj = owner.__dict__['_mock_owner']
        name = self.name
        child = obj._get_child_mock(name=name, _new_name=name, _new_parent=obj)
        setattr(obj, name, child)
        rule = _MAGIC_DEFAULTS.get(name)
        if rule is not None:
            kind, what = rule
            if kind == 'value':
                child.return_value = what
            elif kind == 'compute':
                child.return_value = what(obj)
            else:
                child.side_effect = what(obj)
        return child


_SLOT_TEMPLATE = {name: _MagicSlot(name) for name in _SLOTTED}


class MagicMixin(_MockBase):

    @staticmethod
    def _mock_class_namespace():
        return _SLOT_TEMPLATE

    def __init__(self, /, *args, **kw):
        type(self)._mock_owner = self
        super().__init__(*args, **kw)

    def _mock_spec_changed(self):
        # with a spec only the magic methods the spec has are supported
        klass = type(self)
        allowed = self._mock_methods
        present = klass.__dict__
        for name in _SLOTTED:
            wanted = allowed is None or name in allowed
            if name in present:
                if not wanted:
                    delattr(klass, name)
            elif wanted:
                setattr(klass, name, _SLOT_TEMPLATE[name])


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len, iter, with, comparisons, arithmetic...) supported and
    returning sensible defaults."""


class _AsyncIterator:
    """What an AsyncMock's __aiter__ returns: walks an ordinary iterator."""

    def __init__(self, iterator):
        self.iterator = iterator
        flags = NonCallableMock(spec_set=CodeType)
        flags.co_flags = inspect.CO_ITERABLE_COROUTINE
        self.__dict__['__code__'] = flags

    async def __anext__(self):
        for item in self.iterator:
            return item
        raise StopAsyncIteration


# ---------------------------------------------------------------------------------------------
# AsyncMock

class AsyncMockMixin(_MockBase):
    await_count = _Recorded('await_count')
    await_args = _Recorded('await_args')
    await_args_list = _Recorded('await_args_list')

    def __init__(self, /, *args, **options):
        super().__init__(*args, **options)
        # what inspect reads for the signature: (*args, **kwargs)
        code = NonCallableMock(spec_set=CodeType)
        code.co_flags = inspect.CO_COROUTINE | inspect.CO_VARARGS | inspect.CO_VARKEYWORDS
        code.co_varnames = ('args', 'kwargs')
        code.co_argcount = code.co_posonlyargcount = code.co_kwonlyargcount = 0
        # stored in the dict directly: with spec_set these names are not settable
        self.__dict__.update({
            '_is_coroutine': asyncio.coroutines._is_coroutine,   # asyncio.iscoroutinefunction
            '_mock_await_count': 0, '_mock_await_args': None,
            '_mock_await_args_list': _CallList(), '__code__': code, '__name__': 'AsyncMock',
            '__defaults__': (), '__kwdefaults__': {}, '__annotations__': None})

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    outcome = next(effect)
                except StopIteration:
                    # a StopIteration cannot leave a coroutine
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            elif asyncio.iscoroutinefunction(effect):
                outcome = await effect(*args, **kwargs)
            else:
                outcome = effect(*args, **kwargs)
            if outcome is not DEFAULT:
                return outcome
        wrapped = self._mock_wraps
        if wrapped is None or self._mock_return_value is not DEFAULT:
            return self.return_value
        if asyncio.iscoroutinefunction(wrapped):
            return await wrapped(*args, **kwargs)
        return wrapped(*args, **kwargs)

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if not self.await_count:
            raise AssertionError(f'Expected {self._own_name()} to have been awaited.')

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._own_name()} to have been awaited once. '
                                 f'Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            wanted = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {wanted}\nNot awaited')
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.await_args) != wanted:
            cause = wanted if isinstance(wanted, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._own_name()} to have been awaited once. '
                                 f'Awaited {self.await_count} times.')
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        self._assert_some_made(args, kwargs, self.await_args_list, 'await')

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds these calls (a consecutive run, or anywhere)."""
        wanted, cause, recorded = self._expected_and_recorded(calls, self.await_args_list)
        if any_order:
            missing, _ = _unmatched(wanted, recorded)
            if missing:
                raise AssertionError(f'{tuple(missing)!r} not all found in await list') from cause
            return
        if wanted in recorded:
            return
        if cause is None:
            problem = 'Awaits not found.'
        else:
            problem = ('Error processing expected awaits.\nErrors: '
                       f'{[w if isinstance(w, Exception) else None for w in wanted]}')
        raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                             f'Actual: {self.await_args_list}') from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count:
            raise AssertionError(f'Expected {self._own_name()} to not have been awaited. '
                                 f'Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **options):
        """As Mock.reset_mock, and forget the awaits too."""
        super().reset_mock(*args, **options)
        self.await_count, self.await_args, self.await_args_list = 0, None, _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose call gives a coroutine: awaiting it gives return_value (or what
    side_effect says) and is counted in await_count, await_args and await_args_list."""


# ---------------------------------------------------------------------------------------------
# PropertyMock, seal

class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it with no
    arguments, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """From now on, reading an attribute the mock (or any of its child mocks) does not have
    yet raises AttributeError instead of making a new child."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if (isinstance(child, NonCallableMock)
                and not isinstance(child._mock_children.get(name), _SpecState)
                and child._mock_new_parent is mock):
            seal(child)


# ---------------------------------------------------------------------------------------------
# create_autospec

def _bound_already(spec, entry, is_type):
    """Whether the `self` of spec's attribute `entry` must be left out of its signature."""
    if isinstance(spec, type):
        classes = spec.__mro__
    elif entry in getattr(spec, '__dict__', ()):
        return False           # an instance attribute: never bound
    else:
        classes = spec.__class__.__mro__
    for klass in classes:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        return is_type if isinstance(found, FunctionTypes) else False
    return is_type


_FORWARDED_ASSERTS = ('assert_called_with', 'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
                      'assert_not_called', 'assert_called', 'assert_called_once')
_FORWARDED_AWAITS = ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                     'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                     'assert_not_awaited')


def _wire_function(function, mock):
    """Give an autospecced function the mock's interface: records, configuration, asserts."""
    function.mock = mock

    def reset_mock():
        function.method_calls = _CallList()
        function.mock_calls = _CallList()
        mock.reset_mock()
        result = function.return_value
        if result is not mock and _is_instance_mock(result):
            result.reset_mock()

    function.called = False
    function.call_count = 0
    function.call_args = None
    for listed in ('call_args_list', 'method_calls', 'mock_calls'):
        setattr(function, listed, _CallList())
    function.return_value = mock.return_value
    function.side_effect = mock.side_effect
    function._mock_children = mock._mock_children
    for name in _FORWARDED_ASSERTS:
        setattr(function, name, getattr(mock, name))
    function.reset_mock = reset_mock
    mock._mock_delegate = function


def _wire_async_function(function):
    function._is_coroutine = asyncio.coroutines._is_coroutine
    function.await_count = 0
    function.await_args = None
    function.await_args_list = _CallList()

    def forward(name, /, *args, **kwargs):
        return getattr(function.mock, name)(*args, **kwargs)

    for name in _FORWARDED_AWAITS:
        setattr(function, name, partial(forward, name))


def _function_standing_for(mock, original, instance=False):
    """A real function with original's name that checks its arguments against original's
    signature and then calls mock; mock itself when there is no signature to check."""
    found = _signature_for(original, instance, isinstance(original, type))
    if found is None:
        return mock
    func, sig = found

    def check(*args, **kwargs):
        sig.bind(*args, **kwargs)

    _copy_identity(func, check)

    def stand_in(*args, **kwargs):
        check(*args, **kwargs)
        return mock(*args, **kwargs)

    name = original.__name__
    stand_in.__name__ = stand_in.__qualname__ = name if name.isidentifier() else 'funcopy'
    stand_in.__module__ = None
    stand_in.__signature__ = sig
    _wire_function(stand_in, mock)
    return stand_in


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(f'{typo!r} might be a typo; use unsafe=True if this is intended')


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like spec: only its attributes exist, and calling the mock or its
    methods with arguments the real ones would not accept raises TypeError. With a class,
    instance=True shapes the mock like an instance of it."""
    if _is_list(spec):
        spec = type(spec)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    spec_is_class = isinstance(spec, type)
    spec_is_function = isinstance(spec, FunctionTypes)
    async_spec = _is_async_func(spec)
    options = {}
    if spec is not None:
        options['spec_set' if spec_set else 'spec'] = spec
        if instance:
            options['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    options.update(kwargs)

    kind = MagicMock
    if inspect.isdatadescriptor(spec):
        options = {}     # a property & co: nothing to spec against
    elif async_spec:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an '
                               'async function')
        kind = AsyncMock
    elif not _callable(spec) or (spec_is_class and instance and not _instance_callable(spec)):
        kind = NonCallableMagicMock
    _name = options.pop('name', _name)
    made = kind(parent=_parent, _new_parent=_parent, name=_name,
                _new_name='' if _parent is None else _name, **options)

    if not spec_is_function:
        _install_sig_check(spec, made, spec_is_class, instance)
    else:
        made = _function_standing_for(made, spec)
        if async_spec:
            _wire_async_function(made)

    if _parent is not None:
        if not instance:
            _parent._mock_children[_name] = made
    if spec_is_class and not instance and 'return_value' not in kwargs:
        # what calling the class gives: an instance-shaped mock
        made.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=made)
    _autospec_members(made, spec, spec_set, instance, spec_is_class, spec_is_function)
    return made


def _autospec_members(made, spec, spec_set, instance, spec_is_class, spec_is_function):
    """Children of an autospecced mock: methods become signature-checked mocks now, anything
    else a _SpecState made into a mock on first access (specs can be deep, even cyclic)."""
    children = made._mock_children
    spec_key = 'spec_set' if spec_set else 'spec'
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            member = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(member, FunctionTypes):
            children[entry] = _SpecState(member, spec_set, made, entry, instance)
            continue
        skipfirst = _bound_already(spec, entry, spec_is_class)
        child_kind = AsyncMock if asyncio.iscoroutinefunction(member) else MagicMock
        owner = made.mock if spec_is_function else made
        child = child_kind(parent=owner, name=entry, _new_name=entry, _new_parent=owner,
                           _eat_self=skipfirst, **{spec_key: member})
        children[entry] = child
        _install_sig_check(member, child, skipfirst)
        if isinstance(child, FunctionTypes):
            # a child spec'd from a function claims to be one: it is also set on the mock
            setattr(made, entry, child)


# ---------------------------------------------------------------------------------------------
# patch

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    first, *rest = target.split('.')
    thing = __import__(first)
    path = first
    for part in rest:
        path = f'{path}.{part}'
        thing = _dot_lookup(thing, part, path)
    return thing


def _resolve_name(name):
    """'pkg.mod.attr' or 'pkg.mod:attr.sub' -> the object it names (importing as needed)."""
    if ':' not in name:
        return _importer(name)
    module_name, _, attrs = name.partition(':')
    thing = _importer(module_name)
    for part in filter(None, attrs.split('.')):
        thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return partial(_resolve_name, where), attribute


_builtins = {name for name in dir(builtins) if name[:1] != '_'}

# attributes that cannot be deleted for good: put the original back after the delete
_RESTORED_AFTER_DELETE = ('__doc__', '__module__', '__defaults__', '__annotations__',
                          '__kwdefaults__')


def _decorate(patcher, target):
    """patch (or patch.dict) used as a decorator: of a class, a coroutine function or a
    plain function."""
    if isinstance(target, type):
        return patcher.decorate_class(target)
    if inspect.iscoroutinefunction(target):
        return patcher.decorate_async_callable(target)
    return patcher.decorate_callable(target)


def _start(patcher):
    made = patcher.__enter__()
    _patch._active_patches.append(patcher)
    return made


def _stop(patcher):
    active = _patch._active_patches
    if patcher not in active:
        return None    # never started (or stopped already)
    active.remove(patcher)
    return patcher.__exit__(None, None, None)


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        for key, given, what in (('spec', spec, 'spec'), ('spec_set', spec_set,
                                                          'spec_set target')):
            if _is_instance_mock(given):
                raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the {what} has '
                                       f'already been mocked out. [{key}={given!r}]')
        self.getter, self.attribute, self.new = getter, attribute, new
        self.new_callable, self.spec, self.create = new_callable, spec, create
        self.has_local = False
        self.spec_set, self.autospec, self.kwargs = spec_set, autospec, kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs,
                      unsafe=self.unsafe)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    # -- as a decorator --

    def __call__(self, func):
        return _decorate(self, func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if attr.startswith(patch.TEST_PREFIX):
                method = getattr(klass, attr)
                if hasattr(method, '__call__'):
                    setattr(klass, attr, self.copy()(method))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        """Enter each patch of a decorated function; yields its arguments with the made
        mocks added (positionally, innermost decorator first; patch.multiple's by name)."""
        added = []
        with contextlib.ExitStack() as stack:
            for one in patched.patchings:
                made = stack.enter_context(one)
                if one.attribute_name is not None:
                    keywargs.update(made)
                elif one.new is DEFAULT:
                    added.append(made)
            yield args + tuple(added), keywargs

    def _joined(self, func):
        # stacked decorators share the outermost wrapper's list of patches
        shared = getattr(func, 'patchings', None)
        if shared is None:
            return False
        shared.append(self)
        return True

    def decorate_callable(self, func):
        if self._joined(func):
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_kw):
                return func(*new_args, **new_kw)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if self._joined(func):
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_kw):
                return await func(*new_args, **new_kw)

        patched.patchings = [self]
        return patched

    # -- doing the patch --

    def get_original(self):
        target = self.getter()
        name = self.attribute
        try:
            original, local = target.__dict__[name], True
        except (AttributeError, KeyError):
            original, local = getattr(target, name, DEFAULT), False
        if isinstance(target, ModuleType) and name in _builtins:
            self.create = True    # a module may shadow a builtin it does not define
        if original is DEFAULT and not self.create:
            raise AttributeError(f'{target} does not have the attribute {name!r}')
        return original, local

    def _default_replacement(self, original, spec, spec_set):
        """The mock made when no `new` is given (and no autospec)."""
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original
        specced = spec is not None or spec_set is not None
        if specced and original is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        shape = spec if spec_set is None else spec_set

        kind = AsyncMock if spec is None and _is_async_obj(original) else MagicMock
        if self.new_callable is not None:
            kind = self.new_callable
        elif specced:
            if _is_async_func(shape):
                kind = AsyncMock
            elif ('__call__' not in shape) if _is_list(shape) else not callable(shape):
                kind = NonCallableMagicMock
        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if isinstance(kind, type) and issubclass(kind, NonCallableMock) and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        made = kind(**options)

        if specced and isinstance(original, type) and _is_instance_mock(made):
            # patching a class with a spec: its instances are spec'd as instances
            if not _is_list(shape) and not _instance_callable(shape):
                kind = NonCallableMagicMock
            options.pop('name')
            made.return_value = kind(_new_parent=made, _new_name='()', **options)
        return made

    def _autospec_replacement(self, original, autospec, spec_set):
        if self.new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify autospec and "
                            "new.")
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        if autospec is True:
            autospec = original
        target, name = self.target, self.attribute
        if _is_instance_mock(target):
            raise InvalidSpecError(f'Cannot autospec attr {name!r} as the patch target has '
                                   f'already been mocked out. [target={target!r}, '
                                   f'attr={autospec!r}]')
        if _is_instance_mock(autospec):
            shown = getattr(target, '__name__', target)
            raise InvalidSpecError(f'Cannot autospec attr {name!r} from target {shown!r} as '
                                   f'it has already been mocked out. [target={target!r}, '
                                   f'attr={autospec!r}]')
        return create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute,
                               **self.kwargs)

    def __enter__(self):
        """Put the patch in place; returns the replacement (the mock made, by default)."""
        self.target = self.getter()
        # False means "not given", as None does
        spec = None if self.spec is False else self.spec
        spec_set = None if self.spec_set is False else self.spec_set
        autospec = None if self.autospec is False else self.autospec
        if autospec is not None and spec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, was_local = self.get_original()
        if self.new is DEFAULT and autospec is None:
            replacement = self._default_replacement(original, spec, spec_set)
        elif autospec is not None:
            replacement = self._autospec_replacement(original, autospec, spec_set)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        else:
            replacement = self.new
        self.temp_original = original
        self.is_local = was_local
        self._exit_stack = stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, replacement)
            if self.attribute_name is None:
                return replacement
            by_name = {}
            if self.new is DEFAULT:
                by_name[self.attribute_name] = replacement
            for extra in self.additional_patchers:
                made = stack.enter_context(extra)
                if extra.new is DEFAULT:
                    by_name.update(made)
            return by_name
        except:
            failure = sys.exc_info()
            if not self.__exit__(*failure):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        target, name, original = self.target, self.attribute, self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            if not self.create and (not hasattr(target, name)
                                    or name in _RESTORED_AFTER_DELETE):
                setattr(target, name, original)
        stack = self._exit_stack
        del self.temp_original, self.is_local, self.target, self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Put the patch in place until stop() (or patch.stopall()); returns what a with
        statement would give."""
        return _start(self)

    def stop(self):
        """Undo a patch made with start()."""
        return _stop(self)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attribute', ...): patch an attribute of an object at hand."""
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=value): several attributes at once; the mocks made
    for DEFAULT reach a decorated function as keyword arguments."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    head = patchers[0]
    head.additional_patchers.extend(patchers[1:])
    return head


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new (a MagicMock by
    default) for a with block, a decorated function or class, or between start() and stop()."""
    return _patch(*_get_target(target), new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _copy_mapping(mapping):
    try:
        return mapping.copy()
    except AttributeError:
        return {key: mapping[key] for key in mapping}


def _fill_mapping(mapping, values):
    try:
        mapping.update(values)
    except AttributeError:
        for key in values:
            mapping[key] = values[key]


def _clear_dict(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kw): set entries of a mapping (or of one
    named by a string) for a block, then put back exactly what it held."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        return _decorate(self, f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            method = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(method, '__call__'):
                fresh = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, fresh(method))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        mapping = self.in_dict
        if isinstance(mapping, str):
            mapping = self.in_dict = _resolve_name(mapping)
        self._original = _copy_mapping(mapping)
        if self.clear:
            _clear_dict(mapping)
        _fill_mapping(mapping, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _fill_mapping(self.in_dict, self._original)

    def __exit__(self, *args):
        if self._original is None:
            return False     # never entered
        self._unpatch_dict()
        return False

    def start(self):
        """Patch the mapping until stop()."""
        return _start(self)

    def stop(self):
        """Undo the patch."""
        return _stop(self)


def _patch_stopall():
    """Stop every patch started with start(), the last started first."""
    for active in reversed(_patch._active_patches):
        active.stop()


vars(patch).update(object=_patch_object, dict=_patch_dict, multiple=_patch_multiple,
                   stopall=_patch_stopall, TEST_PREFIX='test')


# ---------------------------------------------------------------------------------------------
# mock_open

file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    return io.BytesIO(read_data) if isinstance(read_data, bytes) else io.StringIO(read_data)


class _OpenedData:
    """The reading state behind mock_open's handle: a stream over read_data, renewed each
    time the fake open() is called. A return_value set on read/readline/readlines wins."""

    def __init__(self, handle, read_data):
        self.handle = handle
        self.read_data = read_data
        self.stream = _to_stream(read_data)
        self.lines = self.fresh_lines()

    def _fixed(self, method):
        return getattr(self.handle, method).return_value

    def read(self, *args, **kwargs):
        fixed = self._fixed('read')
        return self.stream.read(*args, **kwargs) if fixed is None else fixed

    def readlines(self, *args, **kwargs):
        fixed = self._fixed('readlines')
        return self.stream.readlines(*args, **kwargs) if fixed is None else fixed

    def iterate(self):
        fixed = self._fixed('readline')
        if fixed is not None:
            while True:
                yield fixed
        yield from self.stream

    def fresh_lines(self, *args, **kwargs):
        yield from self.iterate()
        while True:
            yield self.stream.readline(*args, **kwargs)

    def next_line(self):
        fixed = self._fixed('readline')
        return next(self.stream) if fixed is None else fixed

    def reopen(self, *args, **kwargs):
        self.stream = _to_stream(self.read_data)
        readline = self.handle.readline
        if readline.side_effect == self.lines:    # not replaced by the test: restart it
            self.lines = self.fresh_lines()
            readline.side_effect = self.lines
        return DEFAULT


def mock_open(mock=None, read_data=''):
    """A mock for open(): the handle it returns reads read_data (read, readline, readlines,
    iteration, as text or bytes) and records what is written."""
    global file_spec, open_spec
    if file_spec is None:
        import _io
        file_spec = sorted(set(dir(_io.TextIOWrapper)) | set(dir(_io.BytesIO)))
    if mock is None:
        if open_spec is None:
            import _io
            open_spec = dir(_io.open)    # names only: open() itself may be patched now
        mock = MagicMock(open_spec, name='open')
    handle = MagicMock(file_spec)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    data = _OpenedData(handle, read_data)
    handle.read.side_effect = data.read
    handle.readline.side_effect = data.lines
    handle.readlines.side_effect = data.readlines
    handle.__iter__.side_effect = data.iterate
    handle.__next__.side_effect = data.next_line
    mock.side_effect = data.reopen
    mock.return_value = handle
    return mock
