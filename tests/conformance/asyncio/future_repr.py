# Future reprs in every state, with done callbacks listed, and Future errors.
import asyncio


def clean(text):
    # CPython's script paths are absolute: keep only the file name.
    folder = __file__.rpartition("/")[0]
    return text.replace(folder + "/", "") if folder else text


def first(f):
    pass


def second(f):
    pass


def third(f):
    pass


loop = asyncio.new_event_loop()
f = loop.create_future()
print(clean(repr(f)))
f.add_done_callback(first)
print(clean(repr(f)))
f.add_done_callback(second)
print(clean(repr(f)))
f.add_done_callback(third)
f.add_done_callback(first)
print(clean(repr(f)))
print("removed:", f.remove_done_callback(first), f.remove_done_callback(first))
print(clean(repr(f)))
f.set_result([1, 2, 3, 4, 5, 6, 7, 8, 9])
print(clean(repr(f)))
g = loop.create_future()
g.set_exception(KeyError("k"))
print(clean(repr(g)))
print(clean(repr(g.exception())))
c = loop.create_future()
c.cancel()
print(clean(repr(c)), c.cancelled(), c.done())
s = loop.create_future()
s.set_result("x" * 100)
print(clean(repr(s)))
e = loop.create_future()
try:
    e.exception()
except asyncio.InvalidStateError as err:
    print("InvalidStateError:", err)
try:
    e.set_exception(StopIteration())
except TypeError as err:
    print("TypeError:", err)
e.set_exception(ValueError)
print(clean(repr(e.exception())))
try:
    e.set_exception(ValueError())
except asyncio.InvalidStateError as err:
    print("InvalidStateError:", err)
try:
    c.result()
except asyncio.CancelledError as err:
    print("cancelled result():", repr(err))
m = loop.create_future()
m.cancel("reason")
try:
    m.result()
except asyncio.CancelledError as err:
    print("cancelled with message:", repr(err))
print(asyncio.isfuture(m), asyncio.isfuture(1), asyncio.Future is type(m))
print(m.get_loop() is loop)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
