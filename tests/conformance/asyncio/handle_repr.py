# Reprs of Handle, cancelled handles, and a loop's repr.
import asyncio


def clean(text):
    # CPython's script paths are absolute: keep only the file name.
    folder = __file__.rpartition("/")[0]
    return text.replace(folder + "/", "") if folder else text


def plain(a, b):
    pass


class C:
    def method(self):
        pass


loop = asyncio.new_event_loop()
print(clean(repr(loop.call_soon(plain, 1, "two"))))
print(clean(repr(loop.call_soon(C().method))))
print(clean(repr(loop.call_soon(print))))
print(clean(repr(loop.call_soon(lambda: None))))
h = loop.call_soon(plain, [1, 2, 3, 4, 5, 6, 7, 8], "x" * 50)
print(clean(repr(h)))
h.cancel()
print(clean(repr(h)))
t = loop.call_later(10, plain, 1, 2)
print(clean(repr(t).split(" when=")[0]), "when=" in repr(t))
t.cancel()
print(repr(t).split(" when=")[0])
print(type(h).__name__, type(t).__name__, isinstance(t, asyncio.Handle))
print(clean(repr(loop)))
loop.close()
print(clean(repr(loop)))
