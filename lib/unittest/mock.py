"""unittest.mock: Mock objects that record how they are used, patch() to put them in place, and
the helpers around them (call, ANY, sentinel, create_autospec, mock_open, PropertyMock, AsyncMock).

Written for pygen from the library's documented behaviour. Each Mock instance gets a class of its
own (made in __new__), so that setting a magic method on one mock (m.__len__ = ...) reaches the
type, where Python looks magic methods up, without touching other mocks.
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
from functools import wraps, partial
from types import CodeType, ModuleType, MethodType

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# ---- sentinel, DEFAULT, ANY ----

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Unique named objects: sentinel.NAME is the same object every time."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _is_instance_mock(obj):
    # The class, not __class__: a mock with a spec claims to be the spec's class.
    return issubclass(type(obj), NonCallableMock)


def _extract_mock(obj):
    """The mock behind an autospecced function, or obj itself."""
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _is_async_func(obj):
    if getattr(obj, '__code__', None):
        return inspect.iscoroutinefunction(obj)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


FunctionTypes = (type(_is_exception), type(ANY.__eq__))


# ---- call ----

def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded (or expected) call: (args, kwargs) for call_args, (name, args, kwargs) for
    mock_calls. `call` itself builds them: call(1, x=2), call.method(3), call(1).method(2)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            (only,) = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name, other_args, other_kwargs = '', (), {}
        if n == 3:
            other_name, other_args, other_kwargs = other
        elif n == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args = second
                else:
                    other_kwargs = second
            else:
                other_args, other_kwargs = first, second
        elif n == 1:
            (only,) = other
            if isinstance(only, tuple):
                other_args = only
            elif isinstance(only, str):
                other_name = only
            else:
                other_kwargs = only
        elif n != 0:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        # Not self.__eq__: attribute access on a call builds a child call (see __getattribute__).
        result = _Call.__eq__(self, other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls this one was made from, as a list (call(1).f(2) -> [call(1), call().f(2)])."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `in` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """A list of calls whose `in` compares the searched call's parts on the left, so an ANY in
    the expected call is asked first (a plain == would ask the actual argument first)."""

    def __contains__(self, item):
        for entry in self:
            if len(item) == len(entry) and all(e == a for e, a in zip(item, entry)):
                return True
        return False


# ---- Mock ----

def _check_and_set_parent(parent, value, name, new_name):
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or (value._mock_parent is not None)
            or (value._mock_new_parent is not None)):
        return False
    _parent = parent
    while _parent is not None:
        if _parent is value:   # a mock made its own ancestor: leave it alone
            return False
        _parent = _parent._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


_ATTRIB_DENY_LIST = frozenset({name.removeprefix('assert_') for name in (
    'assert_called', 'assert_called_once', 'assert_called_with', 'assert_called_once_with',
    'assert_any_call', 'assert_has_calls', 'assert_not_called', 'assert_awaited',
    'assert_awaited_once', 'assert_awaited_with', 'assert_awaited_once_with', 'assert_any_await',
    'assert_has_awaits', 'assert_not_awaited')})


class NonCallableMock:
    """A mock that cannot be called: attributes spring into existence as child mocks."""

    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            # A spec'd mock whose spec is async-looking behaves as an AsyncMock.
            bound_args = _MOCK_SIG.bind_partial(cls, *args, **kw).arguments
            spec_arg = bound_args.get('spec_set', bound_args.get('spec'))
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__, '__module__': cls.__module__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__()

    def attach_mock(self, mock, attribute):
        """Make `mock` a child called `attribute`: its calls then show in this mock's
        method_calls and mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        _spec_class = None
        _spec_signature = None
        _spec_asyncs = []
        if spec is not None and not _is_list(spec):
            _spec_class = spec if isinstance(spec, type) else type(spec)
            _spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            names = dir(spec)
            for attr in names:
                try:
                    value = inspect.getattr_static(spec, attr, None)
                except Exception:
                    value = None
                if inspect.iscoroutinefunction(getattr(value, '__func__', value)):
                    _spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = _spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = _spec_signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = _spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc='The value to be returned when the mock is called.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def __get_side_effect(self):
        delegated = self._mock_delegate
        if delegated is None:
            return self.__dict__.get('_mock_side_effect')
        sf = delegated.side_effect
        if (sf is not None and not callable(sf) and not isinstance(sf, _MockIter)
                and not _is_exception(sf)):
            sf = _MockIter(sf)
            delegated.side_effect = sf
        return sf

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegated = self._mock_delegate
        if delegated is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegated.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call (of this mock and its children); optionally the configured
        return value and side effect too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d.get('_mock_return_value', DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keywords; dotted names reach child mocks:
        m.configure_mock(**{'method.return_value': 3})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or \
                    name in _ATTRIB_DENY_LIST:
                raise AttributeError(f"{name!r} is not a valid assertion. Use a spec for the "
                                     f"mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set, result.instance,
                                         result.parent, result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(f'Cannot autospec attr {name!r} from target '
                                       f'{target_name!r} as it has already been mocked out. '
                                       f'[target={self!r}, attr={result.spec!r}]')
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _ALLOWED_NAMES:
            return object.__setattr__(self, name, value)
        if name == '__class__':
            self.__dict__['_spec_class'] = value   # what isinstance() then reports
            return
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            self._spec_class = None
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            mock_name = f'{self._extract_mock_name()}.{name}'
            raise AttributeError(f'Cannot set {mock_name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return   # a magic set on the type only
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _call_matcher(self, _call):
        """With a spec'd signature, calls are compared after binding them to it, so f(1, b=2)
        and f(1, 2) match."""
        sig = self._spec_signature
        if isinstance(_call, tuple) and len(_call) > 2 and _call[0]:
            sig = None
            child = self
            try:
                for part in _call[0].split('.'):
                    child = child._mock_children.get(part) if part != '()' else child.return_value
                sig = getattr(child, '_spec_signature', None)
            except Exception:
                sig = None
        if sig is None:
            return _call
        if len(_call) == 2:
            name, (args, kwargs) = '', _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'

    def assert_not_called(self):
        """The mock was never called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """The mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """The mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """The last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """The mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """mock_calls holds these calls: consecutively and in order, or with any_order anywhere."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}'
                                     f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Some call (not necessarily the last) was made with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """The mock made for an attribute or the return value: of the same kind as this one."""
        if self._mock_sealed:
            attribute = f'.{kw["name"]}' if 'name' in kw else '()'
            raise AttributeError(f'{self._extract_mock_name()}{attribute}')
        _new_name = kw.get('_new_name')
        if _new_name in self.__dict__.get('_spec_asyncs', ()):
            return AsyncMock(**kw)
        _type = type(self)
        if issubclass(_type, MagicMock) and _new_name in _ASYNC_METHOD_MAGICS:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            if (_new_name in _all_sync_magics or
                    self._mock_methods and _new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(_type, NonCallableMock):
                klass = Mock
            else:
                klass = _type.__mro__[1]
        else:
            klass = _type.__mro__[1]
        return klass(**kw)


_ALLOWED_NAMES = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
                  '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'}


def _delegating_property(name):
    """The call records of a mock behind an autospecced function live on that function (its
    _mock_delegate), so both show the same calls."""
    _ALLOWED_NAMES.add(name)
    stored = '_mock_' + name

    def _get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__[stored]
        return getattr(delegate, name)

    def _set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[stored] = value
        else:
            setattr(delegate, name, value)

    return property(_get, _set)


for _name in ('called', 'call_count', 'call_args', 'call_args_list', 'mock_calls'):
    setattr(NonCallableMock, _name, _delegating_property(_name))
del _name


def _signature_of(spec, as_instance=False, eat_self=False):
    """The signature calls of a mock spec'd from `spec` are checked against, or None."""
    if isinstance(spec, type) and not as_instance:
        func = spec
    elif isinstance(spec, type):
        return None
    elif not callable(spec):
        return None
    else:
        func = spec
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self and isinstance(func, FunctionTypes) and sig.parameters:
        params = list(sig.parameters.values())
        if params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj   # neither callable nor iterable: reported when the mock is called


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent,
                         **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Only autospecced mocks check the arguments of each call against the real signature.
        if self.__dict__.get('_check_sig'):
            sig = self.__dict__.get('_spec_signature')
            if sig is not None:
                sig.bind(*args, **kwargs)

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # The call is recorded in every ancestor too, named by the path to this mock.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records each call, returns return_value (a child mock by default) or
    what side_effect says (an exception to raise, an iterable of results, or a function)."""


_MOCK_SIG = inspect.signature(NonCallableMock.__init__)


# ---- Magic methods ----

def _is_magic(name):
    return '__%s__' % name[2:-2] == name


_MAGICS_TEXT = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
    "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next "
    "fspath aiter "
)
_NUMERICS = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_INPLACE = ' '.join('i%s' % n for n in _NUMERICS.split())
_RIGHT = ' '.join('r%s' % n for n in _NUMERICS.split())
_NON_DEFAULTS = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
                 '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__',
                 '__setstate__', '__getformat__', '__repr__', '__dir__', '__subclasses__',
                 '__format__', '__getnewargs_ex__'}
_magics = {'__%s__' % m for m in ' '.join([_MAGICS_TEXT, _NUMERICS, _INPLACE, _RIGHT]).split()}
_ASYNC_METHOD_MAGICS = {'__aenter__', '__aexit__', '__anext__'}
_ASYNC_MAGICS = _ASYNC_METHOD_MAGICS | {'__aiter__'}   # __aiter__ itself is not a coroutine
_all_sync_magics = _magics | _NON_DEFAULTS
_all_magics = _all_sync_magics | _ASYNC_MAGICS
_UNSUPPORTED_MAGICS = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

_CALCULATE_RETURN_VALUE = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}

_RETURN_VALUES = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)   # iter() of an iterator is itself; of a list, a fresh one each time
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_SIDE_EFFECT_METHODS = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter,
                        '__aiter__': _get_async_iter}


def _set_return_value(mock, method, name):
    fixed = _RETURN_VALUES.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _CALCULATE_RETURN_VALUE.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _SIDE_EFFECT_METHODS.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


def _get_method(name, func):
    """A function set as a magic method on a mock is called with the mock as its first argument."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class MagicProxy:
    """Stands on a MagicMock's class for each supported magic method; the first lookup makes the
    child mock and puts it in place."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        orig_magics = _magics | _ASYNC_MAGICS
        these_magics = orig_magics
        if getattr(self, '_mock_methods', None) is not None:
            these_magics = orig_magics.intersection(self._mock_methods)
            remove_magics = orig_magics - these_magics
            for entry in remove_magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these_magics = these_magics - set(type(self).__dict__)
        _type = type(self)
        for entry in these_magics:
            setattr(_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len, iter, enter/exit, comparisons, arithmetic...) set up
    to return sensible defaults."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator
        code_mock = NonCallableMock(spec_set=CodeType)
        code_mock.co_flags = inspect.CO_ITERABLE_COROUTINE
        self.__dict__['__code__'] = code_mock

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# ---- AsyncMock ----

class AsyncMockMixin:
    await_count = 0
    await_args = None

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # iscoroutinefunction() is true for an AsyncMock: it carries the marks it looks for.
        self.__dict__['_is_coroutine'] = asyncio.coroutines._is_coroutine
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()
        code_mock = NonCallableMock(spec_set=CodeType)
        code_mock.co_flags = inspect.CO_COROUTINE
        self.__dict__['__code__'] = code_mock
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()

    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.__dict__['await_count'] = self.await_count + 1
        self.__dict__['await_args'] = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # An exhausted iterator would be a StopIteration inside a coroutine.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif asyncio.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if asyncio.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            expected_string = self._format_mock_call_signature(args, kwargs)
            actual_string = self._format_mock_call_signature(*self.await_args)
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s'
                                 % (expected_string, actual_string)) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A Mock whose call returns a coroutine: awaiting it gives return_value (or what
    side_effect says) and is recorded in await_count, await_args and await_args_list."""


# ---- PropertyMock, seal ----

class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls it with no
    arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """After seal(), getting an attribute the mock did not have raises AttributeError, in the
    mock and every child mock."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# ---- create_autospec ----

def _instance_callable(obj):
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _must_skip(spec, entry, is_type):
    """True when the attribute `entry` of spec is a method whose self is already bound."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, FunctionTypes):
            return is_type
        return False
    return is_type


def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    for name in ('assert_called_once_with', 'assert_has_calls', 'assert_any_call',
                 'assert_not_called', 'assert_called', 'assert_called_once'):
        setattr(funcopy, name, getattr(mock, name))
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy


def _set_signature(mock, original, instance=False):
    """A real function with original's signature that checks its arguments and calls mock:
    calling an autospecced function wrongly raises TypeError as the real one would."""
    skipfirst = isinstance(original, type)
    sig = _signature_of(original, instance, skipfirst)
    if sig is None:
        return mock

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)

    name = getattr(original, '__name__', 'funcopy')
    if not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    funcopy.__doc__ = getattr(original, '__doc__', None)
    funcopy.__signature__ = sig
    _setup_func(funcopy, mock, sig)
    return funcopy


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with the same attributes as spec, whose callables check the arguments they get
    against the real signatures (TypeError on a wrong call)."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    _kwargs.update(kwargs)
    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not callable(spec):
        Klass = NonCallableMagicMock
    if is_async_func:
        Klass = AsyncMock
    _name = _kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **_kwargs)
    if isinstance(spec, FunctionTypes):
        mock = _set_signature(mock, spec)
        if is_async_func:
            mock.mock._is_coroutine = asyncio.coroutines._is_coroutine
    else:
        mock.__dict__['_check_sig'] = True
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        kwargs = {'spec': original}
        if spec_set:
            kwargs = {'spec_set': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            kwargs['_eat_self'] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                              **kwargs)
            new.__dict__['_check_sig'] = True
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            _check_sig_of(new, original, skipfirst)
    return mock


def _check_sig_of(mock, original, skipfirst):
    sig = _signature_of(original, False, skipfirst)
    if sig is not None:
        mock.__dict__['_spec_signature'] = sig


# ---- patch ----

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _resolve_name(name):
    """'package.module.attr' (or 'package.module:attr') to the object it names."""
    if ':' in name:
        modname, _, attrs = name.partition(':')
        obj = __import__(modname)
        for part in modname.split('.')[1:]:
            obj = getattr(obj, part)
        for part in attrs.split('.') if attrs else ():
            obj = getattr(obj, part)
        return obj
    return _importer(name)


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve_name, target), attribute


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs,
                         unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        # Stacked @patch decorators share one wrapper; the innermost one's mock comes first.
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _BUILTINS and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Put the patch in place; returns the new object (the mock made, by default)."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True   # the class's instances get the spec too
            if spec is None and _is_async_obj(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop('name', None)
                new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec "
                                "and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} as the patch '
                                       f'target has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} from target '
                                       f'{target_name!r} as it has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None   # stopping a patch that was not started does nothing
        return self.__exit__(None, None, None)


def _is_list(obj):
    return type(obj) in (list, tuple)


_BUILTINS = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attribute', ...): patch an attribute of an object you have."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=value): several attributes at once; mocks made for
    DEFAULT are passed to a decorated function as keyword arguments."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new (a MagicMock by
    default) for the duration of a with block, a decorated function or class, or start()/stop().
    """
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values, clear=False, **kw): set keys of a dict (or a dict named by a
    string) for a block, and put the dict back as it was afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}   # no copy(): copy by hand
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches, last started first."""
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---- mock_open ----

file_spec = None
_io = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open(): the handle it returns reads read_data (read, readline,
    readlines, iteration) and records writes."""
    global file_spec
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    if file_spec is None:
        import io
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
