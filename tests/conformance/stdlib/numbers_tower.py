# numbers: the ABC tower, registrations of the builtin types and mixin methods for subclasses.
import numbers
from fractions import Fraction
print([isinstance(v, numbers.Integral) for v in (1, True, 1.0, 1j, Fraction(1))])
print([isinstance(v, numbers.Rational) for v in (1, 1.0, Fraction(1, 2))])
print([isinstance(v, numbers.Real) for v in (1, 1.0, 1j, Fraction(1, 2))])
print([isinstance(v, numbers.Complex) for v in (1, 1.0, 1j, "1")], isinstance(1, numbers.Number))
print(numbers.Integral.__mro__[1:4] == (numbers.Rational, numbers.Real, numbers.Complex))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
class Num(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "Num(%d)" % self.v
for name in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__']:
    setattr(Num, name, lambda self, *a: NotImplemented)
Num.__abstractmethods__ = frozenset()
n = Num(5)
print(n.numerator, n.denominator, n.real, n.imag, float(n), complex(n), n.__index__(), n.conjugate())
print(hash(numbers.Number) is not None, numbers.Number.__hash__)
