# format() of Decimals: e f g % n and none, precision, sign, z, #, width, fill, alignment,
# grouping with ',' and '_', and zero padding
from decimal import Decimal as D, localcontext, ROUND_DOWN, ROUND_HALF_UP

values = ['0', '-0', '1', '-1', '0.5', '1.5', '2.5', '-2.5', '123.456', '-123.456', '1234567.891',
          '0.000123', '1e-10', '1.23e+20', '100', '1e2', '1.000', '0.00', '999.999', '9.9999',
          '12345678901234567890.5', 'Infinity', '-Infinity', 'NaN', '-NaN', '0E+3', '5E-7']
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0e', '.2e', '.5e', '.0f', '.2f', '.10f',
         '.0g', '.1g', '.3g', '.10g', '.0%', '.1%', '.3n', '+', ' ', '+.2f', ' .2f', 'z.2f',
         'z.1e', '#.0f', '#.0e', '#g', '15', '<15', '>15', '^15', '=15', '*^15', '0>15', '015',
         '015.2f', '+015.2f', ',', ',.2f', '_.2f', '015,.2f', '020,.3f', '_f', ',e', '12,',
         '09,', '010,', '011,', '0=12,.1f', 'x<12.2e', '-^+20,.4f', '.30f', '.2', '.6', '10.3']
def fmt(d, s):
    try:
        return format(d, s)
    except ValueError as e:
        return 'ValueError: %s' % e

for s in specs:
    print(repr(s), ' | '.join(fmt(D(v), s) for v in values))
for v in ['1.25', '1.35', '-1.25', '2.675', '0.125']:
    with localcontext(rounding=ROUND_DOWN):
        a = format(D(v), '.1f')
    with localcontext(rounding=ROUND_HALF_UP):
        b = format(D(v), '.1f') + ' ' + format(D(v), '.2f') + ' ' + format(D(v), '.1e')
    print(v, a, b, format(D(v), '.1f'), f'{D(v):>10.2f}|{D(v):<10}|')
with localcontext(capitals=0):
    print(format(D('1e20'), ''), format(D('1e20'), 'g'), format(D('1e20'), 'G'))
for bad in ['.f', 'q', '10.2x', ',n', '.2fx', '==5']:
    try:
        print(format(D('1.5'), bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print('{:,.2f} {:>12,.2f} {:.3%}'.format(D('1234567.005'), D('-9876.5'), D('0.12345')))
