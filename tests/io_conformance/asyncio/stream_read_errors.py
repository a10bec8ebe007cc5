# StreamReader fed by hand: readline, readuntil, readexactly, read, at_eof and their errors
# (IncompleteReadError with partial, LimitOverrunError with consumed, ValueError from readline).
import asyncio

async def main():
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b'line one\nrest')
    print(await r.readline())
    print(await r.readexactly(2))
    r.feed_data(b'--sep--tail')
    print(await r.readuntil(b'--sep--'))
    r.feed_eof()
    try:
        await r.readuntil(b'X')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected, e)
    print(r.at_eof())

    r = asyncio.StreamReader(limit=5)
    r.feed_data(b'0123456789abc')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e.consumed, e)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    r.feed_data(b'ab\n')
    print(await r.readline())
    r.feed_eof()
    try:
        await r.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected, e)
    print(await r.read(), await r.readline(), r.at_eof())

    r = asyncio.StreamReader()
    async def feeder():
        for chunk in (b'ab', b'cd\nef', b'gh'):
            await asyncio.sleep(0)
            r.feed_data(chunk)
        r.feed_eof()
    t = asyncio.ensure_future(feeder())
    print([line async for line in r])
    await t
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print(e)
    try:
        await r.readuntil(b'')
    except ValueError as e:
        print(e)
    r = asyncio.StreamReader()
    r.set_exception(ConnectionResetError('gone'))
    try:
        await r.read(5)
    except ConnectionResetError as e:
        print('ConnectionResetError', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)

asyncio.run(main())
