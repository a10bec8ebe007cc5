# contextmanager: normal exit, exceptions thrown into the generator, suppression, re-raising the
# same object, and the "didn't yield" / "didn't stop" errors.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)


with tag("a") as v:
    print("body", v)
with tag("b"):
    raise KeyError("k")
print("after suppressed KeyError")
err = ValueError("v")
try:
    with tag("c"):
        raise err
except ValueError as e:
    print("same object:", e is err)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


try:
    with converts():
        1 / 0
except ValueError as e:
    print(e, type(e.__context__).__name__)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes through:", e)


@passthrough()
def decorated():
    return "decorated ok"


print(decorated())
