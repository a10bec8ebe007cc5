# Context: attributes and validation, repr, flags and traps, the signals' hierarchy and
# messages, getcontext/setcontext/localcontext, the template contexts, Etiny/Etop, clamp
import decimal
from decimal import *

print(getcontext())
print(repr(DefaultContext), repr(BasicContext), repr(ExtendedContext), sep='\n')
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
for name in ['DecimalException', 'Clamped', 'InvalidOperation', 'ConversionSyntax',
             'DivisionByZero', 'DivisionImpossible', 'DivisionUndefined', 'Inexact',
             'InvalidContext', 'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation']:
    cls = getattr(decimal, name)
    print(cls, [c.__name__ for c in cls.__mro__])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps[Overflow], c.traps[InvalidOperation], c.flags[Inexact])
c.traps[InvalidOperation] = True
c.flags[Rounded] = True
print(c)
c.clear_flags()
c.clear_traps()
print(c)
c.traps = {s: s in (Inexact, Clamped) for s in c.traps}
c.flags = dict.fromkeys(c.flags, True)
print(c, c.flags == c.flags.copy(), len(c.traps), list(c.traps)[:2])
for bad in [[Inexact], 5]:
    try:
        c.traps = bad
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
c.flags = dict.fromkeys(c.flags, False)
for kw in [dict(prec=0), dict(prec=-1), dict(prec='a'), dict(rounding='x'), dict(rounding=1),
           dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=5), dict(prec=1.5),
           dict(flags=[1]), dict(traps={}), dict(traps={Inexact: True})]:
    try:
        Context(**kw)
        print(kw, 'ok')
    except (ValueError, TypeError, KeyError) as e:
        print(kw, type(e).__name__, e)

# all flags are set, the first trapped signal is raised with the list of trapped conditions
tests = [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'),
         lambda: Decimal('9e999999') * 10, lambda: Decimal(-1).sqrt(),
         lambda: Decimal('1e-999999') / 10 ** 30, lambda: Decimal('inf') - Decimal('inf'),
         lambda: divmod(Decimal(1), 0), lambda: Decimal(10) ** 1000000,
         lambda: Decimal('1e100') // 3, lambda: Decimal(0) ** 0, lambda: Decimal('nan') < 1,
         lambda: Decimal('snan') + 1, lambda: Decimal(1) < 0.5, lambda: Decimal(2) / 3,
         lambda: Decimal('1e-999990') / 10**20]
for traps in [None, [], [Inexact, Rounded], [Underflow, Subnormal, Clamped, FloatOperation],
              [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
               Rounded, Clamped, FloatOperation]]:
    for i, t in enumerate(tests):
        with localcontext(Context(traps=traps) if traps is not None else None) as ctx:
            ctx.clear_flags()
            try:
                r = repr(t())
            except DecimalException as e:
                r = '%s %s' % (type(e).__name__, e)
            print(i, r, ctx)

with localcontext(Context(prec=4, Emin=-5, Emax=5, traps=[])) as ctx:
    for v in ['1.23456', '123456', '1e-8', '1.5e-7', '9.9999e5', '0.00000001', '1e-9', '1e7',
              '-1e7', '0e-20', '0e20']:
        ctx.clear_flags()
        r = +Decimal(v)
        print(v, repr(r), ctx.flags[Subnormal], ctx.flags[Underflow], ctx.flags[Clamped],
              ctx.flags[Overflow], ctx.flags[Inexact], ctx.flags[Rounded])
    ctx.clamp = 1
    print(repr(+Decimal('1e5')), repr(+Decimal('0e10')))
    for r in [ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_UP]:
        ctx.rounding = r
        print(r, Decimal('9e5') * 10, Decimal('-9e5') * 10)

# localcontext with keywords (3.11), nesting, and restoring after an exception
orig = getcontext()
with localcontext(prec=10, rounding=ROUND_UP) as a:
    print(Decimal(1) / 3, a.prec, a.rounding, getcontext() is a)
    with localcontext(a, prec=3) as b:
        print(Decimal(1) / 3, getcontext() is b)
    print(Decimal(1) / 3)
print(getcontext() is orig, Decimal(1) / 3)
try:
    with localcontext(prec=2):
        raise KeyError('x')
except KeyError:
    print('restored', getcontext().prec)
for kw in [dict(foo=1), dict(prec=0), dict(rounding='bad')]:
    try:
        localcontext(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    localcontext(5)
except TypeError as e:
    print(e)

new = Context(prec=6)
setcontext(new)
print(getcontext() is new, Decimal(2).sqrt())
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext())
setcontext(DefaultContext)
print(getcontext())
try:
    setcontext(1)
except TypeError as e:
    print(e)
c = getcontext().copy()
c.prec = 3
print(c.prec, getcontext().prec)
print(c.create_decimal('1.23456'), c.create_decimal(123456), c.create_decimal_from_float(0.1))
print(c.create_decimal('nan12'), c.create_decimal())
print(c.add(1, 2), c.multiply(Decimal('1.5'), 3), c.divide(1, 7), c.power(2, 10),
      c.sqrt(2), c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.abs(-5), c.minus(5), c.plus(5),
      c.quantize(Decimal('1.2345'), Decimal('0.1')), c.to_sci_string(Decimal('1e10')),
      c.to_eng_string(Decimal('1e10')), c.normalize(Decimal('1.500')), c.exp(1), c.ln(10),
      c.log10(2), c.divide_int(7, 2), c.remainder(7, 2), c.subtract(1, 5), c.divmod(7, 2),
      c.is_zero(0), c.copy_sign(1, -2), c.fma(2, 3, 4), c.remainder_near(7, 4),
      c.scaleb(1, 2), c.same_quantum(Decimal('1.0'), Decimal('2.0')), c.next_plus(1),
      c.next_minus(1), c.next_toward(1, 0), c.logb(1000), c.number_class(1))
for bad in [lambda: c.add('1', 2), lambda: c.add(1.5, 2), lambda: Decimal(1).compare('x')]:
    try:
        bad()
    except TypeError as e:
        print(e)
