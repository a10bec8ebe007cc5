# recursive_repr (a __repr__ decorator that prints fillvalue for a recursive call) and a small
# Repr/repr with size limits. CPython counterpart: Lib/reprlib.py.

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins


def recursive_repr(fillvalue='...'):
    """Decorator: a __repr__ re-entered for the same object returns fillvalue."""
    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        # functools.wraps by hand (reprlib must not import functools).
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr))
        annotations = getattr(user_function, '__annotations__', None)
        wrapper.__annotations__ = {} if annotations is None else annotations
        wrapper.__wrapped__ = user_function
        return wrapper
    return decorating_function


def _in_order(items):
    # Sets and dict keys are shown sorted when their items allow it, as they come otherwise.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _cut_middle(s, limit, fill):
    # The start and end of s around fill, limit - 3 characters of s kept in all.
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


class Repr:
    """repr() with limits: how many items of each container, how deep, how many characters.
    repr1 hands an object to the method named repr_<type name> (spaces in the name become '_'),
    which a subclass may add; anything else goes to repr_instance."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        depth = self.maxlevel
        return self.repr1(x, depth)

    def repr1(self, x, level):
        name = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + name, self.repr_instance)
        return method(x, level)

    def _items(self, x, level, left, right, limit, single_trail=''):
        # The first `limit` items between left and right, fillvalue for the rest or for all of
        # them once maxlevel is used up.
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            shown = []
            for index, item in enumerate(x):
                if index >= limit:
                    break
                shown.append(self.repr1(item, level - 1))
            if count > limit:
                shown.append(self.fillvalue)
            body = ', '.join(shown)
            if count == 1:
                right = single_trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array({x.typecode!r})"
        return self._items(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        shown = []
        for index, key in enumerate(_in_order(x)):
            if index >= self.maxdict:
                shown.append(self.fillvalue)
                break
            shown.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            # Cut the string itself, then its repr (escapes must not be split).
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = _cut_middle(s, self.maxlong, self.fillvalue)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A failing __repr__ still gets a line.
            return f'<{type(x).__name__} instance at {id(x):#x}>'
        if len(s) > self.maxother:
            s = _cut_middle(s, self.maxother, self.fillvalue)
        return s


aRepr = Repr()
repr = aRepr.repr
