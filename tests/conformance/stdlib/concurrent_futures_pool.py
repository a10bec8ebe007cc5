# concurrent.futures: ThreadPoolExecutor results, exceptions, map, wait, as_completed,
# callbacks, cancellation, shutdown and the executor's errors.
import concurrent.futures as cf
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x...', repr(obj))


print(sorted(n for n in dir(cf) if not n.startswith('_')))
print(cf.CancelledError.__mro__)
print(cf.TimeoutError is TimeoutError, cf.BrokenExecutor.__mro__)

order = []


def work(x):
    order.append(x)
    if x == 3:
        raise ValueError('three')
    return x * x


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(work, i) for i in range(5)]
    print(futs[0].result(), futs[4].result())
    print(type(futs[3].exception()).__name__, futs[3].exception())
    try:
        futs[3].result()
    except ValueError as e:
        print('raised', e)
    print(r(futs[0]), r(futs[3]))
print(sorted(order))

with cf.ThreadPoolExecutor() as ex:
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
    print(list(ex.map(str, range(4), timeout=5)))
    it = ex.map(work, [1, 3, 5])
    print(next(it))
    try:
        next(it)
    except ValueError as e:
        print('map raised', e)

with cf.ThreadPoolExecutor(2) as ex:
    fs = {ex.submit(pow, 2, n): n for n in range(6)}
    print(sorted((fs[f], f.result()) for f in cf.as_completed(fs)))
    done, not_done = cf.wait(list(fs))
    print(len(done), len(not_done))
    res = cf.wait([ex.submit(work, 3), ex.submit(work, 9)], return_when=cf.FIRST_EXCEPTION)
    print(type(res).__name__, len(res.done) >= 1, res._fields)

f = cf.Future()
print(r(f), f.done(), f.running(), f.cancelled())
seen = []
f.add_done_callback(lambda fut: seen.append(('cb', fut.result())))
print(f.set_running_or_notify_cancel(), r(f), f.running(), f.cancel())
f.set_result([1])
print(r(f), seen)
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print('InvalidStateError', r(e))
f.add_done_callback(lambda fut: seen.append('late'))
print(seen)
import logging
logging.getLogger('concurrent.futures').setLevel(logging.CRITICAL + 1)
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)

g = cf.Future()
print(g.cancel(), g.cancel(), r(g), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
print(g.set_running_or_notify_cancel(), r(g))

h = cf.Future()
try:
    h.result(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e))
try:
    list(cf.as_completed([h], timeout=0))
except TimeoutError as e:
    print('TimeoutError', e)
print(r(cf.wait([h], timeout=0)))

ex = cf.ThreadPoolExecutor(1)
q = [ex.submit(work, i) for i in (7, 8, 9)]
q[2].cancel()
ex.shutdown(wait=True)
print([x.done() for x in q], q[2].cancelled(), r(q[2]))
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print('RuntimeError', e)

ex = cf.ThreadPoolExecutor(1)
q = [ex.submit(work, i) for i in (10, 11)]
ex.shutdown(wait=True, cancel_futures=True)
print(q[1].cancelled(), q[1].done())

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    cf.ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print('TypeError', e)

inits = []
with cf.ThreadPoolExecutor(1, initializer=inits.append, initargs=('init',)) as ex:
    print(ex.submit(len, 'abc').result(), inits)
print(cf.ThreadPoolExecutor(3, thread_name_prefix='w')._thread_name_prefix)

# A work item that waits for another.
with cf.ThreadPoolExecutor(4) as ex:
    a = ex.submit(lambda: 41)
    b = ex.submit(lambda: a.result() + 1)
    print(b.result())
print(cf.Future[int])
