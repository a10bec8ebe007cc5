# Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier at their edges: reprs at each
# state, FIFO hand-over, a waiter cancelled after being woken (the lock or slot passes on), a
# cancelled Condition.wait still re-acquiring, notify(n) counts, wait_for predicates, semaphore
# fairness against newcomers, BoundedSemaphore over-release, Barrier passes, abort and reset.
import asyncio, re


def r(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


async def lock_cases():
    lock = asyncio.Lock()
    order = []
    print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    async def user(name, hold):
        async with lock as got:
            order.append((name, got))
            await asyncio.sleep(hold)

    tasks = [asyncio.create_task(user(n, 0.001)) for n in 'abc']
    await asyncio.sleep(0)
    print(r(lock))
    await asyncio.gather(*tasks)
    print(order, r(lock))

    # woken then cancelled before running: the lock goes to the next waiter
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('w1', w1.cancelled(), 'w2', w2.done() and w2.result(), lock.locked())
    lock.release()
    # a cancelled waiter does not keep a newcomer out
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print('newcomer', await lock.acquire(), r(lock))
    lock.release()


async def event_cases():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    ev.set()
    print(await asyncio.gather(*waiters), r(ev))
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('cancelled wait', t.cancelled(), r(ev))


async def condition_cases():
    cond = asyncio.Condition()
    print(r(cond))
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    woke = []

    async def waiter(i):
        async with cond:
            woke.append((i, await cond.wait()))

    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        print(r(cond))
        cond.notify(2)
    await asyncio.sleep(0)
    print(woke)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woke)

    # cancelled while waiting: re-acquires before CancelledError comes out
    held = []

    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                held.append(cond.locked())
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print('still waiting for the lock', t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled holding lock', held)

    state = {'n': 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state['n'] += 1
                cond.notify_all()

    async with cond:
        b = asyncio.create_task(bump())
        print('wait_for', await cond.wait_for(lambda: state['n'] >= 3 and state['n']))
    await b
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print('shared lock', c2.locked())


async def semaphore_cases():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    order = []

    async def worker(i):
        async with sem:
            order.append(f'+{i}')
            # Yields, not a timer: two 1 ms timers firing in one loop pass or two is timing.
            for _ in range(i % 3 + 1):
                await asyncio.sleep(0)
            order.append(f'-{i}')

    tasks = [asyncio.create_task(worker(i)) for i in range(5)]
    await asyncio.sleep(0)
    print(r(sem))
    await asyncio.gather(*tasks)
    print(' '.join(order), r(sem))

    # a woken waiter that is cancelled gives its slot back
    sem = asyncio.Semaphore(0)
    w1 = asyncio.create_task(sem.acquire())
    w2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    w1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('w1', w1.cancelled(), 'w2', w2.done(), r(sem))
    # newcomers wait behind existing waiters
    sem = asyncio.Semaphore(0)
    first = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    print('locked for newcomers', sem.locked())
    await first
    sem.release()
    sem.release()
    print(r(sem))

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e, r(bs))


async def barrier_cases():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)
    results = []

    async def party(i):
        results.append((i, await b.wait()))

    tasks = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(r(b))
    tasks.append(asyncio.create_task(party(2)))
    await asyncio.gather(*tasks)
    print(sorted(results), r(b))
    # async with on a barrier of one returns at once with index 0
    one = asyncio.Barrier(1)
    async with one as idx:
        print('single party index', idx)

    # abort breaks current and future waiters
    b = asyncio.Barrier(3)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e, r(b), b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await b.reset()
    print('after reset', r(b))
    # reset while parties wait: they get BrokenBarrierError, the barrier refills
    t1 = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.reset()
    try:
        await t1
    except asyncio.BrokenBarrierError as e:
        print('reset waiter', e, r(b))


async def main():
    for step in (lock_cases, event_cases, condition_cases, semaphore_cases, barrier_cases):
        print(f'-- {step.__name__}')
        await step()

asyncio.run(main())
