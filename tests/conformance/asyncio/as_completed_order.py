# as_completed yields awaitables in completion order; timeout raises TimeoutError.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    out = []
    for aw in asyncio.as_completed([job("slow", 0.03), job("fast", 0.001), job("mid", 0.015)]):
        out.append(await aw)
    print(out)
    got = []
    try:
        for aw in asyncio.as_completed([job("quick", 0.001), job("never", 1)], timeout=0.02):
            got.append(await aw)
    except asyncio.TimeoutError:
        print("timed out after", got)
    c = job("x", 0)
    try:
        asyncio.as_completed(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()


asyncio.run(main())
