# The inspect is* predicates on functions, generators, coroutines and async generators.
import inspect
import sys


def plain():
    pass


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


class C:
    def method(self):
        pass

    async def amethod(self):
        pass


class Awaitable:
    def __await__(self):
        yield


for f in (plain, gen, coro, agen, C().method, C().amethod, len, C):
    print(getattr(f, '__name__', f),
          inspect.isfunction(f), inspect.ismethod(f), inspect.isbuiltin(f), inspect.isroutine(f),
          inspect.isclass(f), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f))

g, c, a = gen(), coro(), agen()
for o in (g, c, a, Awaitable(), 5):
    print(type(o).__name__, inspect.isgenerator(o), inspect.iscoroutine(o), inspect.isasyncgen(o),
          inspect.isawaitable(o))
c.close()
print(inspect.ismodule(sys), inspect.ismodule(C))
print(inspect.isframe(inspect.currentframe()), inspect.iscode(plain.__code__))
print(inspect.currentframe().f_code.co_name)
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
