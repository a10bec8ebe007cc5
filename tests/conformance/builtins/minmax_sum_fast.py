# min/max/sum over generators and lists: exact ints that fit in 64 bits take a fast path in
# min/max (no rich-comparison call) and sum (an int64 accumulator); everything else must give
# the same results as the generic path: mixes with floats, bools, big ints, int subclasses,
# ties (the first of equal items wins), keys and defaults.


class MyInt(int):
    def __lt__(self, other):
        print("MyInt.__lt__", int(self), other)
        return int(self) < other

    def __gt__(self, other):
        print("MyInt.__gt__", int(self), other)
        return int(self) > other


def gen(items):
    for x in items:
        yield x


cases = [
    [3, 1, 2],
    [1, 2.5, 2, -7],
    [2.0, 2, 1.5, 2.0],          # ties between int and float: the first wins
    [2, 2.0, 1, 1.0],
    [True, 1, 0, False],
    [1, True, 0, False],
    [2 ** 70, 5, -2 ** 70, 3],
    [2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1],
    [5, MyInt(7), 6, MyInt(-1)],
    [-1, -1, -2, -2],
    [float("nan"), 1, 2],
    [1, float("nan"), 2],
    [10 ** 20, 1.5e20, 10 ** 21 + 1],
]
for items in cases:
    lo, hi = min(gen(items)), max(gen(items))
    print(repr(lo), type(lo).__name__, repr(hi), type(hi).__name__,
          repr(min(items)), repr(max(items)), repr(sum(gen(items))), repr(sum(items, 0.5)))
    # identity: which of equal items came back
    print(items.index(lo) if lo == lo else "nan", items.index(hi) if hi == hi else "nan",
          [i for i, x in enumerate(items) if x is lo], [i for i, x in enumerate(items) if x is hi])

print(min(gen([3, 1, 2]), key=lambda v: -v), max(gen([3, 1, 2]), key=lambda v: -v))
print(max(gen([]), default="empty"), min(4, 2, 8), max(4, 9, 8), max(-3, -3.0), min(-3.0, -3))
try:
    max(gen([1, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    min(gen([]))
except ValueError as e:
    print("ValueError", e)
print(sum(gen(range(100))), sum(gen([2 ** 62, 2 ** 62, 2 ** 62])), sum(gen([1, 2.5, 3])), sum(gen([0.1] * 10)))
print(max(x ^ 5 for x in range(1000)), min(x * x - 40 * x for x in range(100)))

# truth tests of int results in conditions (POP_JUMP_IF_FALSE/TRUE fast path)
def truthy(values):
    out = []
    for v in values:
        if v % 3:
            out.append("t")
        else:
            out.append("f")
        if not v:
            out.append("z")
    return "".join(out)

print(truthy(list(range(-4, 12)) + [2 ** 64, -(2 ** 64), 3 * 2 ** 64, True, False, MyInt(4), MyInt(3)]))
