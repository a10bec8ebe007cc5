# Run by pygen (from trace_gen_test.py): pygen.svg() of each kind of object the pictures cover,
# written to the folder given as argv[1] for the test to parse with python3's XML parser.
import asyncio
import os
import sys

import pygen

out = sys.argv[1]


def save(name, obj):
    with open(os.path.join(out, name + ".svg"), "w") as f:
        f.write(pygen.svg(obj))


def inner():
    x = yield 1
    return x


def outer():
    try:
        raise KeyError("k")
    except KeyError:
        r = yield from inner()
    return r


g = outer()
save("gen_created", g)
next(g)
save("gen_yield_from", g)
save("frame", g.gi_frame)


async def sleeper():
    await asyncio.sleep(0)
    return 5


async def waiter():
    return await sleeper()


c = waiter()
c.send(None)
save("coroutine_await", c)


async def agen():
    yield 1
    yield 2


a = agen()
asend = a.asend(None)
save("asend", asend)
try:
    asend.send(None)
except StopIteration:
    pass
save("async_gen", a)
for bad in [1, "text"]:
    try:
        pygen.svg(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw(ValueError)
except ValueError:
    pass
save("gen_finished", g)
c.close()
print("done")
