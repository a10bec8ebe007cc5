# Generators, coroutines and async generators expose their PEP 442 finaliser as a __del__ slot
# wrapper, as in 3.11: calling it closes a suspended or unstarted generator, warns for a
# coroutine that never started (and the real finalisation warns again), and runs an async
# generator's finally. The attribute sets are exactly 3.11's.
import asyncio, gc, warnings

def g():
    try:
        yield 1
    finally:
        print("finally ran")

def attrs(o):
    return sorted(set(dir(o)) - set(dir(object)))

print(attrs(g()))
x = g(); next(x)
x.__del__()
print(x.gi_frame, next(x, "exhausted"))
print(type(x).__del__, type(x).__del__.__doc__, type(x.__del__).__name__)
y = g(); y.__del__()
print(next(y, "closed before starting"))
try:
    x.__del__(1)
except TypeError as e:
    print("TypeError:", e)

async def c():
    pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    k = c()
    print(attrs(k))
    k.__del__()
    print("frame kept:", k.cr_frame is not None)
    del k
    gc.collect()
print([str(w.message) for w in caught])

async def ag():
    try:
        yield 1
    finally:
        print("async finally ran")

a = ag()
print(attrs(a))

async def main():
    await a.__anext__()
    a.__del__()
    print("after __del__")

asyncio.run(main())
