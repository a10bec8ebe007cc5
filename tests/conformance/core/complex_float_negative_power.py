# A negative float (or int) raised to a fractional float power gives a complex, as in CPython;
# integral exponents stay real.
print((-8) ** (1 / 3))
print((-2.0) ** 0.5, (-1) ** 0.5, pow(-8, 1 / 3), (-1) ** 2.5)
print((-2.0) ** 2.0, (-2.0) ** 3, (-2) ** -1, 4 ** 0.5)
print(type((-4.0) ** 0.5).__name__, type((-4.0) ** 2.0).__name__)
