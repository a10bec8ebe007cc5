# stream_echo: an asyncio echo server and 50 concurrent clients over TCP on 127.0.0.1, all in one
# process with streams (start_server, open_connection, readline, readexactly, write, drain).
# Each client sends SIZE/50 requests: mostly short lines echoed line by line, every 16th a
# 16 KiB block read back with readexactly. Measures the selector loop, the socket transports and
# StreamReader/StreamWriter. Prints a checksum of every reply on the last line.
import asyncio
import sys

CLIENTS = 50
BLOCK = 16 * 1024


async def handle(reader, writer):
    # Echo lines; a line "B<n>\n" announces n raw bytes to echo as they are.
    while True:
        line = await reader.readline()
        if not line:
            break
        if line[:1] == b'B':
            n = int(line[1:])
            data = await reader.readexactly(n)
            writer.write(data)
        else:
            writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, cid, requests):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    total = 0
    block = bytes((cid + i) % 251 for i in range(BLOCK))
    for i in range(requests):
        if i % 16 == 15:
            writer.write(b'B%d\n' % BLOCK + block)
            await writer.drain()
            reply = await reader.readexactly(BLOCK)
            if reply != block:
                raise AssertionError('block reply differs')
            total += reply[cid % BLOCK] + len(reply)
        else:
            msg = b'client %d request %d\n' % (cid, i)
            writer.write(msg)
            await writer.drain()
            reply = await reader.readline()
            if reply != msg:
                raise AssertionError('line reply differs')
            total += len(reply) * (i % 7 + 1)
    writer.close()
    await writer.wait_closed()
    return total


async def main(n):
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    per_client = max(1, n // CLIENTS)
    async with server:
        totals = await asyncio.gather(*(client(port, c, per_client) for c in range(CLIENTS)))
    return CLIENTS * per_client, sum(totals)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
print("stream_echo", *asyncio.run(main(n)))
