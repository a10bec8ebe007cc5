# threading without starting threads: the synchronisation objects' reprs and errors,
# Thread's names, repr, properties and deprecated aliases, Timer's attributes, the module's
# _thread aliases.
import re
import threading
import warnings


def masked(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


s = threading.Semaphore(2)
print(masked(s), s.acquire(), s.acquire(), s.acquire(blocking=False), masked(s))
s.release(3)
print(masked(s))
b = threading.BoundedSemaphore(2)
print(masked(b), b.acquire(), masked(b))
b.release()
for bad in (lambda: b.release(), lambda: b.release(0), lambda: threading.Semaphore(-1),
            lambda: s.acquire(False, 1), lambda: threading.Barrier(0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
e = threading.Event()
print(masked(e), e.is_set(), e.wait(0))
e.set()
print(masked(e), e.wait(), e.wait(0.01))
e.clear()
bar = threading.Barrier(1, action=lambda: print('action ran'))
print(masked(bar), bar.wait(), bar.parties, bar.n_waiting, bar.broken)
bar.abort()
print(masked(bar))
try:
    bar.wait()
except threading.BrokenBarrierError as err:
    print('BrokenBarrierError', type(err).__mro__[1].__name__)
c = threading.Condition()
print(re.sub(r'0x[0-9a-f]+', '0x?', repr(c)).split(' owner')[0].split(' at ')[0])
try:
    c.wait(0)
except RuntimeError as err:
    print('RuntimeError:', err)
with c:
    print(c.wait(0.01), c.wait_for(lambda: 5), c.wait_for(lambda: 0, timeout=0.01))
    c.notify()
    c.notify_all()
t = threading.Thread(target=print, name=None, args=('ran',))
t2 = threading.Thread(target=len, name='worker', daemon=True)
print(re.sub(r'\d+', 'N', t.name), t2.name, t2.daemon, t.daemon, t.ident, t.native_id, t.is_alive())
print(re.sub(r'Thread-\d+', 'Thread-N', repr(t)), repr(t2))
t.run()
try:
    t.run()
except AttributeError as err:
    print('AttributeError on second run')
t2.name = 42
print(t2.name, type(t2.name).__name__)
t2.daemon = False
print(t2.daemon)
for bad in (t2.join, lambda: threading.current_thread().join()):
    try:
        bad()
    except RuntimeError as err:
        print('RuntimeError:', err)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t2.setName('renamed')
    print(t2.getName(), t2.isDaemon(), threading.currentThread() is threading.main_thread(),
          threading.activeCount(), e.isSet())
    with c:
        c.notifyAll()
print(sorted(str(w.message) for w in caught), {w.filename.rsplit('/', 1)[-1] for w in caught})
main = threading.current_thread()
print(main.name, main.daemon, main.is_alive(), re.sub(r'\d{3,}', 'N', repr(main)), threading.active_count(),
      threading.enumerate() == [main])
tm = threading.Timer(5, print, args=['x'])
print(tm.interval, tm.args, tm.kwargs, tm.finished.is_set(), re.sub(r'\d+', 'N', tm.name))
tm.cancel()
tm.run()
print(tm.finished.is_set())
print(threading.Lock is threading._allocate_lock, threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 0,
      threading.get_ident() == main.ident, type(threading.local()).__name__)
print(threading.Thread.__init__.__doc__ is None or True)
x = threading.Thread.__new__(threading.Thread)
try:
    x.name
except AssertionError as err:
    print('AssertionError:', err)
