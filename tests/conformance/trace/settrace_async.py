# Coroutines driven by asyncio and async generators: events on each resume and suspension.
import sys, asyncio

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('work', 'main', 'agen'):
        if event == 'exception':
            arg = arg[0].__name__
        elif event == 'return' and arg is not None and not isinstance(arg, (int, str)):
            arg = type(arg).__name__
        print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def agen():
    for i in range(2):
        yield i

async def main():
    a = await work(1)
    async for v in agen():
        a += v
    return a

sys.settrace(tracer)
print(asyncio.run(main()))
sys.settrace(None)
