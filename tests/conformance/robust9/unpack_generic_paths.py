# UNPACK_SEQUENCE / UNPACK_EX on the generic path (an iterator, not an exact tuple or list):
# the iterable stays on the stack while the items are taken, then they move down over it.
def gen(n):
    yield from range(n)

[] = gen(0)
[] = iter(())
a, = gen(1)
b, c, d = gen(3)
e, *f = gen(4)
*g, h = gen(2)
i, *j, k = gen(5)
*m, = gen(0)
print(a, b, c, d, e, f, g, h, i, j, k, m)
try:
    [] = gen(1)
except ValueError as ex:
    print(ex)
try:
    x, y = gen(1)
except ValueError as ex:
    print(ex)
try:
    x, *y, z = gen(1)
except ValueError as ex:
    print(ex)
try:
    x, y = 5
except TypeError as ex:
    print(ex)
