# What asyncio.run/Runner do around the main coroutine: the runner's context shared by its
# runs (and an explicit one), debug mode, loop_factory, leftover tasks that fail while being
# cancelled (reported to the exception handler), leftover tasks that ignore cancellation
# once, async generators closed at shutdown, get_event_loop inside a run, errors for
# non-coroutines and nested runs.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='-')


async def set_var(value):
    before = var.get()
    var.set(value)
    return before


async def report(name):
    loop = asyncio.get_running_loop()
    return name, loop.get_debug(), asyncio.get_event_loop() is loop


with asyncio.Runner(debug=True) as runner:
    print(runner.run(set_var('one')), runner.run(set_var('two')), var.get())
    ctx = contextvars.copy_context()
    print(runner.run(set_var('three'), context=ctx), ctx[var], runner.run(set_var('four')))
    print(runner.run(report('debug')))

made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


with asyncio.Runner(loop_factory=factory) as runner:
    print(runner.run(report('factory')), runner.get_loop() is made[0])
print('factory loop closed', made[0].is_closed())

log = []


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('stubborn ignores the first cancel')
        await asyncio.sleep(0)
        return 'finished anyway'


async def fails_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError('cleanup failed')


async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append('agen closed')


async def main():
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, ctx: log.append(f"handler: {ctx['message']} {ctx['exception']!r}"))
    asyncio.create_task(stubborn())
    asyncio.create_task(fails_on_cancel())
    g = agen()
    await g.__anext__()
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(main()))
for line in sorted(log):
    print(' ', line)


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    c = set_var('x')
    try:
        outer_runner.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()

outer_runner = asyncio.Runner()
asyncio.run(nested())
outer_runner.close()
try:
    outer_runner.run(set_var('y'))
except RuntimeError as e:
    print('RuntimeError', e)
for bad in (None, 5):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError', e)
