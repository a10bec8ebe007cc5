# for-loops and zip() step list iterators inline: growing or shrinking the list while iterating,
# an exhausted iterator staying exhausted after the list grows, zip mixing lists with other
# iterators, and list subclasses.

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 6:
        a.append(x + 3)
print(out)

b = list(range(8))
out = []
for x in b:
    out.append(x)
    del b[0]
print(out, b)

it = iter([1, 2])
print(list(it), next(it, "done"))
lst = [1]
it = iter(lst)
for x in it:
    pass
lst.append(2)
print(next(it, "still done"), list(it))

it = iter([10, 20, 30])
next(it)
for x in it:
    print("rest", x)

grow = [1, 2, 3]
pairs = []
for p, q in zip(grow, range(10)):
    pairs.append((p, q))
    if len(grow) < 6:
        grow.append(p * 10)
print(pairs)
print(list(zip([1, 2, 3], "ab", iter([7, 8, 9]))))
print(list(zip([], [1])), list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as exc:
    print("ValueError:", exc)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as exc:
    print("ValueError:", exc)


class L(list):
    def __iter__(self):
        return iter(["sub"])


print([x for x in L([1, 2])], list(zip(L([1, 2]), [5, 6])))
z = zip([1, 2], [3, 4])
print(next(z), next(z), next(z, "end"), next(z, "end"))
