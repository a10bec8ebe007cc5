# Context.run must give back every reference it takes: running code in an inner context many
# times leaves the reference counts of both the inner and the enclosing context as they were.
import asyncio
import contextvars
import sys

var = contextvars.ContextVar('var', default='unset')
outer = contextvars.Context()
inner = contextvars.Context()


def in_outer():
    before = sys.getrefcount(outer), sys.getrefcount(inner)
    for i in range(1000):
        inner.run(var.set, i)
    after = sys.getrefcount(outer), sys.getrefcount(inner)
    return before == after, inner[var], var.get()


print(outer.run(in_outer))


async def work(n):
    await asyncio.sleep(0)
    return var.get(), n


def many_runs():
    before = sys.getrefcount(outer)
    results = [asyncio.run(work(n)) for n in range(20)]
    return sys.getrefcount(outer) == before, results[-1]


var.set('outer value')
print(outer.run(many_runs))
print(var.get())
