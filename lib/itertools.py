"""Iterator building blocks, written as small iterator classes so that type names and reprs
match CPython's (type(chain()).__name__ == 'chain', repr(count(5)) == 'count(5)')."""

import sys as _sys

# count, repeat, chain and islice are C++ (src/modules/itertools), as CPython's are C.
from _itertools import count, repeat, chain, islice

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse',
           'groupby', 'islice', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product', 'permutations',
           'combinations', 'combinations_with_replacement', 'pairwise']


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        self._index = (self._index + 1) % len(self._saved)
        return self._saved[self._index]


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._selectors)
            if s:
                return d


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._dropping:
                if self._pred(x):
                    continue
                self._dropping = False
            return x


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._func = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._func(x):
                return x


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._current_group is not self:
            raise StopIteration
        if p._pending is not None:
            value = p._pending
            p._pending = None
            return value[1]
        try:
            v = next(p._it)
        except StopIteration:
            p._exhausted = True
            p._current_group = None
            raise
        k = v if p._keyfunc is None else p._keyfunc(v)
        if k == self._key:
            return v
        p._pending = (k, v)
        p._current_group = None
        raise StopIteration


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = None          # (key, value) read ahead
        self._current_group = None
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._current_group is not None:
            # Skip the rest of the current group.
            for _ in self._current_group:
                pass
        if self._pending is None:
            if self._exhausted:
                raise StopIteration
            v = next(self._it)
            self._pending = (v if self._keyfunc is None else self._keyfunc(v), v)
        key = self._pending[0]
        group = _grouper(self, key)
        self._current_group = group
        return key, group


class starmap:
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class _tee:
    __slots__ = ('_data', '_index')

    def __init__(self, data, index):
        self._data = data
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index >= data.base + len(data.buffer):
            data.fill()
        item = data.buffer[self._index - data.base]
        self._index += 1
        data.trim()
        return item

    def __copy__(self):
        t = _tee(self._data, self._index)
        self._data.readers.append(t)
        return t


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.base = 0
        self.readers = []

    def fill(self):
        self.buffer.append(next(self.it))

    def trim(self):
        low = min(r._index for r in self.readers)
        drop = low - self.base
        if drop > 0:
            del self.buffer[:drop]
            self.base = low


_tee.__name__ = '_tee'


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        data = _TeeData(it)
        first = _tee(data, 0)
        data.readers.append(first)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class product:
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None if any(not p for p in pools) else [0] * len(pools)
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._indices is None:
            raise StopIteration
        if self._first:
            self._first = False
            return tuple(p[0] for p in self._pools)
        pools, idx = self._pools, self._indices
        for i in reversed(range(len(pools))):
            if idx[i] + 1 < len(pools[i]):
                idx[i] += 1
                for j in range(i + 1, len(pools)):
                    idx[j] = 0
                return tuple(p[k] for p, k in zip(pools, idx))
        self._indices = None
        raise StopIteration


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool, self._n, self._r = pool, n, r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, n, r, indices, cycles = self._pool, self._n, self._r, self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._started = True
            self._last = next(self._it)
        b = next(self._it)
        a, self._last = self._last, b
        return a, b
