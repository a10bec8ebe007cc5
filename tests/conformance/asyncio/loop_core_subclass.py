# The loop core (Handle, TimerHandle, call_soon/call_at/call_later, _run_once) behind a loop that
# stays a Python class: subclasses overriding call_soon and time() are honoured by Tasks and
# Futures, handles compare and hash by time, and bad arguments raise CPython's errors.
import asyncio
import asyncio.events as events


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.soon_calls = 0

    def call_soon(self, callback, *args, context=None):
        self.soon_calls += 1
        return super().call_soon(callback, *args, context=context)


class SlowClockLoop(asyncio.SelectorEventLoop):
    # A loop whose clock starts far in the future: timers must use time(), not the core's clock.
    def time(self):
        return super().time() + 1000.0


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


def main():
    loop = CountingLoop()
    print(loop.run_until_complete(work(3)), loop.soon_calls >= 4)
    h = loop.call_soon(print, 'x')
    print(type(h).__name__, isinstance(h, asyncio.Handle), h.cancelled())
    h.cancel()
    print(h.cancelled(), repr(h))
    t1 = loop.call_at(10, print)
    t2 = loop.call_at(10.0, print)
    t3 = loop.call_at(5, print)
    print(t1 == t2, t3 < t1, t1 <= t2, t1 > t3, hash(t1) == hash(10), t1.when(), t3.when())
    print(sorted([t1, t3, t2])[0] is t3)
    t1.cancel()
    print(loop._timer_cancelled_count, len(loop._scheduled), len(loop._ready))
    for bad in (lambda: loop.call_at(None, print), lambda: loop.call_later(None, print),
                lambda: loop.call_soon()):
        try:
            bad()
        except TypeError as e:
            print('TypeError:', e)
    loop.close()
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print('RuntimeError:', e)

    slow = SlowClockLoop()
    order = []
    slow.call_later(0.01, order.append, 'later')
    slow.call_soon(order.append, 'soon')
    slow.run_until_complete(asyncio.sleep(0.02))
    print(order)
    slow.close()



main()
