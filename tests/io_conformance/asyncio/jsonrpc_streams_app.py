# Realistic program: an asyncio application: producer/consumer queues, gather/wait/timeouts, TaskGroup,
# async context managers and a JSON-RPC server and client over a local socket.
import asyncio
import json

LOG = []

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0)
    await q.put((name, None))

async def consumer(q, nprod):
    done = 0
    got = []
    while done < nprod:
        name, v = await q.get()
        q.task_done()
        if v is None:
            done += 1
        else:
            got.append((name, v))
    return got

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x * 2

async def failing():
    await asyncio.sleep(0.001)
    raise ValueError("bad thing")

async def handle(reader, writer):
    addr_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        req = json.loads(line)
        method = req.get("method")
        if method == "add":
            res = {"id": req["id"], "result": sum(req["params"])}
        elif method == "echo":
            res = {"id": req["id"], "result": req["params"]}
        else:
            res = {"id": req["id"], "error": f"unknown method {method!r}"}
        writer.write((json.dumps(res) + "\n").encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    LOG.append(("server closed", addr_ok))

async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    reqs = [{"id": 1, "method": "add", "params": [1, 2, 3]},
            {"id": 2, "method": "echo", "params": ["hi", {"a": 1}]},
            {"id": 3, "method": "nope", "params": []}]
    for r in reqs:
        writer.write((json.dumps(r) + "\n").encode())
    await writer.drain()
    for _ in reqs:
        out.append(json.loads(await reader.readline()))
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return out, rest

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        LOG.append(("enter", self.name))
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        LOG.append(("exit", self.name, et.__name__ if et else None))
        return False

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=3)
    prods = [asyncio.create_task(producer(q, 4, f"p{i}")) for i in range(3)]
    got = await consumer(q, 3)
    await asyncio.gather(*prods)
    await q.join()
    print(sorted(got))
    print(await asyncio.gather(slow(1, 0.01), slow(2, 0.005), slow(3, 0)))
    res = await asyncio.gather(slow(1, 0), failing(), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.wait_for(slow(5, 1.0), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(slow(7, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, i * 0.01)) for i in range(4)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    results = []
    for coro in asyncio.as_completed([slow(3, 0.03), slow(1, 0.01), slow(2, 0.02)]):
        results.append(await coro)
    print(results)
    async with Resource("a") as r1, Resource("b"):
        LOG.append(("body", r1.name))
    try:
        async with Resource("c"):
            raise KeyError("k")
    except KeyError:
        pass
    print([x async for x in ticker(5) if x % 2 == 0])
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        out, rest = await client(port)
        for o in out:
            print(o)
        print(rest)
        await asyncio.sleep(0.01)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    active = []
    maxactive = [0]
    async def worker(i):
        await ev.wait()
        async with sem:
            active.append(i)
            maxactive[0] = max(maxactive[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        async with lock:
            return i
    ws = [asyncio.create_task(worker(i)) for i in range(6)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws), maxactive[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.005, fut2.set_result, 42)
    print(await fut2)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow(10, 0))
        t2 = tg.create_task(slow(20, 0.001))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow(1, 1))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    r = await asyncio.to_thread(sum, [1, 2, 3]) if hasattr(asyncio, "to_thread") else 6
    print(r)
    for entry in LOG:
        print(entry)

asyncio.run(main())
