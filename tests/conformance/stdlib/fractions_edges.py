# Fraction edge cases: every string form (and 3.11's "d*" quirk), constructor errors, exact and
# mixed arithmetic, powers both ways, rounding, limit_denominator, hashing, comparisons with
# inf/nan, copies of subclasses.
import copy
import math
from decimal import Decimal
from fractions import Fraction as F

for text in ['1/2', ' -3/6 ', '+7', '1.', '.5', '1_0.2_5e1_0', '1e-3', '-.5E+2', '2.50', '\u0661\u0662',
             '1 / 2', '1/2e3', '', ' ', '1__0', '+', '0x10', '1.5/2', '1/0', '1.d', '1.dd', '3.D', 'e5', '.e1']:
    try:
        print(repr(text), repr(F(text)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(text), type(e).__name__, e)
for args in [(), (7,), (F(3, 4),), (2.5,), (Decimal('1.25'),), (6, -4), (F(1, 2), F(3, 4)), (0, 5),
             (-0, -3), (True, 2), (1, 0), (1.5, 2), ('1', 2), ([],), (float('inf'),), (float('nan'),)]:
    try:
        print(args, repr(F(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(Decimal('-0.125')), F.from_decimal(4))
for bad in ((F.from_float, '1'), (F.from_decimal, 1.5)):
    try:
        bad[0](bad[1])
    except TypeError as e:
        print('TypeError:', e)
a, b = F(7, 3), F(-2, 5)
for op in ('+', '-', '*', '/', '//', '%'):
    for x, y in ((a, b), (a, 2), (3, b), (a, 0.5), (1.5, b), (a, 1j), (2j, b)):
        try:
            print(x, op, y, '=', repr(eval('x %s y' % op)))
        except TypeError as e:
            print(x, op, y, 'TypeError:', e)
print(divmod(a, b), divmod(7, b), divmod(a, 0.75), divmod(2.5, a))
for x, y in ((a, 2), (a, -2), (b, -3), (F(0), 3), (a, F(1, 2)), (a, 0.5), (a, 1j), (4, F(1, 2)),
             (4, F(-2)), (F(9, 4), F(1, 2)), (2.0, F(3)), (2, F(3)), (2.5, F(-2)), (1.5, F(1, 2))):
    print(repr(x), '**', repr(y), '=', repr(x ** y))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
for x in (F(5, 2), F(7, 2), F(-5, 2), F(-7, 3), F(1, 3), F(12345, 1000)):
    print(x, round(x), round(x, 2), round(x, -1), math.floor(x), math.ceil(x), math.trunc(x), int(x),
          +x, -x, abs(x), bool(x))
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 7).limit_denominator(7),
      F(-1, 3).limit_denominator(2), F(1, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
import sys
for x in (F(1, 3), F(-1, 3), F(5), F(-1), F(1, sys.hash_info.modulus), F(2, 3 * sys.hash_info.modulus)):
    print(hash(x) == hash(float(x)) if x.denominator < 2**53 else hash(x))
print(F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 2) == 1j, F(2) == 2, F(1) == float('nan'),
      F(1) < float('inf'), F(1) > float('-inf'), F(1) < float('nan'), F(1, 3) <= F(1, 3), F(1, 3) >= 0.4)
try:
    F(1) < 1j
except TypeError as e:
    print('TypeError:', e)
class G(F):
    pass
g = G(3, 4)
print(repr(g), type(copy.copy(g)).__name__, copy.copy(F(1, 2)) is not None, type(g + 1).__name__,
      repr(copy.deepcopy(g)), g.as_integer_ratio(), str(G(4, 2)), F(2, 4).__reduce__())
print(F.__add__.__name__, F.__radd__.__name__, F.__lt__.__name__)
