# inspect.getgeneratorstate/getcoroutinestate through every state, and getgeneratorlocals.
import inspect


def gen():
    x = 1
    print("inside:", inspect.getgeneratorstate(g))
    y = yield x
    return y


g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g).items()))
try:
    g.send(7)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

g2 = gen()
g2.close()
print("closed before start:", inspect.getgeneratorstate(g2))


class Yielder:
    def __await__(self):
        yield "pause"


async def coro():
    print("inside:", inspect.getcoroutinestate(c))
    await Yielder()


c = coro()
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
try:
    inspect.getgeneratorlocals(1)
except TypeError as e:
    print("TypeError:", e)
