# random differential check: 1500 seeded operations at random precisions, roundings and
# exponent limits (traps off), printing each result with the flags it raised
import random, sys
from decimal import *
seed = 5
N = 1500
R = random.Random(seed)
MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def rnd():
    k = R.random()
    if k < 0.03: return R.choice(['Inf', '-Inf', 'NaN', '0', '-0', '0E+5', '-0E-7'])
    nd = R.choice([1, 1, 2, 3, 5, 9, 15, 30])
    c = R.randrange(10 ** nd)
    e = R.choice([0, 0, -1, -2, -5, 3, R.randint(-40, 40), R.randint(-120, 120)])
    return ('-' if R.random() < 0.3 else '') + '%dE%d' % (c, e)
ops = ['add', 'sub', 'mul', 'div', 'fdiv', 'mod', 'pow', 'powi', 'sqrt', 'exp', 'ln', 'log10', 'quant', 'norm', 'pos', 'neg', 'rn', 'cmp', 'fmt', 'toint', 'fma', 'max', 'nextp', 'str', 'eng', 'hashf']
for i in range(N):
    prec = R.choice([1, 2, 3, 5, 7, 9, 16, 28, 34])
    emax = R.choice([9, 99, 999999])
    c = Context(prec=prec, rounding=R.choice(MODES), Emax=emax, Emin=-emax, clamp=R.choice([0, 0, 1]), traps=[])
    a = Decimal(rnd()); b = Decimal(rnd()); op = R.choice(ops)
    try:
        if op == 'add': r = c.add(a, b)
        elif op == 'sub': r = c.subtract(a, b)
        elif op == 'mul': r = c.multiply(a, b)
        elif op == 'div': r = c.divide(a, b)
        elif op == 'fdiv': r = c.divide_int(a, b)
        elif op == 'mod': r = c.remainder(a, b)
        elif op == 'rn': r = c.remainder_near(a, b)
        elif op == 'pow':
            if a.is_finite() and abs(a.adjusted()) > 5: a = a.scaleb(-a.adjusted())
            if b.is_finite() and b.adjusted() > 2: b = b.scaleb(-b.adjusted())
            r = c.power(a, b)
        elif op == 'powi': r = c.power(a, R.randint(-30, 30))
        elif op == 'sqrt': r = c.sqrt(a)
        elif op == 'exp':
            if a.is_finite() and a.adjusted() > 3: a = a.scaleb(-a.adjusted())
            r = c.exp(a)
        elif op == 'ln': r = c.ln(a)
        elif op == 'log10': r = c.log10(a)
        elif op == 'quant': r = c.quantize(a, Decimal('1E%d' % R.randint(-10, 5)))
        elif op == 'norm': r = c.normalize(a)
        elif op == 'pos': r = c.plus(a)
        elif op == 'neg': r = c.minus(a)
        elif op == 'cmp': r = (c.compare(a, b), a < b if not (a.is_nan() or b.is_nan()) else None, a == b)
        elif op == 'fmt':
            spec = R.choice(['', '.3f', '.2e', '.4g', ',.2f', '%', '>12.1f', 'f', 'e', 'g', '.0f', '+.5'])
            with localcontext(c):
                r = format(a, spec)
        elif op == 'toint': r = (c.to_integral_value(a), c.to_integral_exact(a))
        elif op == 'fma': r = c.fma(a, b, Decimal(rnd()))
        elif op == 'max': r = (c.max(a, b), c.min(a, b), c.max_mag(a, b))
        elif op == 'nextp': r = (c.next_plus(a), c.next_minus(a), c.next_toward(a, b))
        elif op == 'str': r = (str(a), repr(a), a.as_tuple(), a.adjusted())
        elif op == 'eng': r = a.to_eng_string()
        elif op == 'hashf': r = hash(a) if not a.is_nan() else 0, float(a) if not a.is_snan() else 0
        print(i, op, a, b, prec, c.rounding, emax, c.clamp, r, c.flags)
    except Exception as e:
        print(i, op, a, b, 'EXC', type(e).__name__, e)
