# asyncio.futures._PyFuture (the pure-Python Future; pygen's Task builds on it, so its
# InvalidStateError messages are the C Future's and are not printed here): states, result/exception/cancel and
# their errors, callbacks (order, removal, contexts, after done), awaiting from a Task, the
# cancel message, set_exception's checks, unretrieved-exception reporting.
import asyncio
import contextvars
import gc
from asyncio import futures

PyFuture = futures._PyFuture
var = contextvars.ContextVar('var', default='unset')


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(ctx['message']))
    f = PyFuture()
    print(f.done(), f.cancelled(), f.get_loop() is loop, futures.isfuture(f), f._state)
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError:
            print('InvalidStateError')
    order = []
    cb1 = lambda fut: order.append(('cb1', var.get()))
    f.add_done_callback(cb1)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in-ctx')
    f.add_done_callback(lambda fut: order.append(('cb2', var.get())), context=ctx)
    f.add_done_callback(cb1)
    print(f.remove_done_callback(cb1), len(f._callbacks))
    f.add_done_callback(cb1)
    f.set_result(42)
    for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError:
            print('InvalidStateError')
    await asyncio.sleep(0)
    print(order, f.result(), f.exception(), f.done(), f.cancel())
    f.add_done_callback(lambda fut: order.append('late'))
    await asyncio.sleep(0)
    print(order[-1])
    g = PyFuture()
    g.set_exception(KeyError)
    print(type(g.exception()).__name__, repr(g.exception()))
    try:
        g.result()
    except KeyError:
        print('result raised KeyError')
    h = PyFuture()
    for bad in (StopIteration, StopIteration()):
        try:
            h.set_exception(bad)
        except TypeError as e:
            print('TypeError:', e)
    c = PyFuture()
    print(c.cancel('why'), c.cancel(), c.cancelled(), c.done())
    for call in (c.result, c.exception):
        try:
            call()
        except asyncio.CancelledError as e:
            print('CancelledError', e.args)
    w = PyFuture()
    loop.call_soon(w.set_result, 'awaited')
    print(await w)
    w2 = PyFuture()
    loop.call_soon(w2.cancel, 'stop')
    try:
        await w2
    except asyncio.CancelledError as e:
        print('await cancelled', e.args)
    it = PyFuture().__await__()
    next(it)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
    lost = PyFuture()
    lost.set_exception(RuntimeError('nobody looked'))
    del lost
    gc.collect()
    print(seen)
    p = PyFuture()
    try:
        p._log_traceback = True
    except ValueError as e:
        print('ValueError:', e)
    print(PyFuture[int], futures.isfuture(3), futures.isfuture(PyFuture))


asyncio.run(main())
