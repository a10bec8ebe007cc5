# Streams over a Unix socket (start_unix_server/open_unix_connection) and a protocol-level
# echo over create_unix_connection; the socket file lives in a fresh temporary folder.
import asyncio, os, posix

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: connection_made', transport.get_extra_info('sockname') == PATH)
    def data_received(self, data):
        self.transport.write(data[::-1])
    def eof_received(self):
        print('server: eof_received')
        self.transport.close()
    def connection_lost(self, exc):
        print('server: connection_lost', exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b''
    def connection_made(self, transport):
        transport.write(b'abcdef')
        transport.write_eof()
    def data_received(self, data):
        self.data += data
    def connection_lost(self, exc):
        self.done.set_result(self.data)

async def handle(reader, writer):
    data = await reader.readexactly(5)
    writer.write(data * 2)
    await writer.drain()
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_unix_server(Echo, PATH)
    done = loop.create_future()
    transport, proto = await loop.create_unix_connection(lambda: Client(done), PATH)
    print('client got', await done)
    server.close()
    await server.wait_closed()
    server = await asyncio.start_unix_server(handle, PATH)
    async with server:
        r, w = await asyncio.open_unix_connection(PATH)
        w.write(b'hello')
        print(await r.read())
        print(r.at_eof())
        w.close()
        await w.wait_closed()
    print(server.is_serving())

DIR = '/tmp/pygen_unix_echo_%d' % os.getpid()
os.mkdir(DIR)
PATH = DIR + '/sock'
try:
    asyncio.run(main())
finally:
    if os.path.exists(PATH):
        os.unlink(PATH)
    os.rmdir(DIR)
