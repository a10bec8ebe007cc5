# BaseEventLoop's argument checks and bookkeeping: subprocess_shell/subprocess_exec refusing
# text-mode options (before anything is spawned), task factory and exception handler setters,
# create_task with a factory (context passed only when given, name applied after), loop repr
# and state, run_until_complete on a closed or running loop, shutdown_asyncgens reporting a
# generator whose aclose() fails, default_exception_handler's fallback message.
import asyncio, logging, re, sys

logging.basicConfig(stream=sys.stdout, format='LOG %(message)s')


async def subprocess_options(loop):
    shell_cases = [(b'x', {}), (5, {}), ('x', dict(universal_newlines=True)),
                   ('x', dict(shell=False)), ('x', dict(bufsize=1)), ('x', dict(text=True)),
                   ('x', dict(encoding='utf-8')), ('x', dict(errors='strict')),
                   ('x', dict(universal_newlines=True, bufsize=1))]
    for cmd, kw in shell_cases[1:]:
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd, **kw)
        except ValueError as e:
            print('shell', kw, 'ValueError', e)
    for kw in [dict(universal_newlines=True), dict(shell=True), dict(bufsize=-1),
               dict(text=True), dict(encoding='latin-1'), dict(errors='ignore'),
               dict(shell=True, text=True)]:
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'prog', 'arg', **kw)
        except ValueError as e:
            print('exec', kw, 'ValueError', e)


async def factories(loop):
    for bad in (1, 'x'):
        try:
            loop.set_task_factory(bad)
        except TypeError as e:
            print('TypeError', e)
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print('TypeError', e)
    calls = []

    def factory(lp, coro, **kw):
        calls.append(sorted(kw))
        return asyncio.Task(coro, loop=lp, **kw)

    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)

    async def job():
        return 'ran'

    t1 = loop.create_task(job(), name='named')
    import contextvars
    t2 = loop.create_task(job(), context=contextvars.copy_context())
    print(await t1, await t2, t1.get_name(), calls)
    loop.set_task_factory(None)
    print(loop.get_task_factory())


async def asyncgens(loop):
    events = []

    async def agen(name, fail):
        try:
            yield 1
            yield 2
        finally:
            events.append(f'closing {name}')
            if fail:
                raise ValueError(f'{name} failed to close')

    contexts = []
    loop.set_exception_handler(lambda lp, ctx: contexts.append(ctx))
    gens = [agen('good', False), agen('bad', True)]
    for g in gens:
        await g.__anext__()
    await loop.shutdown_asyncgens()
    print(sorted(events))
    for ctx in contexts:
        print(re.sub(r' at 0x[0-9a-f]+', '', ctx['message']), repr(ctx['exception']),
              ctx['asyncgen'] in gens)
    loop.set_exception_handler(None)
    await loop.shutdown_asyncgens()


async def main():
    loop = asyncio.get_running_loop()
    print(re.sub(r'^<\w+', '<Loop', repr(loop)), loop.is_running(), loop.is_closed())
    await subprocess_options(loop)
    await factories(loop)
    await asyncgens(loop)
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    loop.call_exception_handler({'message': '', 'detail': 42})
    loop.call_exception_handler({'message': 'with exception', 'exception': None})

asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'result')))
loop.stop()
loop.run_forever()      # stop() before run_forever: one iteration, then returns
loop.close()
loop.close()
print(re.sub(r'^<\w+', '<Loop', repr(loop)))
for call in (lambda: loop.run_forever(), lambda: loop.run_until_complete(None),
             lambda: loop.create_task(None), lambda: loop.call_soon(print)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
