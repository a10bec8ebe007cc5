# `x op y` on two locals or a local and a constant runs as one fused instruction once BINARY_OP
# has specialized (issue #6). The same code sites must keep CPython's results when the operands
# change type or overflow after specialization, and errors must name the right line.
import sys


def arith(a, b):
    r1 = a + b
    r2 = a - b
    r3 = a * b
    r4 = a & b if isinstance(a, int) and isinstance(b, int) else None
    r5 = a | b if isinstance(a, int) and isinstance(b, int) else None
    r6 = a ^ b if isinstance(a, int) and isinstance(b, int) else None
    return r1, r2, r3, r4, r5, r6


def with_consts(a):
    return a + 1, a - 3, a * 7, a & 255, a | 8, a ^ 5, a % 10, a // 4, a >> 2


def float_consts(x):
    return x + 1.5, x - 0.25, x * 2.0


def divmod_sites(a, b):
    return a % b, a // b, a >> b


# Warm the sites up with small ints and floats, then change what flows through them.
for i in range(300):
    arith(i, i + 1)
    with_consts(i)
    float_consts(i * 0.5)
    divmod_sites(i + 10, (i % 7) + 1)
big = 2**62
cases = [(3, 4), (-7, 2), (big, big), (-big, big), (2**63 - 1, 1), (-2**63, -1), (2**63 - 1, -(2**63)),
         (3037000500, 3037000500), (-3037000500, 3037000500), (1.5, 2.25), (1e308, 1e308), (-0.0, 0.0),
         (float("inf"), float("-inf")), (float("nan"), 1.0), (2, 0.5), (0.5, 2), (True, 2), (True, False),
         (2**70, 3), ("ab", "cd"), ([1], [2]), (1j, 2), (3, 2**64)]
for a, b in cases:
    try:
        print(repr(a)[:24], repr(b)[:24], arith(a, b))
    except TypeError as e:
        print(repr(a)[:24], repr(b)[:24], "TypeError", e)
for a in [5, -5, 2**63 - 1, -2**63, 2**64, 255.5, True, -1]:
    try:
        print(repr(a), with_consts(a))
    except TypeError as e:
        print(repr(a), "TypeError", e)
for x in [0.5, -2.0, 1e308, 3, True, 2**80]:
    print(repr(x), float_consts(x))
for a, b in [(17, 5), (-17, 5), (17, -5), (-2**63, -1), (7, 0), (7, -1), (2**63 - 1, 70), (-9, 64)]:
    try:
        print(a, b, divmod_sites(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)
    except ValueError as e:
        print(a, b, "ValueError", e)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


print(arith(MyInt(3), 4)[0], arith(MyFloat(2.0), 3.0)[2], with_consts(MyInt(9))[0])


def unbound_local():
    if False:
        y = 1
    x = 2
    return x + y


try:
    unbound_local()
except UnboundLocalError as e:
    print("UnboundLocalError", e, e.__traceback__.tb_next.tb_lineno - unbound_local.__code__.co_firstlineno)


def loop_sum(n):
    total = 0
    step = 1
    i = 0
    while i < n:
        total = total + i
        i = i + step
    return total


print(loop_sum(1000), loop_sum(10))


def trace_me(a, b):
    c = a * b
    return c + a


lines = []


def tracer(frame, event, arg):
    if frame.f_code is trace_me.__code__:
        lines.append((event, frame.f_lineno - trace_me.__code__.co_firstlineno))
    return tracer


for _ in range(50):
    trace_me(2.0, 3.0)
sys.settrace(tracer)
print(trace_me(2.0, 3.0), trace_me(4, 5))
sys.settrace(None)
print(lines)
