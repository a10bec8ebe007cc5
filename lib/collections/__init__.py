"""Container datatypes: deque, namedtuple, OrderedDict, defaultdict, Counter, ChainMap,
UserDict, UserList."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from operator import add as _add, sub as _sub, eq as _eq, le as _le, ge as _ge
from types import GenericAlias as _GenericAlias
from reprlib import recursive_repr as _recursive_repr

__all__ = ['deque', 'namedtuple', 'OrderedDict', 'defaultdict', 'Counter', 'ChainMap', 'UserDict', 'UserList', 'UserString']


# deque and defaultdict are C++ (src/modules/collections), as CPython's are C.
from _collections import deque, defaultdict
from _collections import _odict_iter, _odict_view
import pygen as _pygen
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping


# The order is the dict's own; iterators and views are odict_iterator/odict_keys & co. (C++), which
# notice a key added, removed or moved while they run, as CPython's do.
class OrderedDict(dict):
    def __iter__(self):
        return _odict_iter(self, 0)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def keys(self):
        return _odict_view(self, 0)

    def values(self):
        return _odict_view(self, 1)

    def items(self):
        return _odict_view(self, 2)

    def move_to_end(self, key, last=True):
        # A key already at that end stays put, so running iterators go on (CPython does the same).
        if self:
            end = next(_odict_iter(self, 0, last))
            if end is key or (hash(end) == hash(key) and end == key):
                return
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            self.update(items)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    @_recursive_repr()
    def __repr__(self):
        name = type(self).__name__
        return '%s(%r)' % (name, list(self.items())) if self else name + '()'

    def __eq__(self, other):
        # Order matters only between two OrderedDicts; against a plain dict it is dict equality.
        same_items = dict.__eq__(self, other)
        if same_items is True and isinstance(other, OrderedDict):
            return list(self) == list(other)
        return same_items

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        state = dict(vars(self)) or None
        return (type(self), (), state, None, iter(self.items()))


def _count_elements(mapping, iterable):
    """Adds one to mapping[elem] for every element of iterable (Counter's counting loop)."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    def _count_in(self, source, sign):
        # Adds (sign 1) or subtracts (sign -1) a Mapping's counts or an iterable's occurrences.
        get = self.get
        if isinstance(source, _Mapping):
            if sign > 0 and not self:
                dict.update(self, source)   # the counts are taken as they are, as CPython does
            elif sign > 0:
                for elem, times in source.items():
                    self[elem] = times + get(elem, 0)
            else:
                for elem, times in source.items():
                    self[elem] = get(elem, 0) - times
        elif sign > 0:
            _count_elements(self, source)
        else:
            for elem in source:
                self[elem] = get(elem, 0) - 1

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._count_in(iterable, 1)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._count_in(iterable, -1)
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            pairs = self.most_common()
        except TypeError:
            pairs = self.items()   # counts that do not order are shown as stored
        body = ', '.join('%r: %r' % pair for pair in pairs)
        return '%s({%s})' % (name, body)

    # The binary operators: merge(count here, count there) for every element of either side
    # (a missing one counts 0), keeping only positive results, in self's order then other's.
    def _merged(self, other, merge):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        elems = list(self)
        elems += [elem for elem in other if elem not in self]
        for elem in elems:
            value = merge(self[elem], other[elem])
            if value > 0:
                result[elem] = value
        return result

    def __add__(self, other):
        return self._merged(other, _add)

    def __sub__(self, other):
        return self._merged(other, _sub)

    # Union keeps the larger count, intersection the smaller.
    def __or__(self, other):
        return self._merged(other, max)

    def __and__(self, other):
        return self._merged(other, min)

    def _with_sign(self, keep):
        result = Counter()
        for elem, times in self.items():
            if keep(times):
                result[elem] = times if times > 0 else 0 - times
        return result

    def __pos__(self):
        return self._with_sign(lambda times: times > 0)

    def __neg__(self):
        return self._with_sign(lambda times: times < 0)

    def _drop_nonpositive(self):
        for elem in [e for e, times in self.items() if not times > 0]:
            del self[elem]
        return self

    # The in-place forms change self and then drop the counts that are not positive.
    def __iadd__(self, other):
        for elem, times in other.items():
            self[elem] += times
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, times in other.items():
            self[elem] -= times
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, times in other.items():
            if times > self[elem]:
                self[elem] = times
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, times in self.items():
            theirs = other[elem]
            if theirs < times:
                self[elem] = theirs
        return self._drop_nonpositive()

    # Comparisons treat a missing element as a zero count (Python 3.10+): relation must hold
    # for every element of either side.
    def _holds(self, other, relation):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(relation(self[elem], other[elem]) for side in (self, other) for elem in side)

    def __eq__(self, other):
        return self._holds(other, _eq)

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        return self._holds(other, _le)

    def __lt__(self, other):
        result = self._holds(other, _le)
        return result if result is NotImplemented else result and self != other

    def __ge__(self, other):
        return self._holds(other, _ge)

    def __gt__(self, other):
        result = self._holds(other, _ge)
        return result if result is NotImplemented else result and self != other

    __hash__ = None

    def __delitem__(self, elem):
        # A missing element is not an error.
        if elem in self:
            super().__delitem__(elem)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')


class ChainMap(_MutableMapping):
    """Several mappings seen as one: a lookup tries each in turn, writes and deletions go to the
    first. The rest of the mapping API (keys/items/values views, ==, update, setdefault) is
    MutableMapping's."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # Each layer's own subscript, so a defaultdict layer may supply the value.
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order the deepest mapping first gives them, as a dict merge would.
        keys = {}
        for layer in self.maps[::-1]:
            keys.update(dict.fromkeys(layer))
        return iter(keys)

    def __bool__(self):
        return any(self.maps)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    # The other mutating methods act on the first mapping only.
    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def copy(self):
        # A shallow copy of the first mapping; the others are shared.
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, *args):
        first = dict.fromkeys(iterable, *args)
        return cls(first)

    def new_child(self, m=None, **kwargs):
        child = kwargs if m is None else m
        if m is not None and kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)

    @property
    def parents(self):
        _, *rest = self.maps
        return self.__class__(*rest)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)

    @_recursive_repr()
    def __repr__(self):
        layers = ', '.join(repr(layer) for layer in self.maps)
        return '%s(%s)' % (self.__class__.__name__, layers)


_pygen._set_collection_flags(ChainMap, 1 << 6)   # a MutableMapping in CPython


def __getattr__(name):
    # UserDict, UserList and UserString need collections.abc: load them on first use only.
    if name in ('UserDict', 'UserList', 'UserString'):
        from collections import _user
        value = getattr(_user, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    # Field names: a str is split at commas and whitespace; every name is str()-ed.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        # Invalid, private, keyword-like or repeated names become _<position>.
        taken = set()
        for position, name in enumerate(names):
            if (not name.isidentifier() or name[:1] == '_' or name in taken
                    or _iskeyword(name)):
                names[position] = '_%d' % position
            taken.add(name)
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    taken = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    fields = tuple(names)
    num_fields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[num_fields - len(defaults):], defaults)) if defaults else {}

    # __new__ is compiled for these fields, with them as its parameters: a plain function's
    # call is the fastest path into the tuple, and its signature, defaults and argument errors
    # are then those of CPython's namedtuple.
    params = ', '.join(fields)
    items = params + ',' if num_fields == 1 else params
    source = f'def __new__(_cls, {params}):\n    return _new_tuple(_cls, ({items}))\n'
    scope = {'_new_tuple': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(source, scope)
    __new__ = scope['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = tuple(defaults)   # the rightmost fields' defaults

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    shape = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    def __repr__(self):
        return self.__class__.__name__ + shape % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__
    namespace = dict(__doc__='%s(%s)' % (typename, ', '.join(fields)), __slots__=(),
                     _fields=fields, _field_defaults=field_defaults, __new__=__new__,
                     _make=classmethod(_make), _replace=_replace, __repr__=__repr__,
                     _asdict=_asdict, __getnewargs__=__getnewargs__, __match_args__=fields)
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            caller = _sys._getframe(1)
            module = caller.f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result
