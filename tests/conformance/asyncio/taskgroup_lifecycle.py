# TaskGroup's life cycle: reprs while entered, aborting and done; the parent cancelled once by
# the group and uncancelled (cancelling() back to 0) when the body is left; an outside cancel
# while waiting on the children; a failure in the body with children running; SystemExit in a
# child passing through as itself; a child failing after its parent finished (the exception
# handler is told); create_task refused at each stage; the body's own exception combined
# with the children's in the ExceptionGroup, in order.
import asyncio, re


def r(obj):
    return re.sub(r'Task-\d+', 'Task-N', re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))


async def child(log, name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if fail is not None:
        log.append(f'{name} fails')
        raise fail
    log.append(f'{name} done')
    return name


async def main():
    log = []
    tg = asyncio.TaskGroup()
    print(r(tg))
    async with tg:
        t = tg.create_task(child(log, 'a', 0))
        print(r(tg))
    print(r(tg), t.result(), log)

    # a child fails: siblings and the body are cancelled, the parent's count goes back to 0
    log.clear()
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log, 'slow', 1))
            tg.create_task(child(log, 'bad', 0, ValueError('v')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append(f'body cancelled, parent cancelling={me.cancelling()} {r(tg)}')
                raise
    except* ValueError as eg:
        print('ValueError group', [repr(e) for e in eg.exceptions])
    print(log, 'cancelling', me.cancelling())

    # the body raises while children run: its exception comes last in the group
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log, 'c1', 0, KeyError('k')))
            tg.create_task(child(log, 'c2', 1))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise TypeError('body')
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    # cancelled from outside while waiting for the children
    log.clear()

    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log, 'x', 1))
            tg.create_task(child(log, 'y', 1))
        log.append('not reached')

    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', sorted(log), t.cancelling())

    # SystemExit in a child comes out as itself
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log, 'exit', 0, SystemExit(3)))
            tg.create_task(child(log, 'other', 1))
    except SystemExit as e:
        print('SystemExit', e.code, log)

    # refused create_task calls
    tg = asyncio.TaskGroup()
    coro = child(log, 'never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', r(e))
    async with tg:
        pass
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', r(e))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', r(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log, 'boom', 0, OSError('o')))
            await asyncio.sleep(0.01)
    except* OSError:
        try:
            tg.create_task(coro)
        except RuntimeError as e:
            print('RuntimeError', r(e))
    coro.close()

    # a child that fails after its parent task is already done
    contexts = []
    asyncio.get_running_loop().set_exception_handler(lambda lp, ctx: contexts.append(ctx))
    holder = {}

    async def short_parent():
        tg = asyncio.TaskGroup()
        await tg.__aenter__()
        holder['tg'] = tg
        tg.create_task(child(log, 'late', 0.01, ArithmeticError('late')))
        return 'parent done'

    print(await asyncio.create_task(short_parent()))
    await asyncio.sleep(0.05)
    for ctx in contexts:
        print(ctx['message'].split(' <')[0], '...', ctx['message'].split('> ')[-1].split(' but ')[0],
              repr(ctx['exception']), ctx['task'].get_coro().__name__)
    asyncio.get_running_loop().set_exception_handler(None)

asyncio.run(main())
