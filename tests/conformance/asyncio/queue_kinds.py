# Queue variants and edges: PriorityQueue and LifoQueue order, QueueFull/QueueEmpty, maxsize
# and full() (negative maxsize is unbounded), task_done() too often, join() waiting for
# task_done, a getter woken then cancelled handing its item's turn to the next getter, the
# same for putters, str() with every field, Queue[int].
import asyncio


async def main():
    for cls, items in ((asyncio.PriorityQueue, [5, 1, 4, 1, 3]),
                       (asyncio.LifoQueue, [1, 2, 3]), (asyncio.Queue, ['a', 'b'])):
        q = cls()
        for item in items:
            q.put_nowait(item)
        print(cls.__name__, str(q), [q.get_nowait() for _ in items])
    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), q.full(), q.maxsize, q.qsize())
    q.get_nowait(), q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), q.empty())
    unbounded = asyncio.Queue(-1)
    for i in range(100):
        unbounded.put_nowait(i)
    print('negative maxsize', unbounded.full(), unbounded.qsize())
    q.task_done(), q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    q = asyncio.Queue()
    q.put_nowait('job')
    joined = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print('join waits', joined.done(), str(q))
    await q.get()
    q.task_done()
    await asyncio.sleep(0)
    print('joined', joined.done(), str(q))

    # woken getter cancelled before it runs: the item goes to the next getter
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('item')
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('g1', g1.cancelled(), 'g2', g2.done() and g2.result(), str(q))

    q = asyncio.Queue(1)
    q.put_nowait('x')
    p1 = asyncio.create_task(q.put('p1'))
    p2 = asyncio.create_task(q.put('p2'))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    p1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('p1', p1.cancelled(), 'p2', p2.done(), str(q))
    print(asyncio.Queue[int], asyncio.PriorityQueue[str])

asyncio.run(main())
