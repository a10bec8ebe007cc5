# Reprs of Handle, cancelled handles, and a loop's repr.
import asyncio


def plain(a, b):
    pass


class C:
    def method(self):
        pass


loop = asyncio.new_event_loop()
print(repr(loop.call_soon(plain, 1, "two")))
print(repr(loop.call_soon(C().method)))
print(repr(loop.call_soon(print)))
print(repr(loop.call_soon(lambda: None)))
h = loop.call_soon(plain, [1, 2, 3, 4, 5, 6, 7, 8], "x" * 50)
print(repr(h))
h.cancel()
print(repr(h))
t = loop.call_later(10, plain, 1, 2)
print(repr(t).split(" when=")[0], "when=" in repr(t))
t.cancel()
print(repr(t).split(" when=")[0])
print(type(h).__name__, type(t).__name__, isinstance(t, asyncio.Handle))
print(repr(loop))
loop.close()
print(repr(loop))
