# RecursionError parity with CPython 3.11 for three more paths: a class's __getattr__ is reached
# without creating the AttributeError of the failed generic lookup (CPython's
# slot_tp_getattr_hook suppresses it; creating it called the exception class, which counts a
# level, so the message said 'while calling a Python object'), and dir() and functools.reduce,
# METH_VARARGS functions in CPython, count a level each call. The depth reached and the message
# at several limits.
import functools
import sys

n = [0]


class Attr:
    def __getattr__(self, name):
        n[0] += 1
        return self.other


class GetattrBuiltin:
    def __getattr__(self, name):
        n[0] += 1
        return getattr(self, name)


class GetattrDefault:
    def __getattr__(self, name):
        n[0] += 1
        return getattr(self, name, None)


class Has:
    def __getattr__(self, name):
        n[0] += 1
        return hasattr(self, name)


class Dir:
    def __dir__(self):
        n[0] += 1
        return dir(self)


def red(a, b):
    n[0] += 1
    return functools.reduce(red, [a, b])


class Found:
    x = 1

    def __getattr__(self, name):
        return 'fallback ' + name


def run(label, f, quiet=False):
    if not quiet:
        run(label, f, quiet=True)   # warm the call sites first, as recursion_paths does
    for limit in (100, 101, 102, 103):
        sys.setrecursionlimit(limit)
        n[0] = 0
        try:
            f()
            msg = 'no error'
        except RecursionError as e:
            msg = str(e)
        sys.setrecursionlimit(1000)
        if not quiet:
            print(label, limit, n[0], msg)


run('attr', lambda: Attr().x)
run('getattr builtin', lambda: GetattrBuiltin().x)
run('getattr default', lambda: GetattrDefault().x)
run('hasattr', lambda: Has().x)
run('dir', lambda: dir(Dir()))
run('reduce', lambda: functools.reduce(red, [1, 2]))

# The hook still finds real attributes and falls back for missing ones; an AttributeError from a
# property reaches __getattr__ too.
f = Found()
print(f.x, f.y, getattr(f, 'z'), hasattr(f, 'anything'))


class Prop:
    @property
    def p(self):
        raise AttributeError('inner')

    def __getattr__(self, name):
        return 'getattr ' + name


print(Prop().p)


class NoFallback:
    def __getattr__(self, name):
        raise AttributeError(name + ' really missing')


try:
    NoFallback().q
except AttributeError as e:
    print(type(e).__name__, e)
