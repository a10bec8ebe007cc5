# Calls of globals and builtins (`f(x)`, `len(x)`): the function is looked up again on every call,
# so rebinding, deleting, shadowing a builtin with a global and removing the shadow take effect
# at once, in loops that have been running long enough to be specialized.
import builtins


def f(x):
    return x + 1


def g(x):
    return x * 10


def run(n):
    out = []
    for i in range(n):
        out.append(f(i) + len("ab"))
    return out


print(run(3))
for _ in range(50):
    run(5)
f = g
print(run(3))
len = lambda s: 100
print(run(2))
del len
print(run(2))
del f
try:
    run(1)
except NameError as e:
    print(e)


def f(x):
    return -x


print(run(2))
saved = builtins.len
builtins.len = lambda s: 7
print(run(2))
builtins.len = saved
print(run(2))
del builtins.len
try:
    run(1)
except NameError as e:
    print(e)
builtins.len = saved
ns = {"f": lambda x: x * 3, "__builtins__": builtins}
code = compile("def h(n):\n    return [f(i) + len('xyz') for i in range(n)]\n", "<ns>", "exec")
exec(code, ns)
print(ns["h"](3))
ns2 = {"__builtins__": builtins}
exec(code, ns2)
try:
    ns2["h"](2)
except NameError as e:
    print(e)
print(ns["h"](2))
