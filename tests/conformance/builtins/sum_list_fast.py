# sum() of an exact list of ints is added straight from the list's array; everything else (big
# ints, an overflow past 64 bits, floats, int subclasses with their own __radd__, other starts,
# list subclasses) must give what the general iteration gives.

M = 2 ** 63
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([True, False, True], 1))
print(sum([M - 1, 1]), sum([-M, -1]), sum([M - 1, 1, -5]), sum([M * 4, 1, 2]))
print(sum([1, 2], M - 2), sum([1, 2], M * M), sum([1, 2], -M))
print(sum([1, 2.5, 3]), sum([1, 2], 0.5), sum([1, 2], True), repr(sum([1, 2], False)))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()))


class Loud(int):
    def __radd__(self, other):
        print("radd", other)
        return int(self) + other + 1000

    def __add__(self, other):
        print("add", other)
        return int(self) + other + 1000


print(sum([1, Loud(2), 3]))
print(sum([1, 2], Loud(10)))


class MyList(list):
    def __iter__(self):
        print("custom iter")
        return iter([100])


print(sum(MyList([1, 2, 3])))

try:
    sum([1, 2, "x"])
except TypeError as exc:
    print("TypeError:", exc)
try:
    sum([1, 2], "")
except TypeError as exc:
    print("TypeError:", exc)
try:
    sum(["a", "b"])
except TypeError as exc:
    print("TypeError:", exc)

rows = [[i * j for j in range(20)] for i in range(20)]
print(sum([sum(r) for r in rows]), sum(rows[3], start=7))
print(type(sum([1, 2])).__name__, type(sum([True, True])).__name__)
