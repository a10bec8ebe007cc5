# + - * / // % divmod ** unary, with many values, mixed with ints; error cases
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero

vals = ['0', '-0', '1', '-1', '2', '3', '7', '-7', '0.1', '0.3', '1.5', '-2.5', '10', '1e3',
        '1.00', '123.456', '1e-5', '99999999999999999999999999999', '1e30', '-1e-30',
        'Infinity', '-Infinity', 'NaN']
vs = [D(v) for v in vals]


def show(f):
    try:
        return repr(f())
    except ArithmeticError as e:
        return type(e).__name__ + ' ' + str(e)

for a in vs:
    for b in vs:
        print(a, b, show(lambda: a + b), show(lambda: a - b), show(lambda: a * b),
              show(lambda: a / b))
for a in vs:
    for b in vs:
        print(a, b, show(lambda: a // b), show(lambda: a % b), show(lambda: divmod(a, b)))
for a in vs:
    print(a, show(lambda: -a), show(lambda: +a), show(lambda: abs(a)))
for a in vs[:20]:
    for i in [0, 1, -1, 3, 10]:
        print(a, i, show(lambda: a + i), show(lambda: i - a), show(lambda: a * i),
              show(lambda: i / a if a else 'x'))
for base in ['2', '-2', '1.1', '0.5', '10', '1.10', '3', '0', '-0', 'Infinity', '-Infinity']:
    for e in [0, 1, 2, 3, -1, -2, 10, 100, D('0.5'), D('-1.5'), D('2.0')]:
        print(base, e, show(lambda: D(base) ** e))
print(show(lambda: 2 ** D('0.5')), show(lambda: pow(D(3), 4, 5)), show(lambda: pow(D(7), 2, D(10))))
print(show(lambda: D(2) ** 1000), show(lambda: D('1.0001') ** 100000))
print(show(lambda: D('9e999999') * 10), show(lambda: D('1e-999999') / 10**30))
with localcontext() as c:
    c.traps[DivisionByZero] = False
    c.traps[InvalidOperation] = False
    print(D(1) / 0, D(-1) / 0, D(0) / 0, D(5) // 0, D(5) % 0, divmod(D(5), 0))
    print(c.flags)
for prec in [1, 3, 5, 9, 50]:
    with localcontext(prec=prec):
        print(prec, D(1) / 3, D(2) / 3, D(12345) + D('0.6789'), D(10) ** 20 + 1, D(1) / 7 * 7)
print(D(1) - D('1e-40'), D('1e40') + 1, D(1) + D('1e-100'), D('1e100') - D(1))
print(repr(D('1e100') + D('0e-100')), repr(D('5') + D('0.000')), repr(D('0.00') + D('0.0')))
for x in [1.5, 1j, None]:
    for op in ['+', '-', '*', '/', '//', '%', '**']:
        try:
            eval('D(1) %s x' % op)
        except TypeError as e:
            print(op, e)
        try:
            eval('x %s D(1)' % op)
        except TypeError as e:
            print(op, e)
