# Handle and TimerHandle: reprs before and after cancel, TimerHandle ordering (<= needs equal
# handles, not just equal times), equality, hash, a failing callback reported to the exception
# handler, policy setters' type errors. Under pygen the pure-Python classes run too
# (events._PyHandle/_PyTimerHandle), under CPython the same classes twice.
import asyncio, asyncio.events as ev, re
def cb(*a): pass
async def main():
    loop = asyncio.get_running_loop()
    for cls in (getattr(ev, "_PyHandle", asyncio.Handle), asyncio.Handle):
        h = cls(cb, (1, 2), loop)
        print(re.sub(r'at \S+', 'at X', repr(h)))
        h.cancel(); print(repr(h))
    for cls in (getattr(ev, "_PyTimerHandle", asyncio.TimerHandle), asyncio.TimerHandle):
        t = cls(5.0, cb, (3,), loop)
        print(re.sub(r'at \S+', 'at X', repr(t)), t.when(), t == cls(5.0, cb, (3,), loop), t <= cls(5.0, cb, (4,), loop), t < cls(6, cb, (), loop), hash(t) == hash(5.0))
        t.cancel(); print(repr(t))
    def bad(): raise ValueError('x')
    loop.set_exception_handler(lambda l, c: print('handler', c['message'][:30], repr(c['exception'])))
    getattr(ev, "_PyHandle", asyncio.Handle)(bad, (), loop)._run()
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print(type(asyncio.get_event_loop_policy()).__name__)
    try: asyncio.set_event_loop_policy(5)
    except TypeError as e: print(e)
    try: asyncio.get_event_loop_policy().set_event_loop(5)
    except TypeError as e: print(e)
asyncio.run(main())
