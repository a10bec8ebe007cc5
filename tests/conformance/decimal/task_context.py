# the current context is per task (kept in a ContextVar): each asyncio task computes with its
# own precision, and the main context is untouched
import asyncio
import decimal
from decimal import Decimal, getcontext, localcontext


async def worker(name, prec, log):
    getcontext().prec = prec
    for i in range(3):
        await asyncio.sleep(0)
        log.append((name, i, str(Decimal(1) / 7), getcontext().prec))


async def scoped(log):
    with localcontext(prec=4, rounding=decimal.ROUND_UP):
        await asyncio.sleep(0)
        log.append(('scoped', str(Decimal(2) / 3)))
    log.append(('after', str(Decimal(2) / 3)))


async def main():
    log = []
    await asyncio.gather(worker('a', 5, log), worker('b', 12, log), scoped(log))
    for entry in log:
        print(entry)
    print(getcontext().prec, Decimal(1) / 7)

asyncio.run(main())
print(getcontext().prec, Decimal(1) / 3)
