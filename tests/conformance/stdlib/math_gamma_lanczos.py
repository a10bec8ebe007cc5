# math.gamma and math.lgamma give CPython's own (Lanczos) values to the last bit, not libm's.
import math

xs = [i / 7.3 for i in range(-60, 200, 3)] + [1e-30, -1e-25, 0.5, 1.5, 2.5, 23.0, 24.0, 100.25,
                                             141.5, 170.5, 171.7, -170.5, -200.5, -250.25, 1e10]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            r = repr(f(x))
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{f.__name__}({x!r}) = {r}")
print(math.gamma(10), math.lgamma(10), math.gamma(0.5) ** 2, math.lgamma(-0.5))
