# List item arrays of up to 64 slots come from the size-class pools, larger ones from the
# allocator: growth and shrinkage across that boundary, slice assignment that moves an array
# between the two, sorts whose key raises or that refill the list, clear() during iteration,
# and lists dropped and remade in a loop (blocks reused from the pools) keep their contents.


def check(label, got, want):
    print(label, "ok" if got == want else ("MISMATCH", got, want))


# Append one at a time through the boundary, then pop back to empty.
a = []
for i in range(150):
    a.append(i)
    if len(a) in (1, 4, 5, 63, 64, 65, 66, 100, 150):
        check("append %d" % len(a), a, list(range(len(a))))
while a:
    a.pop()
    if len(a) in (120, 65, 64, 63, 10, 1, 0):
        check("pop %d" % len(a), a, list(range(len(a))))

# insert at the front through the boundary, del from the middle.
b = []
for i in range(80):
    b.insert(0, i)
check("insert", b, list(range(79, -1, -1)))
del b[10:70]
check("del slice", b, list(range(79, 69, -1)) + list(range(9, -1, -1)))
del b[:]
check("del all", b, [])

# Slice assignment growing a small array into a large one and back.
c = list(range(10))
c[3:5] = range(100)
check("grow by slice", c, [0, 1, 2] + list(range(100)) + list(range(5, 10)))
c[2:] = [7]
check("shrink by slice", c, [0, 1, 7])
c[:0] = c * 30
check("prepend self", len(c), 93)
c[::2] = [None] * len(c[::2])
check("extended slice", c[:6], [None, 1, None, 0, None, 7])
c[:] = []
check("empty by slice", c, [])

# extend, repeat, concatenation and copies around the boundary.
for n in (0, 1, 63, 64, 65, 200):
    d = list(range(n))
    e = d * 2
    check("repeat %d" % n, e, list(range(n)) + list(range(n)))
    d *= 3
    check("inplace repeat %d" % n, len(d), 3 * n)
    d.extend(range(5))
    check("extend %d" % n, d[-5:], [0, 1, 2, 3, 4][:5])
    f = d[:] + e[1:]
    check("concat %d" % n, len(f), len(d) + max(len(e) - 1, 0))
    g = [x for x in f if x % 2]
    check("comprehension %d" % n, g, [x for x in list(f) if x % 2])

# Many short lists made and dropped: reused blocks must not carry old items.
total = 0
for k in range(300):
    row = [k] * (k % 70)
    part = row[1:-1]
    total += len(part) + sum(part)
    m = list(range(k % 9))
    m.append(k)
    total += m[-1] - len(m)
    r = [None] * (k % 66)
    assert all(x is None for x in r), k
print("reuse total", total)

# A key that raises partway: the list keeps its items, reordered or not.
h = list(range(40, 0, -1))
calls = []


def bad_key(v):
    calls.append(v)
    if len(calls) == 25:
        raise ValueError("key failed at %d" % v)
    return v


try:
    h.sort(key=bad_key)
except ValueError as exc:
    print("sort key error:", exc)
check("after key error", sorted(h), list(range(1, 41)))

# A comparison that raises partway through the sort proper.
class Boom:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Boom.count += 1
        if Boom.count == 30:
            raise RuntimeError("compare failed")
        return self.v < other.v


items = [Boom(v) for v in range(50, 0, -1)]
try:
    items.sort()
except RuntimeError as exc:
    print("sort compare error:", exc)
check("after compare error", sorted(x.v for x in items), list(range(1, 51)))

# A key function that refills the list being sorted, with a small and a large array.
for extra in (3, 100):
    victim = list(range(20, 0, -1))

    def refill(v, extra=extra):
        if v == 10:
            victim.extend(range(extra))
        return v

    try:
        victim.sort(key=refill)
    except ValueError as exc:
        print("refill %d:" % extra, exc)
    check("refill %d restored" % extra, sorted(victim), list(range(1, 21)))

# A key function that empties the list being sorted.
victim = list(range(30))


def emptier(v):
    victim.clear()
    return -v


victim.sort(key=emptier)
check("cleared during sort", victim, list(range(29, -1, -1)))

# clear() and shrinking during iteration.
j = list(range(70))
seen = []
for x in j:
    seen.append(x)
    if x == 5:
        j.clear()
check("clear during iteration", seen, [0, 1, 2, 3, 4, 5])
j = list(range(70))
seen = []
for x in j:
    seen.append(x)
    if x == 3:
        del j[4:]
        j.append(99)
check("shrink during iteration", seen, [0, 1, 2, 3, 99])
j = list(range(10))
seen = []
for x in reversed(j):
    seen.append(x)
    if x == 8:
        j[:] = range(100)
check("regrow during reversed iteration", seen, [9, 8] + list(range(7, -1, -1)))

# sorted() of small and large inputs, with reverse and a key.
for n in (0, 1, 2, 9, 64, 65, 300):
    src = [(i * 37) % 101 for i in range(n)]
    check("sorted %d" % n, sorted(src, key=lambda v: -v, reverse=True), sorted(src))
