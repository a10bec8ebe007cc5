# comparisons with Decimals, ints, floats, Fractions and complex; hashing equal to equal
# int/float/Fraction; sorting, sets and dict keys; NaN ordering signals
from fractions import Fraction
from decimal import Decimal as D, localcontext, InvalidOperation, FloatOperation, getcontext

vals = [D('0'), D('-0'), D('1'), D('1.0'), D('-1'), D('0.5'), D('2.5'), D('1e3'), D('1000'),
        D('-1e-10'), D('Infinity'), D('-Infinity')]
others = [0, 1, -1, 1000, 0.5, 2.5, 1e3, -1e-10, float('inf'), Fraction(1, 2), Fraction(5, 2),
          Fraction(-1, 3), True, 1 + 0j, 0.5 + 1j]
for a in vals:
    print(a, [a == b for b in others], [a != b for b in others])
    print(a, [(a < b, a <= b, a > b, a >= b) for b in others if not isinstance(b, complex)])
    print(a, [(b < a, b == a, b >= a) for b in others if not isinstance(b, complex)])
for a in vals:
    print(a, [(a < b, a == b, a > b) for b in vals])
for v in ['0', '-0', '1', '1.0', '1.5', '-2.5', '0.1', '1e20', '123456789.125', '1e-20',
          'Infinity', '-Infinity', '1E+999', '-7', '3.14159']:
    d = D(v)
    f = float(v)
    print(v, hash(d) == hash(f) if d == f else 'neq', hash(d) == hash(Fraction(v)) if d.is_finite() else '-',
          hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else '-')
print(hash(D(7)), hash(D('-1')), hash(D('0.5')), hash(D('Infinity')))
print(sorted([D('2'), D('-1'), D('0.5'), D('10'), D('1e-2'), D('-Infinity')]))
print(len({D('1'), D('1.0'), D('1.00'), 1, 1.0, Fraction(1)}), {D('2.0'): 'x'}[2])
print(max(D('1.5'), D('1.50'), 1), min([D(3), 2.5, D('2.6')]))
try:
    hash(D('sNaN'))
except TypeError as e:
    print(e)
n = D('NaN')
print(n == n, n != n, n == 1, n != 1, hash(n) == hash(n))
for op in ['<', '<=', '>', '>=']:
    try:
        print(eval('n %s 1' % op))
    except InvalidOperation as e:
        print(op, type(e).__name__, e)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(n < 1, n >= n, D('sNaN') == 1, c.flags[InvalidOperation])
try:
    D('sNaN') == 1
except InvalidOperation as e:
    print('sNaN eq', e)
with localcontext() as c:
    c.traps[FloatOperation] = True
    print(D('0.5') == 0.5, D('0.5') != 0.25)
    try:
        D('0.5') < 0.75
    except FloatOperation as e:
        print(type(e).__name__, e)
for x in ['a', None, [1], 1j]:
    for op in ['<', '>=']:
        try:
            eval('D(1) %s x' % op)
        except TypeError as e:
            print(e)
print(D(1) == 'a', D(1) != None, D(1) == (1,))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
