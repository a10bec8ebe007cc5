# typing: what type hints are at run time, in pygen's own design.
#
# Three families of objects make up the module:
#   * type variables (TypeVar, ParamSpec, TypeVarTuple), which generic aliases substitute;
#   * special forms (Union, Optional, ClassVar, Literal, ...): one _SpecialForm class driven by a
#     table of "subscribers", the functions that turn Form[args] into an alias;
#   * aliases: _GenericAlias holds an origin with arguments (List[int], ClassVar[int], a user's
#     Box[T]), _SpecialGenericAlias is an unsubscripted shorthand (List, Callable, Tuple) and a
#     few subclasses give Union, Literal, Callable, Annotated and Unpack their own equality/repr.
# On top of these sit Generic and Protocol, NamedTuple and TypedDict, ForwardRef with
# get_type_hints, and the little decorators (overload, final, ...).  TYPE_CHECKING is False.
# CPython counterpart: Lib/typing.py; this file is written from the documented behaviour.
import collections.abc as _abc
import sys as _sys
import types as _types
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod
from types import GenericAlias   # typing.GenericAlias is types.GenericAlias, as in CPython

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
           'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr', 'assert_type',
           'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
           'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
           'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs',
           'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
           'TypeAlias', 'TypeGuard', 'Unpack']

TYPE_CHECKING = False
Text = str
_cleanups = []      # cache-clearing hooks (typing keeps no caches; tests iterate this)
_NoneType = type(None)


# ---- small helpers ----------------------------------------------------------------------------

def _module_of_caller(depth=2):
    # __name__ of the module depth frames up (where a TypeVar or NewType is being defined).
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _dunder(name):
    return name[:2] == '__' == name[-2:]


def _type_repr(obj):
    # How a type argument is spelled inside an alias's repr.
    if isinstance(obj, _types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        mod = obj.__module__
        return obj.__qualname__ if mod == 'builtins' else mod + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    # None stands for NoneType, a string for a forward reference.
    if arg is None:
        return _NoneType
    if type(arg) is not str:
        return arg
    return ForwardRef(arg, module=module, is_class=bool(allow_special_forms))


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    # arg, converted, if it may stand as a type argument; TypeError (with msg) if not.
    arg = _type_convert(arg, module, allow_special_forms=allow_special_forms)
    refused = [Generic, Protocol]
    if not allow_special_forms:
        refused += [ClassVar, Final] if is_argument else [ClassVar]
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in _BARE_OK or (allow_special_forms and arg in (ClassVar, Final)):
        return arg
    if type(arg) is _SpecialForm or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _is_param_expr(x):
    # What may stand for a ParamSpec: ..., a list/tuple of types, a ParamSpec, Concatenate[...]
    return (x is Ellipsis or isinstance(x, (tuple, list, ParamSpec))
            or (isinstance(x, _GenericAlias) and x.__origin__ is Concatenate))


def _collect_parameters(args):
    # The type variables among args (looking inside aliases and lists), first seen first.
    found = []

    def visit(items):
        for a in items:
            if isinstance(a, (list, tuple)):
                visit(a)
            elif _is_typevar_like(a):
                if a not in found:
                    found.append(a)
            elif isinstance(a, type) and not isinstance(a, _types.GenericAlias):
                continue
            else:
                for p in getattr(a, '__parameters__', ()):
                    if p not in found:
                        found.append(p)
    visit(args)
    return tuple(found)


def _unique(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _arity_error(alias, given, wanted, at_least=False):
    more = 'many' if given > wanted else 'few'
    bound = f"at least {wanted}" if at_least else str(wanted)
    return TypeError(f"Too {more} arguments for {alias}; actual {given}, expected {bound}")


def _bind(owner, params, args):
    # Map each of owner's type variables to its argument (a TypeVarTuple takes a tuple).
    if not params:
        raise TypeError(f"{owner} is not a generic class")
    if len(params) == 1 and isinstance(params[0], ParamSpec) and args and not _is_param_expr(args[0]):
        args = (args,)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        tail = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise _arity_error(owner, len(args), len(params) - 1, at_least=True)
        packed = tuple(args[i:len(args) - tail])
        args = tuple(args[:i]) + (packed,) + tuple(args[len(args) - tail:])
    elif len(args) != len(params):
        raise _arity_error(owner, len(args), len(params))
    mapping = {}
    for p, a in zip(params, args):
        if isinstance(p, ParamSpec):
            mapping[p] = p.__typing_subst__(a)
        elif isinstance(p, TypeVarTuple):
            mapping[p] = a
        else:
            mapping[p] = p.__typing_subst__(a)
    return mapping


def _substitute(arg, mapping):
    # arg with each type variable of mapping replaced by its value.
    if _is_typevar_like(arg):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_substitute(a, mapping) for a in arg)
    if isinstance(arg, type) and not isinstance(arg, _types.GenericAlias):
        return arg
    inner = getattr(arg, '__parameters__', ())
    if not inner:
        return arg
    if hasattr(arg, '_replace_vars'):
        return arg._replace_vars(mapping)
    values = []
    for p in inner:
        v = mapping.get(p, p)
        if isinstance(p, TypeVarTuple) and isinstance(v, tuple):
            values.extend(v)
        else:
            values.append(v)
    return arg[tuple(values)]


def _splice(args, mapping):
    # Substituted args; an Unpack[Ts] whose Ts is bound to a tuple spreads into its items.
    out = []
    for a in args:
        if isinstance(a, _UnpackGenericAlias) and isinstance(a.__args__[0], TypeVarTuple):
            v = mapping.get(a.__args__[0], a)
            if isinstance(v, tuple):
                out.extend(v)
                continue
            out.append(v if v is a else Unpack[v])
            continue
        out.append(_substitute(a, mapping))
    return tuple(out)


def _as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


# ---- the root of typing's own classes ---------------------------------------------------------

class _Final:
    # typing's classes: user code may not subclass them (internal ones say _root=True).

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*args, **kwds)


