# The seed chapter's async generator example ("example async generator"): async_fib driven through
# asend() by AsendTest, with asyncio.sleep(0.1) for the chapter's sleep(3) and a loop of our own
# (asyncio.get_event_loop() outside a running loop is deprecated in 3.11).
import asyncio


async def async_fib(n):
    t = 0
    i = 1
    j = 1
    r = 0
    result = None
    while t <= n:
        print("result", repr(result))
        await asyncio.sleep(0.1)
        if t < 2:
            result = yield i
        else:
            r = i + j
            result = yield r
            i = j
            j = r
        t += 1


class AsendTest(object):
    def __init__(self, n):
        self.f = async_fib(n)
        self.loop = asyncio.new_event_loop()

    async def make_the_call(self, val):
        r = await self.f.asend(val)
        print("repr asend", repr(r))

    def __call__(self, *args, **kwargs):
        self.loop.run_until_complete(self.make_the_call(args[0]))


a = AsendTest(3)
for value in [None, "handsome", "handsome2", "handsome3", "handsome4"]:
    try:
        a(value)
    except StopAsyncIteration:
        print("StopAsyncIteration")
a.loop.close()
