# The exceptions the generator machinery raises with no arguments (GeneratorExit for close(),
# StopIteration at the end, StopAsyncIteration) are built by the class's __new__ alone: they must
# look exactly like ones made by calling the class, chained as before.


def catcher(log):
    try:
        yield 1
    except GeneratorExit as e:
        log.append((repr(e), e.args, type(e).__mro__[1].__name__, e.__context__, e.__cause__,
                    e.__traceback__ is not None, getattr(e, "__notes__", None)))
        raise


log = []
g = catcher(log)
next(g)
g.close()
print(log)


def in_except():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield 1
        except GeneratorExit as e:
            print("context:", repr(e.__context__))
            raise


g = in_except()
next(g)
g.close()


def ends():
    yield 1


it = ends()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.args, e.value, e.__context__)
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.args, e.value)


async def agen():
    yield 1


a = agen()
c = a.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print("first:", repr(e), e.value)
c = a.__anext__()
try:
    c.send(None)
except StopAsyncIteration as e:
    print(repr(e), e.args, hasattr(e, "value"))   # no value attribute, unlike StopIteration


class MyExit(GeneratorExit):
    pass


def raises_sub():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__)
        raise


g = raises_sub()
next(g)
try:
    g.throw(MyExit)
except MyExit as e:
    print("propagated", repr(e))
