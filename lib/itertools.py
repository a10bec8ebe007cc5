"""Iterator building blocks, written as small iterator classes so that type names and reprs
match CPython's (type(chain()).__name__ == 'chain', repr(count(5)) == 'count(5)')."""

import sys as _sys

# count, repeat, chain, islice and the combinatoric iterators are C++ (src/modules/itertools),
# as CPython's are C.
from _itertools import (count, repeat, chain, islice, product, permutations, combinations,
                        combinations_with_replacement)

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
