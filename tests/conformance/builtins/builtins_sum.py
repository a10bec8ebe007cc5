# sum(): ints (small and big), floats, mixed, start=, non-numbers, and the string refusals.
print(sum([1, 2, 3]), sum([], 5), sum(range(10), start=100), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([0.1] * 10), sum([1, 0.5, 2]), sum([1.5, 2, True]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([-(2 ** 63), -1]))


class Money:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Money(other + self.v)

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))


print(sum([Money(1), Money(2)]).v)
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([], bytearray()),
             lambda: sum(), lambda: sum(1), lambda: sum([1, "a"]), lambda: sum([], 0, 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
