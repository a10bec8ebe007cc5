# sys.exc_info() and sys.exception() outside, inside and after an except block, including nesting.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info(), sys.exception())


def handler():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError:
    print(type(handler()).__name__)
print(handler())
