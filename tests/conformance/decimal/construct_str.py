# Decimal construction from str/int/float/tuple, str/repr/to_eng_string, as_tuple, ratios
from decimal import Decimal, InvalidOperation, getcontext, localcontext, FloatOperation

strings = ['0', '-0', '1', '-1', '1.0', '1.00', '0.001', '123.456', '-123.456', '1e5', '1E+5',
           '1e-5', '1.23e-7', '0.000001', '0.0000001', '123456789012345678901234567890',
           '1_000_000', ' 42 ', '\t-3.5\n', '+7', '.5', '5.', '-.5e3', '0e10', '0e-10',
           '-0.00', '1.5E+1000000', '12e-1000005', 'Inf', '-inf', 'Infinity', '-INFINITY',
           'nan', 'NaN', '-nan', 'NaN123', 'sNaN', '-sNaN45', '٣.١٤', '100E-2', '1.000E3']
for s in strings:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

bad = ['', ' ', 'abc', '1e', '1.2.3', '--1', '1_', '_1', '1__0', 'e5', '.', '1e+', 'infx',
       'nan1.5', '0x10', '1,000', '١e٣x']
for s in bad:
    try:
        print(repr(s), Decimal(s))
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(repr(Decimal('garbage')), c.flags[InvalidOperation])

for i in [0, 1, -1, 10, 12345678901234567890123456789012345, -10**40, True, False]:
    print(i, repr(Decimal(i)))

floats = [0.0, -0.0, 0.1, 0.5, 1.5, -2.25, 1e100, 1e-10, 123.456, float('inf'), float('-inf'),
          2.0 ** 60, 3.0]
for f in floats:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float('nan'))))
getcontext().clear_flags()
Decimal(0.5)
print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
Decimal.from_float(0.5)
print(getcontext().flags[FloatOperation])
with localcontext() as c:
    c.traps[FloatOperation] = True
    try:
        Decimal(0.5)
    except FloatOperation as e:
        print('trapped', e)
    print(repr(Decimal.from_float(0.25)))

tuples = [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 0), (1, (4, 5), 3), (0, (), 'F'),
          (1, (0,), 'F'), (0, (), 'n'), (0, (1, 2), 'n'), (1, (), 'N'), [0, [1, 0], -1],
          (0, (0, 0, 1), 0)]
for t in tuples:
    print(t, repr(Decimal(t)))
badt = [(0, (1, 2)), (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 'ab', 0),
        (-1, (1,), 0)]
for t in badt:
    try:
        print(Decimal(t))
    except (ValueError, TypeError) as e:
        print(t, type(e).__name__, e)
for v in [None, [], {}, 1j, b'1']:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for s in ['0', '1.5', '-0.75', '100', '1e3', '1.25e-5', '-123.456']:
    d = Decimal(s)
    print(s, d.as_integer_ratio(), d.adjusted(), d.is_signed(), d.is_zero())
for s in ['inf', 'nan']:
    try:
        Decimal(s).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
eng = ['1e3', '1e4', '1e5', '1e6', '12e-7', '1.23e-8', '0e3', '0e4', '0e5', '0e-7', '0e-8',
       '-0e2', '123456e10', '1e-1', '1e-2', '1e-3', '1e-4']
for s in eng:
    print(s, Decimal(s), Decimal(s).to_eng_string())
with localcontext() as c:
    c.capitals = 0
    print(Decimal('1e10'), repr(Decimal('1e-20')))
