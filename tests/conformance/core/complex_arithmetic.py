# + - * / ** with int, float and complex on either side, unary operators, abs, bool, and the
# errors for division by zero, zero to a negative power, modulo, floor division and ordering.
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a ** b]
names = ["+", "-", "*", "/", "**"]
operands = [(1 + 2j, 3 - 4j), (2, 1j), (1j, 2), (1.5, 2 - 1j), (2 - 1j, 0.5), (True, 1j)]
for a, b in operands:
    for name, op in zip(names, ops):
        print(repr(a), name, repr(b), "=", op(a, b))
print(-(1 + 1j), +(1 - 1j), abs(3 + 4j), abs(-2j), bool(0j), bool(1e-300j), bool(complex(0, -0.0)))
print((1 + 1j) ** 10, (1 + 1j) ** -3, 2 ** (1 + 1j), 1j ** 1j, (2 + 0j) ** 0.5, 0j ** 0, 0j ** 2)
print(complex(float('inf'), 0) * 2, abs(complex(float('inf'), float('nan'))))
x = 1
x += 2j
x *= 1j
print(x)
cases = ["1j / 0", "1 / 0j", "0j ** -1", "0j ** 1j", "pow(1j, 2, 3)", "1j // 2", "1j % 2",
         "divmod(1j, 2)", "1j < 2j", "1j >= 1", "complex(1e300, 1e300) ** 5",
         "abs(complex(1e308, 1e308))", "round(1j)", "int(1j)", "float(1j)", "1j & 1", "~1j"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
