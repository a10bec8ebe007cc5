# asyncio.timeout/timeout_at (repr, reschedule, expiry into TimeoutError, outer cancellation),
# Runner (context, debug, loop_factory, closed state, nesting errors), run() errors, and the
# write flow control of transports (pause/resume at the water marks, failing protocol calls).
import asyncio
import contextvars
import re
from asyncio import transports


def masked(text):
    return re.sub(r'when=[0-9.]+', 'when=T', text)


async def timeouts():
    async with asyncio.timeout(None) as t:
        print(masked(repr(t)), t.when(), t.expired())
    print(repr(t))
    try:
        async with asyncio.timeout(0.01) as t:
            print(masked(repr(t)))
            await asyncio.sleep(1)
    except TimeoutError:
        print('TimeoutError', t.expired(), repr(t))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 10) as t:
            t.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled into the past')
    async with asyncio.timeout(10) as t:
        t.reschedule(None)
        print(repr(t), t.when())
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def victim():
        async with asyncio.timeout(10):
            await asyncio.sleep(1)
    task = asyncio.ensure_future(victim())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('outer cancel stays CancelledError')


asyncio.run(timeouts())
try:
    asyncio.timeout(None)
except RuntimeError as e:
    print('RuntimeError:', e)
var = contextvars.ContextVar('var', default='none')


async def read_var():
    return var.get(), asyncio.get_running_loop().get_debug()


with asyncio.Runner(debug=True) as runner:
    print(runner.run(read_var()))
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'mine')
    print(runner.run(read_var(), context=ctx), runner.get_loop().is_closed())
    loop = runner.get_loop()
print(loop.is_closed())
pending = read_var()
try:
    runner.run(pending)
except RuntimeError as e:
    print('RuntimeError:', e)
pending.close()
for bad in (lambda r: r.run(5), lambda r: r.run(read_var)):
    with asyncio.Runner() as r:
        try:
            bad(r)
        except ValueError as e:
            print('ValueError:', str(e)[:40])
made = []
with asyncio.Runner(loop_factory=lambda: made.append(1) or asyncio.new_event_loop()) as r:
    print(r.run(asyncio.sleep(0, 'slept')), made)


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()


asyncio.run(nested())


class Proto(asyncio.Protocol):
    def __init__(self, fail=False):
        self.events = []
        self.fail = fail

    def pause_writing(self):
        self.events.append('pause')
        if self.fail:
            raise ValueError('pause failed')

    def resume_writing(self):
        self.events.append('resume')


class FakeTransport(transports._FlowControlMixin):
    def __init__(self, loop, protocol):
        super().__init__(extra={'peer': 'x'}, loop=loop)
        self._protocol = protocol
        self.size = 0

    def get_write_buffer_size(self):
        return self.size


async def flow():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append((ctx['message'], type(ctx['exception']).__name__)))
    for fail in (False, True):
        p = Proto(fail)
        t = FakeTransport(loop, p)
        print(t.get_write_buffer_limits(), t.get_extra_info('peer'), t.get_extra_info('nope', 'dflt'))
        t.set_write_buffer_limits(high=100)
        print(t.get_write_buffer_limits())
        t.size = 150
        t._maybe_pause_protocol()
        t._maybe_pause_protocol()
        t.size = 30
        t._maybe_resume_protocol()
        t.size = 20
        t._maybe_resume_protocol()
        t.set_write_buffer_limits(low=10)
        print(p.events, t.get_write_buffer_limits())
        for hi, lo in ((1, 2), (-1, None)):
            try:
                t.set_write_buffer_limits(high=hi, low=lo)
            except ValueError as e:
                print('ValueError:', e)
    print(reports)


asyncio.run(flow())
