# Deep recursion through the C++ paths that cost the most stack per level (repr of a nested
# call, comparison, class call with __init__, list.count's comparisons, hash), under a raised
# limit: each must end in RecursionError, never a stack overflow. pygen runs Python on a thread
# with a 1 GiB stack (src/main.cpp), ample for this limit also in the sanitizer build.
import sys

d = [0]


class R:
    def __repr__(self):
        d[0] += 1
        return repr(R())


class E:
    def __eq__(self, o):
        d[0] += 1
        return [E()].count(o)


class A:
    def __init__(self):
        d[0] += 1
        A()


class H:
    def __hash__(self):
        d[0] += 1
        return hash(H())


class F:
    def __format__(self, spec):
        d[0] += 1
        return f"{F():{spec}}"


paths = [('repr', lambda: R().__repr__()), ('eq', lambda: E().__eq__(1)), ('init', A),
         ('hash', lambda: H().__hash__()), ('format', lambda: F().__format__('x'))]
for _ in range(3):   # warm: CPython's call sites specialize
    for name, fn in paths:
        try:
            fn()
        except RecursionError:
            pass
sys.setrecursionlimit(12000)
for name, fn in paths:
    d[0] = 0
    try:
        fn()
    except RecursionError as e:
        print(name, d[0], e)
sys.setrecursionlimit(1000)
