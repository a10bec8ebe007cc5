"""Container datatypes: deque, namedtuple, OrderedDict, defaultdict, Counter, ChainMap,
UserDict, UserList."""

import sys as _sys
from operator import itemgetter as _itemgetter
from types import GenericAlias as _GenericAlias
from reprlib import recursive_repr as _recursive_repr

__all__ = ['deque', 'namedtuple', 'OrderedDict', 'defaultdict', 'Counter', 'ChainMap', 'UserDict', 'UserList', 'UserString']


def _deque_iterator(d):
    # Positions count from the logical front: _compact() may drop the popped prefix meanwhile.
    state = d._state
    items = d._items
    i = 0
    while True:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        if d._head + i >= len(items):
            return
        yield items[d._head + i]
        i += 1


class deque:
    """A list-backed double-ended queue. popleft is O(1) amortised (a head index into the list,
    compacted when half of it is dead), since FIFO use — asyncio's ready queue — is the hot case."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0            # items before it are already popped from the left
        self._state = 0           # bumped by every mutation: iterators notice it (CPython's state)
        self.extend(iterable)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_right(self):
        if self._maxlen is not None and len(self) > self._maxlen:
            self._compact()
            del self._items[:len(self._items) - self._maxlen]

    def _trim_left(self):
        if self._maxlen is not None and len(self) > self._maxlen:
            self._compact()
            del self._items[self._maxlen:]

    def append(self, x):
        self._state += 1
        self._items.append(x)
        self._trim_right()

    def appendleft(self, x):
        self._state += 1
        self._compact()
        self._items.insert(0, x)
        self._trim_left()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        self._state += 1
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items.pop()
        if self._head >= len(self._items):
            self._items.clear()
            self._head = 0
        return item

    def popleft(self):
        self._state += 1
        items = self._items
        if self._head >= len(items):
            raise IndexError('pop from an empty deque')
        item = items[self._head]
        items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(items):
            self._compact()
        return item

    def clear(self):
        self._state += 1
        self._compact()
        self._items.clear()

    def copy(self):
        self._compact()
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        self._compact()
        return self._items.count(x)

    def index(self, x, start=0, stop=_sys.maxsize):
        self._compact()
        for i in range(max(start, 0), min(stop, len(self._items))):
            if self._items[i] is x or self._items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        self._state += 1
        self._compact()
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        self._state += 1
        self._compact()
        for i, x in enumerate(self._items):
            if x is value or x == value:
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        self._state += 1
        self._compact()
        items = self._items
        if items:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        self._compact()
        return _deque_iterator(self)

    def __reversed__(self):
        self._compact()
        return reversed(self._items)

    def __contains__(self, x):
        self._compact()
        return x in self._items

    def __getitem__(self, i):
        self._compact()
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __setitem__(self, i, x):
        self._compact()
        try:
            self._items[i] = x
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __delitem__(self, i):
        self._compact()
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __eq__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        self._compact()
        return deque(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        repeated = self * n
        self.clear()
        self.extend(repeated)
        return self

    @_recursive_repr('[...]')
    def __repr__(self):
        self._compact()
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)

    __hash__ = None

    def __reduce__(self):
        # CPython: (cls, () or ((), maxlen), instance state, iterator over the items).
        args = () if self._maxlen is None else ((), self._maxlen)
        state = {k: v for k, v in self.__dict__.items()
                 if k not in ('_maxlen', '_items', '_head', '_state')}
        return (type(self), args, state or None, iter(list(self)))


import pygen as _pygen
_pygen._set_collection_flags(deque, 1 << 5)   # a sequence for match statements, as CPython's


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return (type(self), args, None, None, iter(self.items()))

    def __repr__(self):
        factory = self.default_factory
        return 'defaultdict(%s, %s)' % ('None' if factory is None else repr(factory), dict.__repr__(self))


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
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
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        state = dict(vars(self)) or None
        return (type(self), (), state, None, iter(self.items()))


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
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        return '%s({%s})' % (self.__class__.__name__, ', '.join('%r: %r' % kv for kv in self.most_common()))

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    # Union keeps the larger count, intersection the smaller; only positive counts remain.
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            best = max(count, other[elem])
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            least = min(count, other[elem])
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _drop_nonpositive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    # The in-place forms change self and then drop the counts that are not positive.
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, count in self.items():
            if other[elem] < count:
                self[elem] = other[elem]
        return self._drop_nonpositive()

    # Comparisons treat a missing element as a zero count (Python 3.10+).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __delitem__(self, elem):
        # A missing element is not an error.
        if elem in self:
            super().__delitem__(elem)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')


class ChainMap:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def __bool__(self):
        return any(self.maps)

    # The mutating methods act on the first mapping only.
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

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return self.__class__({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'


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
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith('_') or name in seen
                    or name in ('def', 'class', 'return', 'None', 'True', 'False')):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    fields = tuple(field_names)
    num_fields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[num_fields - len(defaults):], defaults)) if defaults else {}

    def __new__(cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(f'{typename}.__new__() takes {num_fields + 1} positional arguments but '
                            f'{len(args) + 1} were given')
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument"
                                f"{'s' if len(missing) > 1 else ''}: " + ', '.join(repr(m) for m in missing))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(cls, values)

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

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result
