# the 8 rounding modes through quantize, +x, division and to_integral; normalize, scaleb,
# adjusted, round(), int/float/floor/ceil/trunc, copy_sign, predicates
import math
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext, InvalidOperation

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
         decimal.ROUND_05UP]
vals = ['0', '-0', '1.5', '2.5', '-2.5', '1.45', '1.55', '-1.45', '0.05', '0.15', '1.049',
        '1.051', '-0.5', '0.4999', '9.995', '-9.995', '1.01', '1.06', '5.5', '6.5', '123.4567',
        '0.0001', '1e-30', '99.995']
for m in MODES:
    print(m, [str(D(v).quantize(D('0.1'), rounding=m)) for v in vals])
    print(m, [str(D(v).to_integral_value(rounding=m)) for v in vals])
    with localcontext(rounding=m, prec=3):
        print(m, [str(+D(v)) for v in vals], D(2) / 3, D(-2) / 3, D(1) / 8, D(-1) / 8)
    print(m, [str(D(v).quantize(D('1e1'), rounding=m)) for v in vals])

# money: two decimal places, ROUND_HALF_UP
cents = D('0.01')
prices = ['19.99', '5.005', '0.125', '100', '2.675', '3.14159', '-1.005', '0.1']
total = D(0)
for p in prices:
    x = D(p) * D('1.0825')
    q = x.quantize(cents, rounding=decimal.ROUND_HALF_UP)
    total += q
    print(p, x, q, q.as_tuple())
print('total', total, total.quantize(D('1.'), rounding=decimal.ROUND_HALF_UP))

for v in ['123.456', '0.000', '-0', '1e5', '1.2e-7', 'inf', 'nan']:
    for q in ['1', '0.01', '1e-10', '1e2', 'inf']:
        try:
            print(v, q, repr(D(v).quantize(D(q))))
        except InvalidOperation as e:
            print(v, q, 'InvalidOperation', e)
try:
    D('123456789').quantize(D('0.1'), context=Context(prec=9))
except InvalidOperation as e:
    print('quantize overflow', e)
try:
    D(1).quantize(D(1), rounding='nope')
except TypeError as e:
    print(type(e).__name__)

for v in ['0', '-0.000', '1.2300', '-1.2300', '100', '1e5', '120e3', '0.0001000', '1e-999999',
          'inf', '-inf', 'nan', '123456789012345678901234567890', '5.00E+3']:
    d = D(v)
    print(v, repr(d.normalize()), d.adjusted(), repr(d.scaleb(3)), repr(d.scaleb(-2)),
          d.is_finite(), d.is_infinite(), d.is_nan(), d.is_zero(), d.is_signed(),
          d.is_normal(), d.is_subnormal(), d.number_class(), repr(d.copy_sign(D(-1))),
          repr(d.copy_abs()), repr(d.copy_negate()), d.is_qnan(), d.is_snan(),
          d.is_canonical())

for v in ['0', '1.5', '2.5', '-1.5', '-2.5', '3.7', '-3.7', '1e3', '12.345', '-0.5', '0.5',
          '99999999999999999999.5']:
    d = D(v)
    print(v, int(d), float(d), round(d), repr(round(d, 1)), repr(round(d, -1)), repr(round(d, 0)),
          math.floor(d), math.ceil(d), math.trunc(d), bool(d), complex(d))
for v in ['inf', '-inf', 'nan', 'snan']:
    for f in (int, float, round, math.floor, math.ceil):
        try:
            print(v, f.__name__, f(D(v)))
        except (ValueError, OverflowError) as e:
            print(v, f.__name__, type(e).__name__, e)
print(repr(D('1.5').to_integral_exact()), getcontext().flags[decimal.Inexact])
print(repr(D('123.45').to_integral()), repr(D('-0.5').to_integral()), repr(D('7E+2').to_integral()))
