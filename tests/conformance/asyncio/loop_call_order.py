# call_soon is FIFO; callbacks scheduled while running wait for the next iteration;
# call_later/call_at fire by time, equal times in scheduling order; cancelled handles skip.
# The timers are tenths of a second apart so that a stall of the machine between scheduling and
# running (a loaded CI host) cannot make a later timer due before the first iterations ran.
import asyncio

loop = asyncio.new_event_loop()
log = []


def cb(tag):
    log.append(tag)


def spawner(tag):
    log.append(tag)
    loop.call_soon(cb, tag + "-child")


for i in range(3):
    loop.call_soon(spawner, f"s{i}")
t = loop.time()
h1 = loop.call_at(t + 0.8, cb, "at+0.8")
loop.call_at(t + 0.5, cb, "at+0.5 first")
loop.call_at(t + 0.5, cb, "at+0.5 second")
loop.call_later(0.3, cb, "later 0.3")
loop.call_later(0, cb, "later 0")
h2 = loop.call_later(0.001, cb, "cancelled timer")
h2.cancel()
print("timer when is a float:", isinstance(h1.when(), float), h1.when() == t + 0.8)
print("cancelled:", h2.cancelled(), h1.cancelled())
loop.call_later(1.2, loop.stop)
loop.run_forever()
print(log)

# stop() inside a callback: the rest of this iteration still runs.
log.clear()
loop.call_soon(cb, "a")
loop.call_soon(loop.stop)
loop.call_soon(cb, "b")
loop.call_soon(lambda: loop.call_soon(cb, "next iteration"))
loop.run_forever()
print(log)
log.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print("leftover ran on the following run:", log)
try:
    loop.call_later(None, cb, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(None, cb, "x")
except TypeError as e:
    print("TypeError:", e)
loop.close()
for meth, args in [("call_soon", (cb, 1)), ("call_later", (0, cb, 1)), ("call_at", (0, cb, 1))]:
    try:
        getattr(loop, meth)(*args)
    except RuntimeError as e:
        print(meth, "on closed loop:", e)
loop.close()
print("closing twice is fine:", loop.is_closed())
