# while loops compile with the test copied to the bottom (as CPython 3.11): the test runs once per
# iteration plus once at entry, continue goes back to the test, else runs when the test fails,
# break skips it, and tracing sees the loop's line on every iteration.
import sys

calls = []


def test(v):
    calls.append(v)
    return v


def count_tests(n):
    del calls[:]
    i = 0
    while test(i < n):
        i += 1
    return i, len(calls)


print(count_tests(0), count_tests(1), count_tests(5))


def with_else(n, stop):
    out = []
    i = 0
    while i < n:
        i += 1
        if i == stop:
            break
        if i % 2:
            continue
        out.append(i)
    else:
        out.append("else")
    return out


print(with_else(6, 99), with_else(6, 3), with_else(0, 1))


def bool_ops(xs):
    steps = 0
    while xs and xs[-1] > 0 or len(xs) > 3:
        xs.pop()
        steps += 1
    while not xs or xs[0] is None:
        xs = [1]
    return steps, xs


print(bool_ops([5, 4, -1, 3, 2]), bool_ops([]))


def walrus(items):
    it = iter(items)
    got = []
    while (x := next(it, None)) is not None:
        got.append(x * 2)
    return got


print(walrus([1, 2, 3]))


def forever(n):
    k = 0
    while True:
        k += 1
        if k >= n:
            break
    while 1:
        k += 10
        if k > 50:
            return k


print(forever(3))


def chained(a, b):
    c = 0
    while 0 <= a < b < 10:
        a += 1
        c += 1
    return c


print(chained(0, 4), chained(5, 4))


class Truthy:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        return self.n >= 0


t = Truthy(3)
k = 0
while t:
    k += 1
print("module loop", k)


def traced():
    n = 2
    while n > 0:
        n -= 1
    while True:
        n += 1
        if n == 2:
            break
    return n


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
traced()
sys.settrace(None)
print(events)


def raising(n):
    i = 0
    try:
        while 10 // (n - i):
            i += 1
    except ZeroDivisionError as e:
        return i, str(e)


print(raising(3))
