# The pure-Python Task (asyncio.tasks._PyTask) installed as the loop's task factory, next to the
# default Task: step order, context variables kept across steps, bad yields and their messages,
# awaiting itself, cancel()/cancelling()/uncancel() counts and messages, cancel during the last
# step, set_result/set_exception refused, names, reprs and get_stack; plus gather, wait,
# wait_for, shield and as_completed run on those tasks.
import asyncio, contextvars, re, types

var = contextvars.ContextVar('var', default='unset')


def clean(text):
    text = re.sub(r' at [^ >]+:\d+', ' at FILE', str(text))
    text = re.sub(r'Task-\d+', 'Task-N', text)
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)


@types.coroutine
def bare_yield(value):
    yield value


async def scenarios(label):
    loop = asyncio.get_running_loop()
    order = []

    async def worker(name, steps):
        for i in range(steps):
            order.append(f'{name}{i}')
            await asyncio.sleep(0)
        return name

    tasks = [asyncio.ensure_future(worker(n, 3)) for n in 'abc']
    print(label, await asyncio.gather(*tasks), ' '.join(order))

    async def keeps_context():
        var.set('inside')
        await asyncio.sleep(0)
        await asyncio.sleep(0.001)
        return var.get()

    print('context', await asyncio.create_task(keeps_context()), var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'given')
    t = asyncio.create_task(keeps_context(), context=ctx)
    print('given context', await t, ctx[var])

    for value in (123, (x for x in ()), loop.create_future()):
        async def yielder(v=value):
            await bare_yield(v)
        try:
            await asyncio.create_task(yielder())
        except RuntimeError as e:
            print('RuntimeError', clean(e).split(' with ')[0].split(' in task')[0])

    async def self_await():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError', clean(e).split(':')[0])

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            order.append(f'caught {e.args}')
            raise

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel', t.cancel('first'), t.cancel('second'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', e.args, order[-1], t.cancelled(), t.cancel())

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            n = asyncio.current_task().uncancel()
            return f'swallowed, {n} left'

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelling(), t.uncancel())

    async def last_step():
        asyncio.current_task().cancel('during')
        return 'value'

    t = asyncio.create_task(last_step())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled in last step', e.args)

    async def cancel_before_start():
        order.append('never')

    t = asyncio.create_task(cancel_before_start())
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled before start', e.args, 'never' in order)

    t = asyncio.create_task(worker('n', 1), name=42)
    print('name', repr(t.get_name()), clean(repr(t)).replace('_PyTask', 'Task'))
    t.set_name('renamed')
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)
    print('stack', len(t.get_stack()), type(t.get_coro()).__name__)
    await t
    print('done', clean(repr(t)).replace('_PyTask', 'Task'), len(t.get_stack()))

    async def fails():
        await asyncio.sleep(0)
        raise KeyError('k')

    t = asyncio.create_task(fails())
    try:
        await t
    except KeyError as e:
        print('KeyError', e, clean(repr(t)).replace('_PyTask', 'Task'))

    # helpers running on these tasks
    print(await asyncio.gather(fails(), worker('g', 1), return_exceptions=True))
    done, pending = await asyncio.wait([asyncio.create_task(worker('w', 2)),
                                        asyncio.create_task(asyncio.sleep(1))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print('wait', len(done), len(pending))
    for p in pending:
        p.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for TimeoutError', type(e.__cause__).__name__)
    print('wait_for', await asyncio.wait_for(worker('f', 1), 1))
    inner = asyncio.create_task(worker('s', 3))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    print('shield', outer.cancelled(), await inner)
    results = []
    for nxt in asyncio.as_completed([asyncio.sleep(0.02, 'slow'), asyncio.sleep(0, 'fast')]):
        results.append(await nxt)
    print('as_completed', results)
    print('all_tasks', len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())


async def main():
    await scenarios('default')
    asyncio.get_running_loop().set_task_factory(
        lambda loop, coro, **kw: asyncio.tasks._PyTask(coro, loop=loop, **kw))
    await scenarios('_PyTask')

asyncio.run(main())
