# The seed chapter's coroutine example ("example coroutine"), with its times divided by 10 (sleep
# 0.3 s, wait timeout 0.2 s: the same interleaving, quicker to trace). cor() awaits a sleep,
# handles ZeroDivisionError and awaits a second cor() from inside the except block.
import sys
import time
import asyncio

sys.set_coroutine_origin_tracking_depth(100)
cor_list = list()


async def cor(recursive_depth=1):
    t1 = time.time()
    try:
        await asyncio.sleep(0.3)
        1 / 0
    except ZeroDivisionError:
        if recursive_depth > 0:
            r = cor(recursive_depth-1)
            cor_list.append(r)
            await r
    t2 = time.time()
    print("recursive_depth: %d, done" % (recursive_depth,))


def pr_cor_list():
    for index, each in enumerate(cor_list):
        print("index: %d, each.cr_frame.f_lasti: %s" % (index, "None object" if each.cr_frame is None else str(each.cr_frame.f_lasti)))


async def test():
    c = cor()
    cor_list.append(c)
    pending = [asyncio.ensure_future(c)]   # 3.11 wants tasks, not coroutines
    pr_cor_list()
    while pending:
        done, pending = await asyncio.wait(pending, timeout=0.2)
        pr_cor_list()

if __name__ == "__main__":
    asyncio.run(test())
