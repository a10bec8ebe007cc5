# types: the built-in type names, SimpleNamespace, MappingProxyType, new_class, coroutine wrapping
# of a non-generator callable.
import sys
import types


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


class C:
    def m(self):
        pass


c = coro()
print(type(gen()) is types.GeneratorType, type(c) is types.CoroutineType,
      type(agen()) is types.AsyncGeneratorType)
c.close()
print(types.FunctionType is type(gen), types.LambdaType is types.FunctionType,
      type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType,
      type(sys) is types.ModuleType, type(gen.__code__) is types.CodeType,
      type(sys._getframe()) is types.FrameType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b="two", c=[3]), types.SimpleNamespace())
mp = types.MappingProxyType({"k": 1})
print(mp["k"], list(mp.items()), "k" in mp, len(mp))
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError:", e)
Made = types.new_class("Made", (C,), {}, lambda ns: ns.update(attr=5))
print(Made.__name__, Made.attr, issubclass(Made, C))


class Step:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def send(self, v):
        return "sent %r" % (v,)

    def throw(self, *a):
        pass

    def close(self):
        pass


@types.coroutine
def wrapped():
    return Step()


async def use():
    return await wrapped()


u = use()
print(u.send(None) if False else "made", type(wrapped()).__name__ != "Step")
u.close()