# ---- type variables ---------------------------------------------------------------------------

class _TypeVarLike:
    # Shared behaviour: | makes a Union, pickles by name, records the defining module.

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:  # bivariance
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")

    def _variance_mark(self):
        return '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'

    def _remember_module(self):
        where = _module_of_caller(3)
        if where != 'typing':
            self.__module__ = where


class TypeVar(_Final, _TypeVarLike, _root=True):
    """Type variable: T = TypeVar('T'), optionally constrained or bounded."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) == 1:
                raise TypeError("A single constraint is not allowed")
        why = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, why) for c in constraints)
        self._remember_module()

    def __repr__(self):
        return self._variance_mark() + self.__name__

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        if isinstance(arg, _UnpackGenericAlias) or getattr(arg, '__unpacked__', False):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _TypeVarLike, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); Tuple[*Ts]."""

    def __init__(self, name):
        self.__name__ = name
        self._remember_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class _ParamSpecPart(_Final, _root=True):
    # P.args or P.kwargs: knows its ParamSpec (__origin__).

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        same = type(other) is type(self) and other.__origin__ == self.__origin__
        return same if type(other) is type(self) else NotImplemented


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """The type of P.args."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """The type of P.kwargs."""
    _part = 'kwargs'


class ParamSpec(_Final, _TypeVarLike, _root=True):
    """Parameter specification variable: P = ParamSpec('P'), for Callable[P, T]."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        self._remember_module()

    def __repr__(self):
        return self._variance_mark() + self.__name__

    def __typing_subst__(self, arg):
        if type(arg) in (list, tuple):
            return tuple(_type_check(a, "Parameters to generic types must be types.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {arg}")
        return arg


# ---- special forms ----------------------------------------------------------------------------

class _SpecialForm(_Final, _root=True):
    # Union, ClassVar, Literal ...: a name, a docstring and what Form[...] builds.
    def __init__(self, name, doc, subscriber=None):
        self._name, self.__doc__, self._subscriber = name, doc, subscriber

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    __iter__ = None          # Form[0], Form[1] ... is no way to iterate

    def __getitem__(self, parameters):
        if self._subscriber is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscriber(self, parameters)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _one_type(form, item, wording='accepts only single type.', **opts):
    arg = _type_check(item, f"{form} {wording}", **opts)
    return _GenericAlias(form, (arg,))


def _sub_wrapper(form, item):                  # ClassVar[T], Final[T], TypeGuard[T]
    return _one_type(form, item)


def _sub_required(form, item):                 # Required[T], NotRequired[T]
    arg = _type_check(item, f"{form._name} accepts only a single type.")
    return _GenericAlias(form, (arg,))


def _sub_unpack(form, item):
    arg = _type_check(item, f"{form._name} accepts only single type.")
    return _UnpackGenericAlias(form, (arg,))


def _sub_union(form, item):
    members = _as_tuple(item)
    if members == ():
        raise TypeError("Cannot take a Union of no types.")
    checked = [_type_check(m, "Union[arg, ...]: each arg must be a type.") for m in members]
    flat = []
    for m in checked:
        if isinstance(m, (_UnionGenericAlias, _types.UnionType)):
            flat.extend(m.__args__)
        else:
            flat.append(m)
    flat = _unique(flat)
    if len(flat) == 1:
        return flat[0]
    shown_optional = len(flat) == 2 and _NoneType in flat
    return _UnionGenericAlias(form, tuple(flat), name='Optional' if shown_optional else None)


def _sub_optional(form, item):
    arg = _type_check(item, f"{form} requires a single type.")
    return Union[arg, None]


def _sub_literal(form, item):
    values = []
    for v in _as_tuple(item):
        if isinstance(v, _LiteralGenericAlias):
            values.extend(v.__args__)
        else:
            values.append(v)
    seen, kept = set(), []
    for v in values:
        try:
            key = (v, type(v))
            if key in seen:
                continue
            seen.add(key)
        except TypeError:      # unhashable literal: keep as is
            pass
        kept.append(v)
    return _LiteralGenericAlias(form, tuple(kept))


def _sub_concatenate(form, item):
    items = _as_tuple(item)
    if not items:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (isinstance(items[-1], ParamSpec) or items[-1] is Ellipsis):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    head = tuple(_type_check(t, "Concatenate[arg, ...]: each arg must be a type.") for t in items[:-1])
    return _ConcatenateGenericAlias(form, head + (items[-1],))


def _sub_none(form, item):
    raise TypeError(f"{form} is not subscriptable")


_FORMS = [
    ('NoReturn', "The type of functions that never return.", None),
    ('Never', "The bottom type, which has no members.", None),
    ('Self', "The type of the enclosing class's instance.", None),
    ('LiteralString', "Any literal string (or a string built from them).", None),
    ('TypeAlias', "Marks an explicit type alias: Alias: TypeAlias = int.", None),
    ('ClassVar', "Marks a class variable: x: ClassVar[int].", _sub_wrapper),
    ('Final', "Marks a name that may not be reassigned or overridden.", _sub_wrapper),
    ('TypeGuard', "The return type of a user-defined type guard function.", _sub_wrapper),
    ('Union', "Union[X, Y] means either X or Y.", _sub_union),
    ('Optional', "Optional[X] is Union[X, None].", _sub_optional),
    ('Literal', "Literal[v, ...]: exactly one of the given values.", _sub_literal),
    ('Concatenate', "Concatenate[X, P]: parameters X followed by those of P.", _sub_concatenate),
    ('Required', "A TypedDict key that must be present.", _sub_required),
    ('NotRequired', "A TypedDict key that may be absent.", _sub_required),
    ('Unpack', "Unpack[Ts]: the types a TypeVarTuple stands for, spread out.", _sub_unpack),
]
for _n, _d, _s in _FORMS:
    globals()[_n] = _SpecialForm(_n, _d, _s)
del _n, _d, _s


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(self, obj)

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


# Bare special forms that are acceptable where a type is expected.
_BARE_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# ---- aliases ----------------------------------------------------------------------------------

_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_defaults'})


class _BaseGenericAlias(_Final, _root=True):
    # What every alias does: stands for its origin when called, subclassed or asked for an
    # attribute, and refuses isinstance checks unless a subclass allows them.

    def __init__(self, origin, *, inst=True, name=None):
        self._inst, self._name = inst, name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {origin.__name__}() instead")
        made = origin(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        origin = self.__dict__.get('__origin__')
        if attr in ('__name__', '__qualname__'):
            return self._name if self._name else origin.__name__
        if origin is not None and not _dunder(attr):
            return getattr(origin, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _dunder(attr) or attr in _OWN_ATTRS:
            object.__setattr__(self, attr, val)
        else:
            target = self.__origin__      # List.foo = 1 sets list.foo
            setattr(target, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(obj.__class__)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(super().__dir__()) | {a for a in dir(self.__origin__) if not _dunder(a)})


class _GenericAlias(_BaseGenericAlias, _root=True):
    # An origin with arguments: List[int], ClassVar[str], Box[T].

    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self.__args__ = tuple(Ellipsis if a is _TypingEllipsis else a for a in _as_tuple(args))
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def _replace_vars(self, mapping):
        return self.copy_with(_splice(self.__args__, mapping))

    def __iter__(self):                  # *Tuple[int, str] inside a subscript
        yield Unpack[self]

    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        args = tuple(_type_convert(a) for a in _as_tuple(args))
        return self._replace_vars(_bind(self, self.__parameters__, args))

    def _key(self):
        return self.__origin__, self.__args__

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, _GenericAlias) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def _head(self):
        return 'typing.' + self._name if self._name else _type_repr(self.__origin__)

    def __repr__(self):
        inner = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f"{self._head()}[{inner}]"

    def __reduce__(self):
        import operator
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and type(args[0]) is not tuple:
            args = args[0]
        return (operator.getitem, (origin, args))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if type(origin) is _SpecialForm:
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(b is not self and isinstance(b, _BaseGenericAlias) for b in later):
                return ()
        return (origin,)


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    # List, Dict, Iterable ...: the bare name, subscripted with a fixed number of types.

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams, self._defaults = nparams, defaults
        self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    __iter__ = None

    def __getitem__(self, params):
        if not self._nparams:
            raise TypeError(f"{self} is not a generic class")
        params = _as_tuple(params)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if len(params) != self._nparams:
            raise _arity_error(self, len(params), self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, cls)
        bare = cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls
        return issubclass(bare, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TypingEllipsis:
    """Stands for ... inside argument tuples while they are being built."""


class _CallableGenericAlias(_GenericAlias, _root=True):
    # Callable[[A, B], R]: the argument types and the result, flat in __args__.
    __iter__ = None

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _is_param_expr(a[0]):
            return super().__repr__()
        shown = ', '.join(_type_repr(t) for t in a[:-1])
        return f"typing.Callable[[{shown}], {_type_repr(a[-1])}]"

    def _replace_vars(self, mapping):
        done = _splice(self.__args__, mapping)
        head, result = done[:-1], done[-1]
        if len(head) == 1:
            first = head[0]
            if isinstance(first, tuple):
                head = first
            elif isinstance(first, _ConcatenateGenericAlias) and isinstance(first.__args__[-1], tuple):
                head = first.__args__[:-1] + first.__args__[-1]
        return self.copy_with(tuple(head) + (result,))

    def __reduce__(self):
        import operator
        a = self.__args__
        if not (len(a) == 2 and _is_param_expr(a[0])):
            a = (list(a[:-1]), a[-1])
        return operator.getitem, (Callable, a)


class _CallableType(_SpecialGenericAlias, _root=True):
    # typing.Callable itself.

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((Ellipsis, result))
        # deliberately lenient (PEP 612): checkers judge the argument list, not run time
        members = args if isinstance(args, (list, tuple)) else (args,)
        return self.copy_with(tuple(map(_type_convert, members)) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    # typing.Tuple: Tuple[()], Tuple[int, ...], Tuple[int, str].

    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is Ellipsis:
            first = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1])
            return self.copy_with(first + (_TypingEllipsis,))
        return self.copy_with(tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                    for p in params))


class _UnionGenericAlias(_GenericAlias, _root=True):
    # Union[X, Y]: equal to any union of the same members, in any order.
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def _key(self):
        return frozenset(self.__args__)

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return self._key() == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _NoneType in a:
            other = a[1] if a[0] is _NoneType else a[0]
            return f"typing.Optional[{_type_repr(other)}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(obj.__class__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        import operator
        return operator.getitem, (Union, self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _LiteralGenericAlias(_GenericAlias, _root=True):
    # Literal[1, 'a']: equal when the same (value, type) pairs appear, in any order.

    def _key(self):
        return frozenset((v, type(v)) for v in self.__args__)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, _LiteralGenericAlias) else NotImplemented

    def __hash__(self):
        return hash(self._key())


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    # Concatenate[int, P].

    def copy_with(self, params):
        *head, last = params
        if type(last) in (list, tuple):
            return tuple(head) + tuple(last)     # P was bound to concrete parameters
        if type(last) is _ConcatenateGenericAlias:
            return Concatenate[tuple(head) + last.__args__]
        return _GenericAlias.copy_with(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    # Unpack[Ts], spelled *Ts.

    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        if getattr(inner, '__origin__', None) is tuple:
            return inner.__args__
        return None


class _AnnotatedAlias(_GenericAlias, _root=True):
    # Annotated[T, x, ...]: T with metadata; nested Annotated flatten.
    __iter__ = None

    def __init__(self, origin, metadata):
        while type(origin) is _AnnotatedAlias:
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def _key(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, _AnnotatedAlias) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _GenericAlias.__getattr__(self, attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x] is T carrying the context-specific metadata x."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if type(params) is not tuple or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        base = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                           allow_special_forms=True)
        return _AnnotatedAlias(base, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# The unsubscripted shorthands of collections.abc and builtins.
import collections as _collections

Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Tuple = _TupleType(tuple, -1, name='Tuple', inst=False)
Deque = _SpecialGenericAlias(_collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(_collections.Counter, 1)
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2)
for _n, _origin, _count in (('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                            ('Dict', dict, 2), ('Type', type, 1)):
    globals()[_n] = _SpecialGenericAlias(_origin, _count, inst=False, name=_n)
del _n, _origin, _count

# Aliases whose origin lives in a module typing does not otherwise need: made on first use.
_LAZY_ALIASES = {'Pattern': ('re', 'Pattern'), 'Match': ('re', 'Match'),
                 'ContextManager': ('contextlib', 'AbstractContextManager'),
                 'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager')}


def __getattr__(name):
    where = _LAZY_ALIASES.get(name)
    if where is None:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    # Import statements, not __import__: a sandbox's import allowlist lets the library's own
    # statements through, while a computed name counts as the script's import.
    if where[0] == 're':
        import re as module
    else:
        import contextlib as module
    origin = getattr(module, where[1])
    made = _SpecialGenericAlias(origin, 1, name=name)
    globals()[name] = made
    return made


# ---- Generic ----------------------------------------------------------------------------------

class Generic:
    """Base class of user-defined generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            who = cls.__name__
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) or (isinstance(p, _UnpackGenericAlias)
                                               and isinstance(p.__args__[0], TypeVarTuple))
                       for p in params):
                raise TypeError(f"Parameters to {who}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(_unique(params)) != len(params):
                raise TypeError(f"Parameters to {who}[...] must all be unique")
            return _GenericAlias(cls, params)
        own = getattr(cls, '__parameters__', ())
        mapping = _bind(cls, own, params)
        args = []
        for p in own:
            v = mapping[p]
            if isinstance(p, TypeVarTuple):
                args.extend(v)
            else:
                args.append(v)
        return _GenericAlias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            if Generic in cls.__bases__ and cls.__name__ != 'Protocol' \
                    and type(cls) is not _TypedDictMeta:
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in written:
            raise TypeError("Cannot inherit from plain Generic")
        found = list(_collect_parameters(written))
        declared = None
        for b in written:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol):
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = b
        if declared is not None:
            listed = declared.__parameters__
            stray = [t for t in found if t not in listed]
            if stray:
                names = ', '.join(str(t) for t in stray)
                given = ', '.join(str(g) for g in listed)
                raise TypeError(f"Some type variables ({names}) are not listed in "
                                f"{declared.__origin__.__name__}[{given}]")
            found = list(listed)
        cls.__parameters__ = tuple(found)


# ---- Protocol ---------------------------------------------------------------------------------

_PROTO_ALLOWLIST = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}

_NOT_PROTOCOL_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '_MutableMapping__marker', '__qualname__', '__match_args__'})


def _get_protocol_attrs(cls):
    # Names a protocol requires: what its own classes (not Protocol/Generic/object) define.
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        declared = list(klass.__dict__) + list(klass.__dict__.get('__annotations__', {}))
        names.update(n for n in declared
                     if not n.startswith('_abc_') and n not in _NOT_PROTOCOL_MEMBERS)
    return names


def _only_methods(cls):
    # True when every member a protocol requires is callable (issubclass can check it).
    return all(callable(getattr(cls, n, None)) for n in _get_protocol_attrs(cls))


def _checks_from_abc_machinery(depth=3):
    # isinstance/issubclass on a protocol are tolerated when abc or functools ask.
    return _module_of_caller(depth + 1) in ('abc', 'functools', None)


def _protocol_init(self, *args, **kwargs):
    # __init__ of protocol classes: refuses protocols; a concrete class inheriting it adopts
    # the first __init__ further up its MRO (object's at worst) and runs that.
    klass = type(self)
    if klass._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if klass.__init__ is not _protocol_init:
        return       # reached through super().__init__() from a class's own __init__
    found = [vars(k)['__init__'] for k in klass.__mro__
             if vars(k).get('__init__', _protocol_init) is not _protocol_init]
    real = found[0] if found else object.__init__
    klass.__init__ = real
    real(self, *args, **kwargs)


def _protocol_subclasshook(cls, other):
    if not vars(cls).get('_is_protocol'):
        return NotImplemented
    lenient = _checks_from_abc_machinery()
    problem = None
    if not getattr(cls, '_is_runtime_protocol', None):
        problem = "Instance and class checks can only be used with @runtime_checkable protocols"
    elif not _only_methods(cls):
        problem = "Protocols with non-method members don't support issubclass()"
    if problem is not None:
        if lenient:
            return NotImplemented
        raise TypeError(problem)
    if type(other) is not type and not issubclass(type(other), type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in _get_protocol_attrs(cls):
        for klass in other.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
            notes = getattr(klass, '__annotations__', {})
            if (isinstance(notes, _abc.Mapping) and name in notes and issubclass(other, Generic)
                    and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if is_proto and not getattr(cls, '_is_runtime_protocol', False) \
                and not _checks_from_abc_machinery(2):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not is_proto or _only_methods(cls)) and issubclass(type(instance), cls):
            return True
        if is_proto:
            def present(name):
                if not hasattr(instance, name):
                    return False
                return not callable(getattr(cls, name, None)) or getattr(instance, name) is not None
            if all(present(n) for n in _get_protocol_attrs(cls)):
                return True
        return _ABCMeta.__instancecheck__(cls, instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: classes matching by the members they have."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kw):
        super().__init_subclass__(*args, **kw)
        own = vars(cls)
        if not own.get('_is_protocol'):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = classmethod(_protocol_subclasshook)
        if not cls._is_protocol:
            return
        for b in cls.__bases__:
            allowed = (b in (object, Generic)
                       or b.__name__ in _PROTO_ALLOWLIST.get(b.__module__, ())
                       or (issubclass(b, Generic) and b._is_protocol))
            if not allowed:
                raise TypeError('Protocols can only inherit from other protocols, got %r' % b)
        if cls.__init__ is object.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Let isinstance()/issubclass() check a protocol class (its members only, not their types)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    setattr(cls, '_is_runtime_protocol', True)
    return cls


# The predefined type variables (T, KT, VT are importable but not in __all__).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', bound=type, covariant=True)
AnyStr = TypeVar('AnyStr', bytes, str)


# The one-method protocols: runtime-checkable, each with one abstract method.

@runtime_checkable
class SupportsInt(Protocol):
    """Protocol: objects with a __int__ method."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Protocol: objects with a __float__ method."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Protocol: objects with a __complex__ method."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Protocol: objects with a __bytes__ method."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Protocol: objects with a __index__ method."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Protocol: objects with a __abs__ method (covariant in its result)."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co: ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Protocol: objects with a __round__ method (covariant in its result)."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: ...


# ---- NamedTuple -------------------------------------------------------------------------------

_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, fields, module, defaults=()):
    from collections import namedtuple
    names, hints = [], {}
    for field, tp in fields:
        names.append(field)
        hints[field] = _type_check(tp, f"field {field} annotation must be a type")
    made = namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = hints
    made.__new__.__annotations__ = hints
    return made


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        made = _build_namedtuple(typename, hints.items(), ns['__module__'],
                                 [ns[f] for f in with_default])
        # the bases written, NamedTuple standing for tuple: (tuple,), or with Generic in its
        # place; a repeated base fails here as it would in a class statement
        made.__bases__ = tuple(tuple if b is _NamedTuple else b for b in bases)
        generic = Generic in bases
        if generic:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _NT_SKIPPED or key in made._fields:
                continue
            setattr(made, key, value)
            hook = getattr(type(value), '__set_name__', None)
            if hook is not None:
                hook(value, made, key)
        if generic:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with field types: NamedTuple('P', [('x', int)]) or class P(NamedTuple)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _build_namedtuple(typename, fields, _module_of_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': __name__})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---- TypedDict --------------------------------------------------------------------------------

def _key_kind(tp):
    # 'required', 'optional' or None for a TypedDict value type (Annotated looked through).
    if type(tp) is _AnnotatedAlias:
        tp = tp.__origin__
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Required:
            return 'required'
        if tp.__origin__ is NotRequired:
            return 'optional'
    return None


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TypedDictMeta and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        extra = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, extra + (dict,), ns)
        why = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, why, module=made.__module__)
               for k, v in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for b in bases:
            d = b.__dict__
            hints.update(d.get('__annotations__', {}))
            required.update(d.get('__required_keys__', ()))
            optional.update(d.get('__optional_keys__', ()))
        hints.update(own)
        for key, tp in own.items():
            kind = _key_kind(tp) or ('required' if total else 'optional')
            (required if kind == 'required' else optional).add(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        return cls.__subclasscheck__(other)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys (the instances are plain dicts)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in Python "
                      "3.11, will be removed in Python 3.13, and may not be understood by "
                      "third-party type checkers.", DeprecationWarning, stacklevel=2)
    ns = dict(__annotations__=dict(fields))
    where = _module_of_caller()
    if where is not None:
        ns['__module__'] = where
    made = _TypedDictMeta(typename, (), ns, total=total)
    return made


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': __name__})


def _typeddict_bases(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_bases


def is_typeddict(tp):
    """True for classes made with TypedDict."""
    return _TypedDictMeta in type(tp).__mro__


# ---- forward references and get_type_hints -----------------------------------------------------

class ForwardRef(_Final, _root=True):
    """A string annotation, compiled now and evaluated by get_type_hints later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        vars(self).update(__forward_arg__=arg, __forward_code__=code, __forward_value__=None,
                          __forward_evaluated__=False, __forward_is_argument__=is_argument,
                          __forward_is_class__=is_class, __forward_module__=module)

    def _evaluate(self, globalns, localns, guard):
        text = self.__forward_arg__
        if text in guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = self.__forward_module__
        if home is not None:
            globalns = getattr(_sys.modules.get(home), '__dict__', globalns)
        found = eval(self.__forward_code__, globalns, localns)
        why = "Forward references must evaluate to types."
        found = _type_check(found, why, self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        value = _eval_type(found, globalns, localns, guard | {text})
        self.__forward_value__, self.__forward_evaluated__ = value, True
        return value

    def _key(self):
        return self.__forward_arg__, self.__forward_module__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        both_done = self.__forward_evaluated__ and other.__forward_evaluated__
        if not both_done:
            return self._key() == other._key()
        return (self.__forward_arg__, self.__forward_value__) == (other.__forward_arg__,
                                                                  other.__forward_value__)

    def __hash__(self):
        return hash(self._key())

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        text, where = self._key()
        return f"ForwardRef({text!r})" if where is None else f"ForwardRef({text!r}, module={where!r})"


def _eval_type(t, globalns, localns, guard=frozenset()):
    # t with its forward references evaluated, recursively through aliases and unions.
    if type(t) is ForwardRef:
        return t._evaluate(globalns, localns, guard)
    kind = type(t)
    if not (isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType))):
        return t
    old = t.__args__
    if kind is _types.GenericAlias:
        old = tuple(ForwardRef(a) if type(a) is str else a for a in old)
    new = tuple(_eval_type(a, globalns, localns, guard) for a in old)
    if kind is _types.GenericAlias and t.__unpacked__:
        # *tuple[int, str] (an annotation of *args) comes back as Unpack[tuple[int, str]].
        return Unpack[_types.GenericAlias(t.__origin__, new)]
    if new == t.__args__:
        return t
    return _rebuild(t, new)


def _rebuild(t, args):
    # An alias like t with other arguments.
    if type(t) is _types.GenericAlias:
        return _types.GenericAlias(t.__origin__, args)
    if type(t) is _types.UnionType:
        import functools
        import operator
        return functools.reduce(operator.or_, args)
    if type(t) is _AnnotatedAlias:
        return _AnnotatedAlias(args[0], t.__metadata__)
    return t.copy_with(args)


def _strip_annotations(t):
    # t without Annotated, Required and NotRequired wrappers.
    kind = type(t)
    if kind is _AnnotatedAlias:
        return _strip_annotations(t.__origin__)     # Annotated[T, x] -> T
    if not isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return t
    if kind is _GenericAlias and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])    # Required[T] -> T
    bare = tuple(map(_strip_annotations, t.__args__))
    return t if bare == t.__args__ else _rebuild(t, bare)


_HINTLESS = (_types.FunctionType, _types.BuiltinFunctionType, _types.MethodType,
             _types.ModuleType, type(object.__init__), type(object().__str__),
             type(str.join), type(dict.__dict__['fromkeys']))


def _evaluated(value, globalns, localns, **ref):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, **ref)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method, with forward references
    evaluated (in the object's own globals unless given) and, unless include_extras,
    Annotated/Required/NotRequired stripped off."""
    if getattr(obj, '__no_type_check__', False):
        return {}
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            own = klass.__dict__.get('__annotations__', {})
            if isinstance(own, _types.GetSetDescriptorType):
                own = {}
            g = globalns
            if g is None:
                g = getattr(_sys.modules.get(klass.__module__), '__dict__', {})
            l = dict(vars(klass)) if localns is None else localns
            if localns is None is globalns:
                g, l = l, g          # the class namespace shadows the module's
            for name, value in own.items():
                hints[name] = _evaluated(value, g, l, is_argument=False, is_class=True)
    else:
        if globalns is None:
            if isinstance(obj, _types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        own = getattr(obj, '__annotations__', None)
        if own is None:
            if isinstance(obj, _HINTLESS):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        plain_arg = not isinstance(obj, _types.ModuleType)
        for name, value in dict(own).items():
            hints[name] = _evaluated(value, globalns, localns, is_argument=plain_arg, is_class=False)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, of Annotated[...] Annotated."""
    if type(tp) is _AnnotatedAlias:
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) == (str, int); Callable's come as ([args], result)."""
    if type(tp) is _AnnotatedAlias:
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        args = tp.__args__
        if tp.__origin__ is _abc.Callable and args and not (len(args) == 2 and _is_param_expr(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


# ---- small run-time helpers -------------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker val has type typ; at run time val comes back unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val's type; at run time val comes back unchanged."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code a type checker should find unreachable; reaching it raises AssertionError."""
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of "
                              "@overload-decorated functions outside a stub module should always "
                              "be followed by an implementation that is not @overload-ed.")


def _overload_key(func):
    f = getattr(func, '__func__', func)
    try:
        return f.__module__, f.__qualname__, f.__code__.co_firstlineno
    except AttributeError:
        return None


def overload(func):
    """Register func as one signature of an overloaded function; calling it raises."""
    key = _overload_key(func)
    if key is not None:
        _overload_registry.setdefault(key[:2], {})[key[2]] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures registered under func's name, in definition order."""
    key = _overload_key(func)
    if key is None:
        return []
    return list(_overload_registry.get(key[:2], {}).values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (sets __final__ = True where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function, or every function of a class, as not to be type checked."""
    if isinstance(arg, type):
        for value in list(vars(arg).values()):
            if isinstance(value, (classmethod, staticmethod)):
                value = value.__func__
            if isinstance(value, _types.FunctionType) and value.__qualname__.startswith(arg.__qualname__ + '.'):
                value.__no_type_check__ = True
            elif isinstance(value, type) and value.__qualname__.startswith(arg.__qualname__ + '.'):
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results carry @no_type_check."""
    import functools

    @functools.wraps(decorator)
    def wrapper(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapper


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as producing dataclass-like classes."""
    def mark(target):
        target.__dataclass_transform__ = dict(eq_default=eq_default, order_default=order_default,
                                              kw_only_default=kw_only_default,
                                              field_specifiers=field_specifiers, kwargs=kwargs)
        return target
    return mark


class NewType:
    """NewType('UserId', int): a callable returning its argument, seen as a subtype by checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        where = _module_of_caller()
        if where != 'typing':
            self.__module__ = where

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        parent = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking "
                                f"for: `{child} = NewType({child!r}, {parent})`")
        return (_Refuse,)

    def __repr__(self):
        return '.'.join((self.__module__, self.__qualname__))

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- IO, TextIO, BinaryIO ---------------------------------------------------------------------
# The abstract interface of the objects open() returns, for annotations. The members are
# abstract stubs added after the class statements (Generic is no ABC, so nothing is lost).

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """What open() returns in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """What open() returns in text mode."""
    __slots__ = ()


def _add_stubs(cls, methods, properties=()):
    for name in methods + properties:
        def stub(self, *args, **kwargs):
            pass
        stub.__name__ = name
        stub.__qualname__ = f"{cls.__name__}.{name}"
        stub = _abstractmethod(stub)
        setattr(cls, name, property(stub) if name in properties else stub)


_add_stubs(IO, ('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline', 'readlines',
                'seek', 'seekable', 'tell', 'truncate', 'writable', 'write', 'writelines',
                '__enter__', '__exit__'), ('mode', 'name', 'closed'))
_add_stubs(BinaryIO, ('write', '__enter__'))
_add_stubs(TextIO, ('__enter__',), ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'))
del _add_stubs
