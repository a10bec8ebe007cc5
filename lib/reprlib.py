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
        wrapper.__wrapped__ = user_function
        return wrapper
    return decorating_function


class Repr:
    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxdict = 4
        self.maxset = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        if isinstance(x, str):
            limit = self.maxstring
            s = builtins.repr(x[:limit])
            if len(s) > limit:
                i = max(0, (self.maxstring - 3) // 2)
                j = max(0, self.maxstring - 3 - i)
                s = builtins.repr(x[:i] + x[len(x) - j:])
                s = s[:i] + '...' + s[len(s) - j:]
            return s
        if isinstance(x, (list, tuple)):
            limit = self.maxlist if isinstance(x, list) else self.maxtuple
            left, right = ('[', ']') if isinstance(x, list) else ('(', ')')
            if not x:
                return left + right
            if level <= 0:
                return left + '...' + right
            parts = [self.repr1(e, level - 1) for e in x[:limit]]
            if len(x) > limit:
                parts.append('...')
            if isinstance(x, tuple) and len(x) == 1:
                return '(' + parts[0] + ',)'
            return left + ', '.join(parts) + right
        if isinstance(x, dict):
            if not x:
                return '{}'
            if level <= 0:
                return '{...}'
            parts = []
            for k in list(x)[:self.maxdict]:
                parts.append('%s: %s' % (self.repr1(k, level - 1), self.repr1(x[k], level - 1)))
            if len(x) > self.maxdict:
                parts.append('...')
            return '{' + ', '.join(parts) + '}'
        if isinstance(x, int):
            s = builtins.repr(x)
            if len(s) > self.maxlong:
                i = max(0, (self.maxlong - 3) // 2)
                j = max(0, self.maxlong - 3 - i)
                s = s[:i] + '...' + s[len(s) - j:]
            return s
        s = builtins.repr(x)
        if len(s) > self.maxother:
            i = max(0, (self.maxother - 3) // 2)
            j = max(0, self.maxother - 3 - i)
            s = s[:i] + '...' + s[len(s) - j:]
        return s


aRepr = Repr()
repr = aRepr.repr
