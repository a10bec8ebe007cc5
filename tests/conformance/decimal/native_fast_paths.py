# Differential check of the operations pygen runs natively (+, -, * and their reflections,
# quantize, str, Decimal(int)) around every edge of the native paths: coefficients on both
# sides of 18 digits, exponents near the context's limits, every rounding, clamping, flags and
# traps, int and bool operands, subclasses. Each line is a result or an exception, then the
# flags raised.
import decimal
from decimal import Decimal, Context, localcontext

SIGNALS = [decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Inexact,
           decimal.Rounded, decimal.Subnormal, decimal.Overflow, decimal.Underflow,
           decimal.FloatOperation]
ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_05UP]

state = 2024


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def coefficient():
    digits = [0, 1, 1, 2, 3, 5, 9, 12, 17, 18, 18, 19, 20, 25][rnd(14)]
    if digits == 0:
        return 0
    c = rnd(9) + 1
    for _ in range(digits - 1):
        c = c * 10 + [0, 0, 5, 9, rnd(10)][rnd(5)]
    return c


def operand():
    kind = rnd(20)
    if kind == 0:
        return rnd(2000) - 1000            # an int
    if kind == 1:
        return Decimal(['NaN', '-Infinity', 'Infinity', 'sNaN'][rnd(4)])
    sign = '-' if rnd(3) == 0 else ''
    return Decimal('%s%dE%d' % (sign, coefficient(), rnd(41) - 20))


def flags(ctx):
    return ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])


def show(label, fn, ctx):
    ctx.clear_flags()
    try:
        r = fn()
        text = '%s %r' % (type(r).__name__, r)
    except Exception as e:
        text = 'raised %s' % type(e).__name__
    print(label, text, flags(ctx))


def context():
    prec = [1, 2, 5, 9, 17, 18, 19, 28, 38, 39, 50][rnd(11)]
    emax = [999999, 30, 8, 3][rnd(4)]
    ctx = Context(prec=prec, rounding=ROUNDINGS[rnd(8)], Emin=-emax, Emax=emax,
                  clamp=rnd(4) == 0, traps=[])
    if rnd(3) == 0:
        ctx.traps[[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation,
                   decimal.Overflow, decimal.Subnormal][rnd(5)]] = True
    return ctx


for round_no in range(60):
    ctx = context()
    with localcontext(ctx) as c:
        print('context', c.prec, c.rounding, c.Emax, c.clamp, [s.__name__ for s in SIGNALS if c.traps[s]])
        for i in range(12):
            a, b = operand(), operand()
            if not isinstance(a, Decimal):
                a, b = b, a
            show('%r + %r' % (a, b), lambda: a + b, c)
            show('%r - %r' % (a, b), lambda: a - b, c)
            show('%r * %r' % (a, b), lambda: a * b, c)
            show('%r rsub %r' % (a, b), lambda: b - a, c)
            q = Decimal('1E%d' % (rnd(15) - 10))
            if rnd(2):
                r = ROUNDINGS[rnd(8)]
                show('%r quantize %r %s' % (a, q, r), lambda: a.quantize(q, rounding=r), c)
                show('%r quantize-pos %r %s' % (a, q, r), lambda: a.quantize(q, r), c)
            else:
                show('%r quantize %r' % (a, q), lambda: a.quantize(q), c)
            show('str', lambda: str(a), c)

# division, comparisons, hashing and parsing
for round_no in range(40):
    ctx = context()
    with localcontext(ctx) as c:
        print('context', c.prec, c.rounding, c.Emax, c.clamp, [s.__name__ for s in SIGNALS if c.traps[s]])
        for i in range(10):
            a, b = operand(), operand()
            if not isinstance(a, Decimal):
                a = Decimal(a)
            show('%r / %r' % (a, b), lambda: a / b, c)
            show('%r rtruediv %r' % (a, b), lambda: b / a, c)
            show('%r cmp %r' % (a, b), lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b), c)
            show('%r rcmp %r' % (a, b), lambda: (b < a, b == a, b >= a), c)
            if not a.is_nan():
                show('hash %r' % a, lambda: (hash(a), hash(a) == hash(+a), hash(a) == hash(a.normalize())), c)
            show('parse %s' % a, lambda: Decimal(str(a)), c)
            show('parse-e %s' % a, lambda: Decimal('%sE%d' % (a, rnd(7) - 3)) if a.is_finite() else a, c)
for v in [1, -1, 7, 10**17, 10**18 - 1, 10**18, 2**61 - 1, 2**61, -(2**61 - 1)]:
    for e in [-40, -3, 0, 3, 25]:
        d = Decimal(v).scaleb(e)
        print('hash', v, e, hash(d), hash(d) == hash(d.normalize()), e >= 0 and hash(d) == hash(v * 10**e))
for s in ['1', '-0', '+0.000', '00012.3400', '.5', '5.', '1e5', '1E-5', '-1.5e+3', '1e000000000000000000005',
          '123456789012345678', '1234567890123456789', '0.000000000000000000000000000001', '1_000', ' 1 ',
          '.', 'e5', '1e', '1e+', '--1', '1.2.3', 'NaN', '-Infinity', '١٢٣', '1e-0', '9' * 18 + 'e-18']:
    try:
        d = Decimal(s)
        print(repr(s), repr(d), d.as_tuple())
    except Exception as e:
        print(repr(s), type(e).__name__)
print(sorted([Decimal('1.10'), Decimal('1.1'), Decimal(-3), 2, Decimal('0.0'), -0, Decimal('-0')]))
print(Decimal(1) / 3, Decimal(2) / Decimal('0.5'), 1 / Decimal(8), Decimal('1.00') / Decimal('0.25'), Decimal(10) / Decimal(4))
print(sum([Decimal(i) / 7 for i in range(1, 50)], Decimal(0)), {Decimal('1.0'): 'a', 1: 'b', Decimal('2.50'): 'c', 2.5: 'd'})

# Decimal(int) and str() at the edges of the native range
for v in [0, 1, -1, 7, -7, 10**18 - 1, 10**18, -(10**18), 2**63 - 1, -(2**63), 2**63, 10**40, True, False]:
    d = Decimal(v)
    print(repr(v), repr(d), str(d), d.as_tuple())
for s in ['0.000001', '0.0000001', '-0.00012', '123.456', '1E+3', '-5E-7', '1.000', '12E-2', '1234567890123456789E-5']:
    print(s, str(Decimal(s)), repr(Decimal(s)), str(Decimal(s) + 0), str(Decimal(s) * 1))


class MyDec(Decimal):
    pass


m = MyDec(5)
print(type(m).__name__, type(m + 1).__name__, type(1 + m).__name__, type(m * m).__name__,
      type(m.quantize(Decimal('0.1'))).__name__, str(m), repr(m))
print(Decimal(3) + True, True - Decimal(3), Decimal('2.5') * False)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print('TypeError', e)
try:
    Decimal(1).quantize(Decimal('0.1'), rounding='bogus')
except TypeError as e:
    print('TypeError', e)
print(Decimal.__add__(Decimal(1), 2), Decimal(1).__add__(2.5), Decimal(7).quantize(exp=Decimal('0.01')))
# a money loop as billing code writes it
with localcontext() as c:
    c.rounding = decimal.ROUND_DOWN
    total = Decimal(0)
    for i in range(1, 2000):
        price = (Decimal('0.0013') * Decimal(i * 37 % 7200)).quantize(Decimal('0.01'), rounding=decimal.ROUND_HALF_EVEN)
        tax = (price * Decimal('0.0675')).quantize(Decimal('0.01'))
        total += price + tax
    print(total, flags(c))
