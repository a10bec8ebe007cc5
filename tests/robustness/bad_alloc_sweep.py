# Allocation-failure sweep (#9): for each program below, the N-th C++ allocation (operator new)
# fails with std::bad_alloc (pygen._fail_new), then the N-th allocation of the runtime's objects
# and buffers returns null (pygen._fail_alloc), for N = 1, 2, ... until the program runs through
# without reaching it. Each failure must end as a MemoryError (or leave the program's own result), and the
# operands of the instruction that was running must not leak: their reference counts are the
# same afterwards. Run by ctest (bad_alloc_sweep); under ASan, LeakSanitizer checks the rest.
import gc
import sys
import types
import pygen

MAX_POINTS = 2000   # bound per program (CI time)


class Obj:
    pass


class Truthy:
    def __bool__(self):
        return [1] * 3 != []


class Pair:
    def __iter__(self):
        return iter([Obj(), Obj()])


class Mapping(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v)


class NotExc:
    pass


class Point:
    __match_args__ = ('x',)

    def __init__(self):
        self.x = 1


class Delegate:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n

    def send(self, v):
        return self.__next__()


o = Obj()
t = Truthy()
pair = Pair()
nexc = NotExc()
pt = Point()
star_mod = types.ModuleType('bad_alloc_star')
star_mod.__all__ = ['a', 'b']
star_mod.a = o
star_mod.b = [o]
sys.modules['bad_alloc_star'] = star_mod


# These run code compiled beforehand; p_compile and p_exec_source sweep the compiler itself.
STORE_NAME_CODE = compile("x = o\ny = [o, 'abc' * 3]\n", '<sweep>', 'exec')
STORE_GLOBAL_CODE = compile("global gx\ngx = o\ngy = (o, o)\n", '<sweep>', 'exec')
IMPORT_STAR_CODE = compile("from bad_alloc_star import *", '<sweep>', 'exec')


def p_store_name():
    ns = Mapping()
    exec(STORE_NAME_CODE, {'o': o}, ns)


def p_store_global():
    exec(STORE_GLOBAL_CODE, {'o': o})


def p_pop_jump():
    n = 0
    for _ in range(3):
        if t:
            n += 1
    while not t:
        pass
    return n


def p_unpack():
    a, b = pair
    c, *d = pair
    *e, f = [o, o, o]
    g, h = iter((o, o))
    i, j = map(str, (o, o))
    k, *m = map(format, (o, o), ('', ''))
    return a, b, c, d, e, f, g, h, i, j, k, m


def p_call_ex():
    def f(*args, **kw):
        return len(args) + len(kw)
    f(*[o, o], **{'k': o})
    f(*(x for x in (o,)))
    print(*[o], sep='', end='', file=Sink())
    try:
        o(*[1])
    except TypeError:
        pass
    try:
        f(*5)
    except TypeError:
        pass
    try:
        len(**{'x': o})
    except TypeError:
        pass


class Sink:
    def write(self, s):
        return len(s)


def p_make_function():
    def g(a=o, *, b=o) -> 'Obj':
        return a, b
    h = lambda x=o: x
    return g, h


def p_raise():
    for exc in (nexc, ValueError, ValueError(o)):
        try:
            raise exc
        except (TypeError, ValueError):
            pass
    try:
        raise ValueError from nexc
    except TypeError:
        pass


def p_exc_match():
    try:
        try:
            raise KeyError(o)
        except NotExc:
            pass
    except TypeError:
        pass


def p_except_star():
    try:
        raise ExceptionGroup('g', [ValueError(o), KeyError(o)])
    except* ValueError:
        pass
    except* KeyError:
        pass


def p_import_star():
    exec(IMPORT_STAR_CODE, {})


def p_match_class():
    match pt:
        case Point(x=1):
            r = 1
        case _:
            r = 0
    match pt:
        case Point(1):
            r += 1
    return r


def p_send():
    def gen():
        r = yield from Delegate()
        return r
    g = gen()
    next(g)
    try:
        while True:
            g.send(o)
    except StopIteration:
        pass


