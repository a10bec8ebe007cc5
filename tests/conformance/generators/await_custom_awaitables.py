# `await obj` for objects that are not coroutines: __await__ is looked up on the type and a
# Python __await__ is called with the object directly; every kind of __await__ and every bad
# result still behaves as in CPython.
import types


def run(coro):
    out = []
    v = None
    try:
        while True:
            out.append(coro.send(v))
            v = len(out)
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


class Gen:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


class LambdaIter:
    __await__ = lambda self: iter([1, 2])


class Static:
    @staticmethod
    def _aw():
        yield "static"

    def __await__(self):
        return Static._aw()


class ClassM:
    @classmethod
    def __await__(cls):
        yield cls.__name__
        return "cm"


class Callable:
    def __call__(self, obj=None):
        return iter(["callable-instance"])


class CallableAwait:
    __await__ = Callable()   # not a descriptor: called without the object


class NonIter:
    def __await__(self):
        return 42


class ReturnsCoro:
    def __await__(self):
        async def c():
            pass
        return c()


class SelfDeleting:
    def __await__(self):
        del SelfDeleting.__await__
        yield "once"
        return "gone"


class InstanceOnly:
    pass


class Raising:
    def __await__(self):
        raise KeyError("inside __await__")


@types.coroutine
def gen_coro():
    yield "types.coroutine"
    return "tc"


async def main(obj):
    return await obj


for obj in (Gen("g"), LambdaIter(), Static(), ClassM(), CallableAwait(), NonIter(), ReturnsCoro(),
            SelfDeleting(), Raising(), gen_coro()):
    print(type(obj).__name__, run(main(obj)))
print("again", run(main(SelfDeleting())))
i = InstanceOnly()
i.__await__ = lambda: iter([1])
print(run(main(i)))


async def chain(n):
    total = 0
    for k in range(n):
        total += (await Gen(k))[1]
    return total


print(run(chain(30))[-1])
