# Superinstructions (LOAD_FAST__LOAD_FAST and friends) and the per-operator int/float forms must
# behave exactly as the generic instructions: unbound locals reported at the right line, jumps
# into the middle of a fused pair, operand types changing mid-loop, overflow and shifts.
import sys


def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b          # LOAD_FAST a; LOAD_FAST b: b may be unbound


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return (a + b) if flag is not None else 0


for i in range(40):
    unbound_second(True)
    unbound_first(True)
for fn in (unbound_second, unbound_first):
    try:
        fn(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


def jump_into_pair(n):
    # the loop's back jump lands on the second LOAD_FAST of `x = y` / `t = x, y` pairs
    x = 0
    y = 1
    out = []
    for k in range(n):
        x, y = y, x + y
        out.append(x)
    return out[-3:]


for i in range(30):
    r = jump_into_pair(10)
print("jump", r)


def stores(seq):
    total = 0
    for a, b in seq:       # UNPACK then STORE_FAST STORE_FAST
        total += a * b
    return total


print("stores", [stores([(1, 2), (3, 4)]) for _ in range(30)][-1])


def mixed(a, b):
    return a + b, a - b, a * b


results = []
for v in [1, 2, 3] * 10 + [1.5, 2.5] * 10 + [2 ** 62, 2 ** 63, -(2 ** 63)] + ["x"]:
    try:
        results.append(mixed(v, v if not isinstance(v, str) else 1))
    except TypeError as e:
        results.append(str(e))
print(results[:3], results[30:32], results[-4:])


def fsum(xs):
    s = 0.0
    p = 1.0
    for x in xs:
        s += x
        p *= x
        s -= 0.25
    return s, p


print(fsum([0.5, 1.5, 2.0] * 20))
print(fsum([1, 2, 3] * 5))           # ints into the float forms
print(fsum([True, 2.0, 3]))


def shifts(a, b):
    return a << b


print([shifts(3, k) for k in (0, 1, 10, 40, 60, 61, 62, 63, 64, 100)])
print([shifts(-3, k) for k in (0, 1, 60, 61, 62, 63, 64)])
print([shifts(0, k) for k in (0, 64, 1000)])
for bad in (-1,):
    try:
        shifts(1, bad)
    except ValueError as e:
        print("ValueError", e)


def loop_del():
    x = 1
    y = 2
    for i in range(20):
        t = x
        x = y
        y = t
    del x
    try:
        return y + x
    except UnboundLocalError as e:
        return str(e)


print(loop_del(), loop_del())
print(sys.getrefcount(1.5) > 0)
