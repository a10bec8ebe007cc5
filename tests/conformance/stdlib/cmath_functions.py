# cmath: every function over a grid of finite, signed-zero, subnormal, huge, infinite and NaN parts
# (branch cuts and special values as CPython's), its errors, argument conversion and constants.
import cmath, math
inf, nan = float("inf"), float("nan")
reals = [-inf, -2.5, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan, 1e-310, -1e-310, 1e300, -1e300, 710.0, -710.0, 1e-20]
fns = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh", "cos", "sin", "tan", "cosh", "sinh", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
def show(v):
    if isinstance(v, complex):
        return "(%r, %r)" % (v.real, v.imag)
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    return repr(v)
for name in fns:
    f = getattr(cmath, name)
    out = []
    for x in reals:
        for y in reals:
            try:
                out.append(show(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, " ".join(out))
for r in reals:
    out = []
    for phi in reals:
        try:
            out.append(show(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print("rect", r, " ".join(out))
for a, b in [(8, 2), (1, 1), (1, 0), (0, 2), (1j, 2), (-8, -2), (100, 10j)]:
    try: print("log", a, b, show(cmath.log(a, b)))
    except (ValueError, OverflowError) as e: print("log", a, b, type(e).__name__, e)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for a in ['x', None, [1]]:
    try: cmath.sqrt(a)
    except TypeError as e: print(e)
for call in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(1, 2, 3), lambda: cmath.log(), lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.rect('a', 1)]:
    try: call()
    except TypeError as e: print("TypeError:", e)
for call in [lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.exp(1000), lambda: cmath.log(0), lambda: cmath.log(1, 0), lambda: cmath.log(1, 1), lambda: cmath.atanh(1), lambda: cmath.cosh(1000), lambda: cmath.sqrt(10**400)]:
    try: print(call())
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
class C:
    def __complex__(self): return 1j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
class B:
    def __complex__(self): return 1
print(cmath.sqrt(C()), cmath.phase(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True))
try: cmath.sqrt(B())
except TypeError as e: print(e)
z = cmath.rect(2, cmath.pi / 3)
print(cmath.polar(z), abs(z), cmath.isclose(cmath.exp(cmath.log(z)), z))
print(cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.asin(2), cmath.acos(2), cmath.atan(2j) if False else cmath.atan(0.5j))
