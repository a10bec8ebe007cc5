# sqrt, exp, ln, log10, power with non-integer exponents: correctly rounded at several
# precisions; special values; compare/max/min/fma/remainder_near/next_*
from decimal import Decimal as D, localcontext, getcontext, InvalidOperation, Context

xs = ['0', '-0', '1', '2', '3', '10', '100', '0.5', '0.01', '1.5', '2.25', '0.0001', '12345.678',
      '1e10', '1e-10', '7e-100', '99999', '1.000000001', '0.999999999', '-1', '-0.5',
      'Infinity', '-Infinity', 'NaN', '1e999', '123456789012345678901234567890']


def show(f):
    try:
        return repr(f())
    except ArithmeticError as e:
        return type(e).__name__ + ' ' + str(e)

for prec in [28, 5, 40]:
    with localcontext(prec=prec):
        for x in xs:
            d = D(x)
            print(prec, x, show(d.sqrt), show(d.exp), show(d.ln), show(d.log10))
with localcontext(prec=50):
    print(D(1).exp(), D(2).ln(), D(10).ln(), D(2).sqrt(), D(3).log10())
for x in ['2', '0.5', '3', '10.5', '1.1']:
    for y in ['0.5', '-0.5', '1.5', '2.5', '0.1', '-2.5', '3.25', '100.1']:
        print(x, y, show(lambda: D(x) ** D(y)))
for x in ['1000', '-2', '0.001', '1e5', '700', '-700', '2302.6', '-2302.6']:
    print(x, show(lambda: D(x).exp()))
with localcontext(Context(prec=9, Emax=99, Emin=-99, traps=[])) as c:
    for x in ['230', '-230', '227', '-227', '228', '-232']:
        c.clear_flags()
        print(x, repr(D(x).exp()), c.flags)
# exactness: powers of ten in log10, perfect squares in sqrt
for x in ['1', '10', '1000', '0.001', '1e50', '4', '0.04', '1.44', '144e2', '1e-4', '2.5e-3']:
    print(x, repr(D(x).log10()), repr(D(x).sqrt()))

vals = ['1', '2', '-1', '1.0', '1.00', '-0', '0', 'Infinity', '-Infinity', 'NaN', '2.5']
for a in vals:
    print(a, [str(D(a).compare(D(b))) for b in vals], [str(D(a).max(D(b))) for b in vals],
          [str(D(a).min(D(b))) for b in vals])
    print(a, [str(D(a).compare_total(D(b))) for b in vals],
          [str(D(a).max_mag(D(b))) for b in vals], [str(D(a).min_mag(D(b))) for b in vals])
for a, b in [('7', '4'), ('10', '3'), ('-10', '3'), ('10.5', '3'), ('1', '0'), ('0', '0'),
             ('2.5', '1'), ('3.5', '1')]:
    print(a, b, show(lambda: D(a).remainder_near(D(b))), show(lambda: D(a).fma(D(b), 1)))
for x in ['1', '0', '-1', '9.999999999999999999999999999', '1e-999999', 'Infinity', '-Infinity']:
    d = D(x)
    print(x, d.next_plus(), d.next_minus(), d.next_toward(0), d.next_toward(10))
print(D('1.00').same_quantum(D('2.00')), D('1.0').same_quantum(D('1.00')), D(5).logb(),
      D('0.001').logb(), D(1010).logical_and(D(1100)), D(1010).logical_or(D(101)),
      D(1010).logical_xor(D(1100)), D(123).shift(2), D(123).shift(-1), D(12345).rotate(2),
      D(101).logical_invert(Context(prec=5)))
# pi and e to 50 digits
with localcontext(prec=55):
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239)
    def atan_inv(n):
        x = D(1) / n
        x2 = x * x
        s = t = x
        k = 1
        while True:
            t = -t * x2
            k += 2
            term = t / k
            if abs(term) < D('1e-60'):
                break
            s += term
        return s
    pi = 16 * atan_inv(5) - 4 * atan_inv(239)
    e = sum(1 / D(__import__('math').factorial(k)) for k in range(60))
with localcontext(prec=50):
    print(+pi, +e, +e == D(1).exp())
