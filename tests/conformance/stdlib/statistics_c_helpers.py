# statistics takes _normal_dist_inv_cdf from the _statistics module (C++ here, C in CPython); the
# Python fallback and the module's function agree bit for bit. Also the private helpers CPython's
# own tests call: _isfinite and _integer_sqrt_of_frac_rto.
import _statistics
import statistics
from decimal import Decimal
from fractions import Fraction

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__)
print(statistics._normal_dist_inv_cdf is f)
for p in (0.5, 0.1, 0.9, 0.3, 0.75, 0.025, 0.975, 1e-5, 1 - 1e-5, 1e-300, 0.425 + 0.5, 0.075):
    print(p, f(p, 0.0, 1.0), f(p, 100, 15))
for args in [(1, 2, 3), (0, 0, 1), (2, 0, 1), (0.5, 0, -1), (0.9, 0, 0), (float('nan'), 0, 1),
             (0.5, float('nan'), 1), (0.5, 0, float('inf')), (0.3, float('inf'), 1),
             (0.5, 0, float('nan')), (True - 0.5, 0, 1)]:
    try:
        print(args, f(*args))
    except ValueError as e:
        print(args, 'ValueError', e)
print(statistics.NormalDist(10, 2).inv_cdf(0.8))
print(statistics.NormalDist().quantiles(4))
for bad in [(), (0.5,), (0.5, 1, 2, 3), ('x', 0, 1), (0.5, 0, [])]:
    try:
        f(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    f(p=0.5, mu=0, sigma=1)
except TypeError as e:
    print('TypeError', e)

for x in (5, Fraction(1, 3), 2.5, Decimal('5.5'), float('inf'), float('nan'), Decimal('-inf'),
          Decimal('NaN'), Decimal('sNaN')):
    print(repr(x), statistics._isfinite(x))
odd = 0
for n in range(40):
    for m in range(1, 40):
        r = statistics._integer_sqrt_of_frac_rto(n, m)
        if r * r * m != n:
            odd += r & 1
            assert m * (r - 1) ** 2 < n < m * (r + 1) ** 2
print('inexact roots that are odd:', odd)
