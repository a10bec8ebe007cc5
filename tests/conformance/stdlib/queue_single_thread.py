# queue without other threads: FIFO/LIFO/priority order, bounded queues' Full and Empty with
# block=False and with timeouts, the timeout argument checks (only where CPython makes them),
# task_done/join accounting, SimpleQueue, generic aliases.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    for item in (5, 1, 3):
        q.put(item)
    print(cls.__name__, q.qsize(), q.full(), q.empty(), [q.get() for _ in range(3)], q.empty(), q.full())
q = queue.Queue(2)
q.put_nowait('a')
q.put('b', timeout=0.01)
for call in (lambda: q.put_nowait('c'), lambda: q.put('c', timeout=0.02), lambda: q.put('c', block=False, timeout=-1),
             lambda: q.put('c', timeout=-1)):
    try:
        call()
    except queue.Full:
        print('Full')
    except ValueError as e:
        print('ValueError:', e)
print(q.get_nowait(), q.get(timeout=1), q.unfinished_tasks)
for call in (lambda: q.get_nowait(), lambda: q.get(timeout=0.02), lambda: q.get(timeout=-1), lambda: q.get(False, -1)):
    try:
        call()
    except queue.Empty:
        print('Empty')
    except ValueError as e:
        print('ValueError:', e)
unbounded = queue.Queue()
unbounded.put(1, timeout=-5)   # never full: the timeout is not looked at
print(unbounded.qsize(), unbounded.full())
q.task_done()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
unbounded.put(2)
unbounded.task_done()
print(unbounded.unfinished_tasks)
s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty(), type(s).__module__)
for call in (s.get_nowait, lambda: s.get(timeout=0.01), lambda: s.get(timeout=-1)):
    try:
        call()
    except queue.Empty:
        print('Empty')
    except ValueError as e:
        print('ValueError:', e)
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[bytes])
print(issubclass(queue.LifoQueue, queue.Queue), queue.Empty.__mro__[1].__name__)
