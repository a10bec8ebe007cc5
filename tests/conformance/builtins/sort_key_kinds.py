# list.sort / sorted per key kind (small ints, floats, strs, tuples, mixed): stable order of equal
# keys, reverse=True keeping equal keys in order, big ints, NaN, errors and mutation while sorting.
import random

rng = random.Random(7)
items = [(rng.randrange(10), i) for i in range(200)]
print(sorted(items, key=lambda t: t[0])[:12])
print(sorted(items, key=lambda t: t[0], reverse=True)[:12])
print(sorted(items, key=lambda t: float(t[0]) / 3)[:8])
print(sorted(items, key=lambda t: "k%d" % t[0])[:8])
print(sorted(items, key=lambda t: (t[0] % 3, -t[1]))[:8])
words = ["pear", "Apple", "fig", "", "é", "apple", "zz", "a"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len))
print(sorted([3, 2**70, -2**65, 1, 0, -1]), sorted([2.5, 1, 2**64, -3.5, True]))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan, 0.5])))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]), sorted([[2, 1], [1, 9], [2]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print(e)
data = list(range(20))


def bad_key(v):
    if v == 13:
        raise ValueError("key failed")
    return -v


try:
    data.sort(key=bad_key)
except ValueError as e:
    print(e, data == list(range(20)))
lst = [5, 3, 1]


def mutating(v):
    lst.append(v)
    return v


try:
    lst.sort(key=mutating)
except ValueError as e:
    print(e)


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


print([k.v for k in sorted([K(i % 5) for i in range(12)])])
big = [rng.randrange(-10**6, 10**6) for _ in range(3000)]
assert sorted(big) == sorted(big, key=lambda v: v) == sorted(big, key=float)
assert sorted(big, reverse=True) == sorted(big)[::-1]
print(sum(sorted(big)[::97]))
