# StreamReader/StreamWriter/StreamReaderProtocol driven by hand over a fake transport: reprs,
# the 2*limit pause and resume of reading, readline/readuntil/readexactly/read edge cases,
# set_exception, two concurrent readers, async iteration, drain() under flow control and
# after connection loss, wait_closed(), client_connected_cb with a plain function and with a
# coroutine that fails. (A handler task that is cancelled is not covered: 3.11.7 reports
# the CancelledError from its done callback through the exception handler, a bug 3.12 fixed.)
import asyncio


class FakeTransport(asyncio.Transport):
    def __init__(self, log):
        super().__init__()
        self.log = log
        self.closing = False

    def __repr__(self):
        return '<FakeTransport>'

    def pause_reading(self):
        self.log.append('pause_reading')

    def resume_reading(self):
        self.log.append('resume_reading')

    def write(self, data):
        self.log.append(f'write {bytes(data)!r}')

    def writelines(self, chunks):
        self.log.append(f'writelines {list(chunks)!r}')

    def write_eof(self):
        self.log.append('write_eof')

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self.closing

    def close(self):
        self.log.append('close')
        self.closing = True

    def get_extra_info(self, name, default=None):
        return {'peername': ('peer', 1)}.get(name, default)


async def reader_cases():
    log = []
    r = asyncio.StreamReader(limit=4)
    print(repr(r))
    r.set_transport(FakeTransport(log))
    try:
        r.set_transport(FakeTransport(log))
    except AssertionError as e:
        print('AssertionError', e)
    r.feed_data(b'')
    r.feed_data(b'abcdefghi')       # over 2*limit: reading pauses
    print(repr(r), log)
    print(await r.read(2), log)     # still over limit: stays paused
    print(await r.read(4), log)     # at or under the limit: resumes
    print(await r.read(0), await r.read(100), r.at_eof())
    t = asyncio.ensure_future(r.read(5))
    await asyncio.sleep(0)
    print('waiting', repr(r).replace('\n', ' ')[:40])
    try:
        await r.readline()
    except RuntimeError as e:
        print('RuntimeError', e)
    r.feed_data(b'xy')
    print(await t)
    r.feed_eof()
    print(repr(r), r.at_eof(), await r.read(), await r.readline())
    try:
        r.feed_data(b'late')
    except AssertionError as e:
        print('AssertionError', e)

    r = asyncio.StreamReader()
    for bad in (0, -3):
        try:
            asyncio.StreamReader(limit=bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await r.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)
    print(await r.readexactly(0))
    r.feed_data(b'one\ntwo\nthree')
    r.feed_eof()
    print([line async for line in r])

    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    err = ConnectionResetError('boom')
    r.set_exception(err)
    print(repr(r), r.exception() is err)
    for call in (r.read(1), r.readline(), r.readexactly(1), r.readuntil(b'c')):
        try:
            await call
        except ConnectionResetError as e:
            print('raised', e)

    r = asyncio.StreamReader()
    waiter = asyncio.ensure_future(r.readexactly(3))
    await asyncio.sleep(0)
    r.set_exception(ValueError('late'))
    try:
        await waiter
    except ValueError as e:
        print('waiter got', e)

    r = asyncio.StreamReader(limit=3)
    r.feed_data(b'ab|cd|efgh|ij')
    print(await r.readuntil(b'|'), await r.readuntil(b'|'))
    try:
        await r.readuntil(b'|')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    print(await r.read(5))
    r.feed_data(b'xxxxxxx')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    r.feed_data(b'yy\n')
    r.feed_data(b'k\n')
    print(await r.readline(), await r.readline())
    r.feed_data(b'partial')
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial, e.expected)
    # readuntil with a multi-byte separator split across feeds
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.readuntil(b'END'))
    for piece in (b'aaE', b'N', b'Dbb'):
        r.feed_data(piece)
        await asyncio.sleep(0)
    print(await t, await r.read(2))


async def writer_cases():
    loop = asyncio.get_running_loop()
    log = []
    reader = asyncio.StreamReader()
    proto = asyncio.StreamReaderProtocol(reader)
    tr = FakeTransport(log)
    proto.connection_made(tr)
    w = asyncio.StreamWriter(tr, proto, reader, loop)
    print(repr(w))
    print(w.transport is tr, w.get_extra_info('peername'), w.get_extra_info('x', 7))
    w.write(b'abc')
    w.writelines([b'd', b'e'])
    print(w.can_write_eof(), w.write_eof(), log)
    await w.drain()
    proto.pause_writing()
    d = asyncio.ensure_future(w.drain())
    d2 = asyncio.ensure_future(w.drain())
    await asyncio.sleep(0)
    print('drain waits', d.done(), d2.done())
    proto.resume_writing()
    await asyncio.sleep(0)
    print('drain after resume', d.done(), d2.result())
    proto.data_received(b'in')
    print(proto.eof_received(), await reader.read())
    proto.pause_writing()
    d = asyncio.ensure_future(w.drain())
    await asyncio.sleep(0)
    proto.connection_lost(OSError('gone'))
    try:
        await d
    except OSError as e:
        print('drain raised', e)
    try:
        await w.drain()
    except OSError as e:
        print('drain after loss', type(e).__name__, e)
    try:
        await w.wait_closed()
    except OSError as e:
        print('wait_closed', e)
    print(w.is_closing(), w.close(), w.is_closing())

    # a clean loss: drain raises ConnectionResetError, wait_closed returns
    reader = asyncio.StreamReader()
    proto = asyncio.StreamReaderProtocol(reader)
    tr = FakeTransport([])
    proto.connection_made(tr)
    w = asyncio.StreamWriter(tr, proto, reader, loop)
    proto.connection_lost(None)
    print(await w.wait_closed(), reader.at_eof())
    try:
        await w.drain()
    except ConnectionResetError as e:
        print('ConnectionResetError', e)
    # the reader's exception is what drain raises first
    reader = asyncio.StreamReader()
    proto = asyncio.StreamReaderProtocol(reader)
    proto.connection_made(FakeTransport([]))
    w = asyncio.StreamWriter(proto._transport if hasattr(proto, '_transport') else None,
                             proto, reader, loop)
    reader.set_exception(KeyError('k'))
    try:
        await w.drain()
    except KeyError as e:
        print('drain KeyError', e)


async def callback_cases():
    loop = asyncio.get_running_loop()
    seen = []

    def plain(reader, writer):
        seen.append(('plain', type(reader).__name__, type(writer).__name__))
        writer.write(b'hello')

    log = []
    proto = asyncio.StreamReaderProtocol(asyncio.StreamReader(), plain)
    proto.connection_made(FakeTransport(log))
    print(seen, log)

    async def failing(reader, writer):
        seen.append('coroutine started')
        await asyncio.sleep(0)
        raise RuntimeError('handler failed')

    contexts = []
    loop.set_exception_handler(lambda lp, ctx: contexts.append(ctx))
    log = []
    proto = asyncio.StreamReaderProtocol(asyncio.StreamReader(), failing)
    proto.connection_made(FakeTransport(log))
    print(seen[-1:])
    for _ in range(4):
        await asyncio.sleep(0)
    print(seen[-1], log, [(c['message'], repr(c['exception'])) for c in contexts])

    loop.set_exception_handler(None)


async def main():
    for step in (reader_cases, writer_cases, callback_cases):
        print(f'-- {step.__name__}')
        await step()

asyncio.run(main())