def p_sorted():
    # Enough items for the merge's scratch space; the key calls and the sort both allocate.
    r = sorted([o, t, pair] * 40, key=id)
    s = sorted([o, t, pair] * 40, key=id, reverse=True)
    u = [pair, o, t] * 30
    u.sort(key=id)
    return r, s, u


# A small source that reaches most of the compiler: functions with defaults and closures, a class,
# comprehensions, try/except/finally, with, match, f-strings, augmented assignment and decorators.
SOURCE = """\
import sys as _s
x = [o, 1, 'a'] * 2
def f(a, b=o, *c, d=2, **e):
    def g():
        nonlocal a
        a += 1
        return a
    return g() + sum(i for i in c if i) + len([j for j in e])
@staticmethod
def h(): pass
class C(object):
    y = f(1, 2, 3)
    def m(self, *, k=None):
        try:
            return {k: self for _ in range(2)}
        except (TypeError, ValueError) as err:
            raise RuntimeError('x') from err
        finally:
            del k
with open.__class__ and _s.stdout as out:
    z = f'{x!r:>{2}}' if x else None
match x:
    case [a0, 1, *rest] if a0:
        w = rest
    case {'k': v, **kw}:
        w = kw
    case _:
        w = -1
lam = lambda q, /, r=o: (q, r, (yield_ := 3))
assert x, 'msg'
"""


def p_compile():
    compile(SOURCE, '<sweep>', 'exec')
    compile('o.attr + [1, 2][0]', '<sweep>', 'eval')
    compile('for i in o: print(i)\n', '<sweep>', 'single')


def p_exec_source():
    exec("a = [o, o]\ndef f(x=o):\n    return [x] * 2\nb = f()\nclass K:\n    c = a\n", {'o': o})
    eval('(o, [o], {o: 1})', {'o': o})


class RaisedError(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = args


def p_raise_args():
    for make in (lambda: ValueError(o, 'x'), lambda: KeyError(o), lambda: RaisedError(o, o, 1),
                 lambda: OSError(2, 'no such', o)):
        try:
            raise make()
        except Exception as e:
            r = e.args
    try:
        raise RaisedError(o) from ValueError(o)
    except RaisedError:
        pass
    try:
        raise ValueError from KeyError
    except ValueError:
        pass
    try:
        try:
            raise ValueError(o)
        except ValueError:
            raise KeyError(o, o)
    except KeyError:
        pass
    args = (o, o, o)
    try:
        raise RaisedError(*args)
    except RaisedError:
        pass
    return r


def p_mixed():
    d = {str(i): [o] * i for i in range(5)}
    s = f"{o!r:>10}" + ''.join(d)
    return d, s


tracked = [o, t, pair, nexc, pt, star_mod]
failures = 0
# Two kinds of failure: a C++ allocation (operator new) throwing std::bad_alloc, and one of the
# runtime's own allocations (objects, tables, payloads) returning null.
for inject in (pygen._fail_new, pygen._fail_alloc):
    for name, fn in list(globals().items()):
        if not name.startswith('p_'):
            continue
        fn()   # warm-up: caches and specializations settle before the counts are taken
        gc.collect()   # a raised exception's traceback and frames form cycles
        base = [sys.getrefcount(x) for x in tracked]
        bad = failures
        points = 0
        for n in range(1, MAX_POINTS + 1):
            inject(n)
            err = None
            try:
                fn()
            except MemoryError:
                pass
            except BaseException as e:
                err = e
            left = inject(0)
            if err is not None and left == 0:
                print(f"{name}: allocation {n}: {type(err).__name__}: {err} instead of MemoryError")
                failures += 1
            elif err is not None:
                print(f"{name}: {type(err).__name__}: {err} without an injected failure")
                failures += 1
            gc.collect()
            now = [sys.getrefcount(x) for x in tracked]
            if now != base:
                print(f"{name}: allocation {n}: reference counts {base} -> {now}")
                failures += 1
                base = now
            if left:
                break   # ran through: every allocation point of the program was failed once
            points += 1
        else:
            print(f"{name}: more than {MAX_POINTS} allocation points")
        print(inject.__name__, name[2:], 'ok' if failures == bad else 'FAILED', points, 'allocation points')
sys.exit(1 if failures else 0)
