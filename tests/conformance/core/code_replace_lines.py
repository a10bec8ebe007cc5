# code.replace() and co_lines(): a copy with new names, constants or first line; the line runs
# cover the whole code and agree with co_positions().
def f(a, b=2):
    x = a + b
    return "first", x


c = f.__code__
g = type(f)(c.replace(co_name="g", co_consts=tuple("second" if k == "first" else k for k in c.co_consts)),
            globals())
print(g.__code__.co_name, g(1, 2), f(1))
print(c.replace().co_name, c.replace(co_filename="other.py").co_filename)
print(c.replace(co_qualname="Q.f").co_qualname, c.co_qualname)

moved = c.replace(co_firstlineno=c.co_firstlineno + 100)
print(moved.co_firstlineno - c.co_firstlineno)
old_lines = [line for _, _, line in c.co_lines() if line is not None]
new_lines = [line for _, _, line in moved.co_lines() if line is not None]
print([n - o for n, o in zip(new_lines, old_lines)] == [100] * len(old_lines), len(old_lines) > 0)

# The runs tile the code, in order, with no gaps.
runs = list(c.co_lines())
print(runs[0][0] == 0, all(a[1] == b[0] for a, b in zip(runs, runs[1:])), all(s < e for s, e, _ in runs))
print({1, 2} <= {line - c.co_firstlineno for _, _, line in runs if line is not None})

renamed = c.replace(co_varnames=("p", "q", "r"))
print(renamed.co_varnames, c.co_varnames)

for bad in ({"co_name": 1}, {"co_consts": [1]}, {"co_nonsense": 1}):
    try:
        c.replace(**bad)
    except TypeError as e:
        print("TypeError", type(e).__name__)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)

# A replaced code object runs like the original after the original has warmed up.
for _ in range(100):
    f(3)
h = type(f)(c.replace(co_name="h"), globals())
print(h(5, 1), h.__code__.co_name)
