# fractions.Fraction: construction from ints, strings, floats; arithmetic with int/float/complex;
# comparisons, hashing, rounding, limit_denominator, errors as 3.11.
from fractions import Fraction as F
import math, copy, pickle
print(F(3, 4), repr(F(6, -8)), F(), F(5), F("3/7"), F(" -1.25e2 "), F("1_000/3"), F(".5"), F("2e-3"))
print(F(0.75), F(1.1), F(F(1, 3)), F(F(1, 2), F(3, 4)), F.from_float(0.1), F.from_float(3))
print(F(1, 2) + F(1, 3), F(1, 2) - 1, 2 - F(1, 3), F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 3 / F(2, 5))
print(F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), -7 // F(2), 7 % F(-3, 2))
print(F(1, 2) + 0.5, 0.25 * F(2), F(1, 2) + 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(3))
print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2), round(F(1, 3), 3))
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) > 1, F(1, 2) <= F(1, 2), F(1) > float('-inf'), F(1) == float('nan'), F(1, 2) == 0.5 + 0j)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(3, 7).limit_denominator(10), F(1, 3).limit_denominator(1))
print(F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, bool(F(0)), bool(F(1, 9)), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(copy.copy(F(1, 5)), copy.deepcopy(F(2, 5)), pickle.loads(pickle.dumps(F(-3, 5))), str(F(-3, 5)), format(F(1, 3)), "%s" % F(4, 6))
for e in ['F(1,2)/0', 'F(0)**-1', 'F(1,2)//0', 'F("x")', 'F(1.5,2)', 'F([])', 'F(float("inf"))', 'F(float("nan"))',
          'F.from_float("a")', 'F(1,0)', 'F(2,3).limit_denominator(0)', 'F("1/0")', 'F(1,3)<"a"', 'F("1 /2")', 'F("1/-2")']:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
class G(F):
    pass
print(repr(G(1, 2)), repr(G(1, 2) + 1), isinstance(G(1), F))
