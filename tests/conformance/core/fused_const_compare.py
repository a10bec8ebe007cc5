# A constant operand after a computed one ((lo + hi) // 2, v % 97 == 0) and int comparisons of
# locals and constants (while lo < hi, if i < 0) run fused once specialized (issue #6). The sites
# must keep CPython's results when the operands change type, overflow or divide by zero later.


def const_after(a, b):
    return (a + b) // 2, (a * b) % 97, (a - b) * 3, (a | b) & 255, (a ^ b) - 1, (a + b) + 0.5


def compares(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > 0:
        out.append("pos")
    if b >= -3:
        out.append("ge-3")
    out.append(a < 7)
    out.append((a % 4) == 1)
    return out


def lower_bound(a, x):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


for i in range(300):
    const_after(i, i + 3)
    compares(i, 150)
    lower_bound(list(range(0, 100, 3)), i % 90)
for a, b in [(3, 4), (2**62, 2**62), (2**63 - 1, 1), (-2**63, -1), (1.5, 2.5), (True, True), (2**70, 5),
             (7, -7), (0, 0)]:
    try:
        print(repr(a), repr(b), const_after(a, b))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
for a, b in [(1, 2), (2, 2), (3, 2), (-1, -5), (2**64, 2**64 + 1), (1.5, 1.5), (float("nan"), 1.0),
             (True, 2), ("a", "b"), (5, 5.0), (-2**63, 2**63 - 1)]:
    try:
        print(repr(a), repr(b), compares(a, b))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
print(lower_bound(list(range(0, 100, 3)), 50), lower_bound([0.5, 1.5, 2.5], 2), lower_bound(["a", "c"], "b"))
print(lower_bound([2**65, 2**66], 2**65 + 1), lower_bound([], 3))


def zero_div(a):
    return (a + 1) // 0


for _ in range(100):
    try:
        zero_div(1)
    except ZeroDivisionError:
        pass
try:
    zero_div(2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno - zero_div.__code__.co_firstlineno)


def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


print(count_down(1000), count_down(-1), count_down(2**64 // 2**60))
