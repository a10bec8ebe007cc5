# The generator head the seed chapter draws, as Python sees it: frame, running flag, code,
# names, and f_lasti being the same at the same yield and different at different yields.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        x = yield a
        a, b = b, a + b
    yield "done"


f = fib(3)
start = f.gi_frame.f_lasti
print(f.gi_running, f.gi_code is fib.__code__, f.__name__, f.__qualname__, f.gi_yieldfrom)
lastis = []
for v in f:
    lastis.append(f.gi_frame.f_lasti)
print(start != lastis[0], lastis[0] == lastis[1] == lastis[2], lastis[2] != lastis[3])
print(f.gi_frame is None)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f).startswith("<generator object Q.renamed at 0x"))
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
