import decimal
print(decimal.Decimal.__name__, decimal.Decimal.__qualname__, repr(decimal.Decimal))
try: decimal.Decimal(1).foo
except AttributeError as e: print(e)
try: decimal.Decimal(1) + 'a'
except TypeError as e: print(e)
try: 'a' + decimal.Decimal(1) 
except TypeError as e: print(e)
try: [] * decimal.Decimal(1) 
except TypeError as e: print(e)
try: decimal.Decimal(1) < 'a'
except TypeError as e: print(e)
try: decimal.Decimal(1) ** 'a'
except TypeError as e: print(e)
try: decimal.Decimal(1) // 2.5
except TypeError as e: print(e)
try: 2.5 % decimal.Decimal(1)
except TypeError as e: print(e)
try: divmod(decimal.Decimal(1), 'x')
except TypeError as e: print(e)
try: decimal.Decimal(1) + None
except TypeError as e: print(e)
print(decimal.Decimal(1).__add__('a'), decimal.Decimal(1).__radd__(2.5), decimal.Decimal(1).__lt__(2.5))
try: decimal.Decimal(1).quantize(decimal.Decimal(1), 'x')
except TypeError as e: print(e)
try: decimal.Decimal(1).quantize(decimal.Decimal(1), 5)
except TypeError as e: print(e)
try: decimal.Context().quantize(decimal.Decimal(1), decimal.Decimal(1), 5)
except TypeError as e: print(e)
class D(decimal.Decimal): pass
try: D(1) + 'a'
except TypeError as e: print(e)
try: D(1).x
except AttributeError as e: print(e)
print(type(decimal.Decimal(1)), type(D(2)), decimal.Context, type(decimal.getcontext()))
try: decimal.getcontext().foo
except AttributeError as e: print(e)
from fractions import Fraction
for f in [lambda: decimal.Decimal(1) + Fraction(1, 2), lambda: Fraction(1, 2) * decimal.Decimal(1), lambda: decimal.Decimal(1) < Fraction(1, 2), lambda: decimal.Decimal(1) == Fraction(1, 1), lambda: decimal.Decimal(1) * [1], lambda: [1] * decimal.Decimal(2), lambda: decimal.Decimal(1) ** None, lambda: pow(decimal.Decimal(2), 3, 'x'), lambda: decimal.Decimal(1) >= 'x', lambda: sorted([decimal.Decimal(1), 'a']), lambda: decimal.Decimal(1).to_integral_value('x'), lambda: decimal.Decimal('1.5').to_integral_exact(rounding=3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c=decimal.Context()
for f in [lambda: c.add(a=1,b=2), lambda: c.add(1), lambda: c.abs(), lambda: c.abs(1,2), lambda: c.abs(a=1), lambda: c.is_nan(), lambda: c.is_nan(1,2), lambda: c.add(1, 2), lambda: c.abs(-3), lambda: c.is_nan(decimal.Decimal('nan')), lambda: c.quantize(decimal.Decimal('1.25'), decimal.Decimal('0.1')), lambda: c.divide(1, 3), lambda: c.compare(1, 'x'), lambda: c.add('1', 2)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
