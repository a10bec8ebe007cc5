# A second copy of decimal imported afresh (as test.support's import_fresh_module makes one)
# computes with its own classes, and the first copy keeps working: the native fast paths
# belong to one copy only (pygen once sent the first copy's operations to the second's code,
# which refused its operands).
import sys, importlib
import decimal as d1
del sys.modules['decimal']
d2 = importlib.import_module('decimal')
for d in (d1, d2):
    D = d.Decimal
    a = D('1.5') + D('2.25')
    print(a, D(3) * 2, D(3) / 4, D('1.1') < D('2'), D('1.1') == D('1.10'), hash(D('2.50')) == hash(D('2.5')))
    print(f'{D("1234.5678"):.2f}', D('7').quantize(D('0.01')), str(D(10) ** 3), -D('0.5'), sum([D('0.1')] * 3))
    with d.localcontext() as ctx:
        ctx.prec = 5
        print(D(1) / D(7), d.getcontext().prec)
