# Streams echo server and clients over 127.0.0.1 port 0 (5 concurrent clients), then
# loop.sock_sendall/sock_recv moving 300 kB through a socketpair.
import asyncio, socket

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async def client(i):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        out = []
        for j in range(3):
            w.write(f'hello {i} {j}\n'.encode())
            await w.drain()
            out.append(await r.readline())
        w.close()
        await w.wait_closed()
        return out
    res = await asyncio.gather(*[client(i) for i in range(5)])
    for r in res: print(r)
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    sender = asyncio.ensure_future(loop.sock_sendall(a, b'x' * 300000))
    async def drainer():
        got = 0
        while got < 300000:
            got += len(await loop.sock_recv(b, 65536))
        return got
    print(await drainer(), await sender)
    a.close(); b.close()
    server.close()
    await server.wait_closed()
    print('done')

asyncio.run(main())
