# Slices of lists are copied into arrays that are filled at once (not zeroed first): every
# length, step and clipping must give exactly the items, including empty results, huge steps,
# negative steps and the 64/65-slot sizes on either side of the pooled arrays.
import sys

src = list(range(130))
cases = [
    (None, None, None), (0, 0, None), (5, 2, None), (-3, None, None), (None, -200, None),
    (0, 64, None), (0, 65, None), (1, 66, None), (None, None, 2), (None, None, -1),
    (None, None, -2), (100, 2, -1), (129, None, -64), (3, 3, 1), (None, None, sys.maxsize),
    (None, None, -sys.maxsize), (-sys.maxsize, sys.maxsize, 3), (sys.maxsize, -sys.maxsize, -5),
    (64, None, -1), (None, 64, None), (7, None, 7),
]
for start, stop, step in cases:
    got = src[start:stop:step]
    want = [src[i] for i in range(*slice(start, stop, step).indices(len(src)))]
    print(start, stop, step, len(got), got == want, got[:3], got[-3:])

# Slices of small lists, reused many times, and of lists holding other lists.
acc = 0
for k in range(200):
    row = list(range(k % 70))
    acc += sum(row[1::3]) + len(row[::-1]) + sum(row[k % 5:])
    nested = [row, [k], []]
    acc += len(nested[1:][0])
print("acc", acc)

# A slice of a list shares the items (not copies of them).
items = [object() for _ in range(70)]
part = items[10:20]
print(all(a is b for a, b in zip(part, items[10:20])), sys.getrefcount(items[10]) > 2)
rev = items[::-1]
print(rev[0] is items[-1], rev[-1] is items[0], len(rev))
