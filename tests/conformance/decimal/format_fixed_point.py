# format() of Decimals with the fixed-point specs pygen formats natively, and the specs around
# them that go to lib/decimal.py: signs, widths, grouping, places, roundings, specials.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP
vals = [Decimal(s) for s in ['0', '-0', '1', '-1.5', '2.675', '2.665', '-0.001', '0.005', '0.015', '1234567.891', '-9876543210.12345', '1E+5', '1.23E-7', '-5E-3', '999.995', '12345678901234567890.123456789', 'NaN', '-Infinity', '1E+30', '0.000']]
specs = ['.2f', '.0f', '.1f', '.3F', '+.2f', ' .2f', '-.2f', '10.2f', '+12,.2f', ',.2f', '20,.4f', '.10f', '.2%', '08.2f', '>10.2f', '.2', '', 'f', '.99f', '.100f', ',.0f', '3.2f', '1000.1f', '1001.1f', 'z.2f', '_.2f']
for v in vals:
    out = []
    for sp in specs:
        try: out.append(format(v, sp))
        except Exception as e: out.append(type(e).__name__)
    print(repr(v), out)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print([format(v, '.1f') for v in vals[:12]])
    c.rounding = ROUND_HALF_UP
    print([f'{v:,.2f}' for v in vals[:12]])
