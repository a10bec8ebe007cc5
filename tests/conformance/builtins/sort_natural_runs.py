# list.sort/sorted over input shapes that exercise run detection and merging (sorted, reversed,
# nearly sorted, few distinct keys, appended tails), with key functions, reverse=True and stability,
# checked against CPython; a comparison or key function that raises leaves a permutation.
import random, zlib
random.seed(5)
def shapes(n):
    yield [random.randrange(n + 1) for _ in range(n)]
    yield list(range(n))
    yield list(range(n, 0, -1))
    yield [i % 7 for i in range(n)]
    a = list(range(n)); 
    for _ in range(max(1, n // 20)):
        i, j = random.randrange(n or 1), random.randrange(n or 1)
        if n: a[i], a[j] = a[j], a[i]
    yield a
    yield sorted(random.randrange(50) for _ in range(n)) + [random.randrange(50) for _ in range(n // 3)]
    yield [random.random() for _ in range(n)]
    yield [str(random.randrange(1000)) for _ in range(n)]
    yield [(random.randrange(5), str(random.randrange(5))) for _ in range(n)]
out = []
for n in [0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 4099]:
    for data in shapes(n):
        for rev in (False, True):
            s = sorted(data, reverse=rev)
            # stability via key
            idx = sorted(range(len(data)), key=lambda i: data[i] if not isinstance(data[i], float) else round(data[i], 1), reverse=rev)
            out.append(zlib.crc32(repr((s, idx)).encode()))
            l = list(data); l.sort(key=lambda x: x, reverse=rev)
            assert l == s
print(len(out), sum(o % 1000003 for o in out))
class Bad:
    def __init__(self, v, n): self.v = v; self.n = n
    def __lt__(self, o):
        Bad.calls += 1
        if Bad.calls == Bad.limit: raise ValueError("boom")
        return self.v < o.v
for limit in range(1, 400, 7):
    Bad.calls = 0; Bad.limit = limit
    data = [Bad(random.randrange(30), i) for i in range(100)]
    l = list(data)
    try:
        l.sort()
    except ValueError as e:
        pass
    assert sorted(id(x) for x in l) == sorted(id(x) for x in data), limit
    assert len(l) == 100
print("perm ok")
def kf(x):
    if x == 77: raise KeyError(x)
    return -x
l = list(range(100))
try: l.sort(key=kf)
except KeyError: print("key error", l == list(range(100)))
