# groupby (with key, skipping groups, stale groupers) and tee (shared buffer, __copy__).
import copy
import itertools

for k, g in itertools.groupby("aaabbcaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in itertools.groupby(range(10), key=lambda x: x // 4)])
groups = itertools.groupby("xxyyz")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in itertools.groupby([])])


def source():
    for i in range(4):
        print("pull", i)
        yield i


a, b = itertools.tee(source())
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = itertools.tee("abc", 3)
print(next(x), list(y), list(z), list(x))
t1, = itertools.tee([1, 2, 3], 1)
t2 = copy.copy(t1)
print(next(t1), list(t2), list(t1))
print(itertools.tee([], 0))
print(type(a).__name__)
