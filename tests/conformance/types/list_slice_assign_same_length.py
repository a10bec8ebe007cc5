# Slice assignment that keeps the length swaps the items in place; the replaced items are
# released only once the list holds all the new ones (a __del__ that looks sees the new list).

class Noisy:
    def __init__(self, name, watch):
        self.name = name
        self.watch = watch

    def __del__(self):
        print("del", self.name, "sees", [getattr(x, "name", x) for x in self.watch])

    def __repr__(self):
        return self.name


a = []
a.extend([Noisy("n%d" % i, a) for i in range(4)])
a[1:3] = ["x", "y"]
print("after", a)
a[0:1] = ("t",)
print("after tuple", a)
a[3:4] = (c for c in "g")
print("after generator", a)
del a[:]

b = list(range(10))
b[2:5] = b[5:8]
print(b)
b[0:10] = b
print(b)
b[3:3] = []
print(b)
b[-3:] = [7, 8, 9]
print(b)
b[8:100] = ["end", "end2"]
print(b)
b[:0] = []
print(b)

# The same length taken from the list itself, reversed: the pancake flip.
q = [3, 1, 4, 1, 5, 9, 2, 6]
for first in (3, 7, 0, 5):
    q[:first + 1] = q[first::-1]
    print(first, q)

# A slice longer than 16 items, of the same length.
c = list(range(40))
c[5:30] = c[29:4:-1]
print(c)

try:
    c[0:2] = 5
except TypeError as exc:
    print("TypeError:", exc)
print(len(c))
