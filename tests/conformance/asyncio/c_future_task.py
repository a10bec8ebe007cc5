# The C++ Future and Task (_asyncio) behind asyncio.Future/Task: the pure-Python versions stay
# importable and work, Python subclasses of both keep working, and the private attributes that
# asyncio's Python code and user code read behave as in CPython 3.11.
import asyncio
import asyncio.futures
import asyncio.tasks


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.extra = 'extra'

    def set_result(self, result):
        super().set_result(result * 2)


class MyTask(asyncio.Task):
    steps = 0

    def get_name(self):
        return 'my:' + super().get_name()


async def child(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    loop = asyncio.get_running_loop()
    print(type(asyncio.Future).__name__, asyncio.Future.__module__, asyncio.Task.__module__)
    print(asyncio.futures._PyFuture is not asyncio.Future, asyncio.tasks._PyTask is not asyncio.Task)
    print(issubclass(asyncio.Task, asyncio.Future))

    f = MyFuture()
    print(f.extra, f._state, f.done(), f._asyncio_future_blocking, f._callbacks)
    loop.call_soon(f.set_result, 21)
    print(await f, f._state, f._result)

    pf = asyncio.futures._PyFuture(loop=loop)
    loop.call_soon(pf.set_result, 'py')
    print(await pf)

    pt = asyncio.tasks._PyTask(child(1), loop=loop, name='pytask')
    print(await pt, pt.get_name(), pt.done())

    t = MyTask(child(10), loop=loop, name='sub')
    print(t.get_name(), t in asyncio.all_tasks())
    print(await t)

    t2 = asyncio.ensure_future(child(5))
    print(t2._coro.__name__, t2._fut_waiter, t2._must_cancel, t2._log_destroy_pending)
    print(await t2, t2 not in asyncio.all_tasks())

    cur = asyncio.current_task()
    print(cur.get_name(), cur is asyncio.tasks.current_task(), cur.get_coro().__name__)
    cur.set_name(123)
    print(repr(cur.get_name()))

    ff = loop.create_future()
    try:
        ff._log_traceback = True
    except ValueError as e:
        print('ValueError:', e)
    ff.set_exception(KeyError)
    print(type(ff.exception()).__name__, ff._log_traceback)
    it = iter(loop.create_future())
    print(type(it).__name__, next(it) is not None)

    for bad in (lambda: asyncio.Task(42), lambda: t.set_result(1), lambda: t.set_exception(1)):
        try:
            bad()
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__, e)

    done = loop.create_future()
    done.set_result(1)
    order = []
    done.add_done_callback(lambda f: order.append('a'))
    ff2 = loop.create_future()
    cb = lambda f: order.append('cb')
    ff2.add_done_callback(cb)
    ff2.add_done_callback(cb)
    ff2.add_done_callback(lambda f: order.append('other'))
    print(ff2.remove_done_callback(cb), len(ff2._callbacks))
    ff2.cancel('why')
    await asyncio.sleep(0)
    print(order, ff2.cancelled())
    try:
        ff2.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)


asyncio.run(main())
