# abs, divmod, pow (two and three arguments) and round on ints and floats.
print(abs(-5), abs(2.5), abs(-0.0), abs(False), abs(-(2 ** 70)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 65, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2.0, 0.5), pow(base=3, exp=2))
print(pow(3, -1, 7), pow(0, 0), pow(2, 100))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(15, -1), round(25, -1), round(-35, -1), round(123456, -3), round(1.5, None))
print(round(5e-324, 400), round(1e300, -299), type(round(2.5)), type(round(2.5, 0)), round(-0.4), round(-0.4, 0))


class Half:
    def __round__(self, n=None):
        return ("rounded", n)


print(round(Half()), round(Half(), 3))
for call in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod("a", 1), lambda: round("x"),
             lambda: round(1.5, "a"), lambda: pow(), lambda: pow(1, 2, 3, 4), lambda: abs("s"),
             lambda: pow(2, 0.5, 3), lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
