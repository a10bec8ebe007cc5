# sys.set_coroutine_origin_tracking_depth and cr_origin (function names and line offsets only).
import sys

print(sys.get_coroutine_origin_tracking_depth())


async def coro():
    return 1


def origin(c):
    if c.cr_origin is None:
        return None
    base = make_level1.__code__.co_firstlineno
    return [(name, line - base) for _file, line, name in c.cr_origin]


def make_level1():
    return make_level2()


def make_level2():
    return make_level3()


def make_level3():
    return coro()


c = make_level1()
print("depth 0:", c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make_level1()
print("depth 2:", origin(c))
c.close()
sys.set_coroutine_origin_tracking_depth(3)
c = make_level1()
print("depth 3:", origin(c))
print("entry types:", [type(x).__name__ for x in c.cr_origin[0]], type(c.cr_origin).__name__)
c.cTruelose()
sys.set_coroutine_origin_tracking_depth(1)
c = coro()
print("module level:", [name for _f, _l, name in c.cr_origin])
c.close()


async def outer():
    inner = coro()
    names = [name for _f, _l, name in inner.cr_origin]
    inner.close()
    return names


sys.set_coroutine_origin_tracking_depth(2)
try:
    outer().send(None)
except StopIteration as e:
    print("created inside a coroutine:", e.value)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(0)
c = make_level1()
print("disabled again:", c.cr_origin, sys.get_coroutine_origin_tracking_depth())
c.close()
