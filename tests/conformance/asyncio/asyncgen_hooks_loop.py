# The loop installs its async generator hooks only while running and restores the old ones;
# a generator abandoned mid-iteration is closed by the loop (finalizer -> aclose task).
import asyncio
import gc
import sys


def outer_first(agen):
    print("outer firstiter", agen.__name__)


def outer_final(agen):
    print("outer finalizer", agen.__name__)


async def gen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")


sys.set_asyncgen_hooks(outer_first, outer_final)
loop = asyncio.new_event_loop()
seen = []


async def main():
    hooks = sys.get_asyncgen_hooks()
    seen.append(hooks.firstiter.__name__)
    seen.append(hooks.finalizer.__name__)
    log = []
    g = gen(log)
    await g.__anext__()
    del g
    gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    return log


print(loop.run_until_complete(main()))
print(seen)
print(sys.get_asyncgen_hooks().firstiter is outer_first, sys.get_asyncgen_hooks().finalizer is outer_final)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
