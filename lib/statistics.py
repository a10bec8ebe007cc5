"""statistics: averages, spread, quantiles, relations between two variables and NormalDist,
as Python 3.11 computes them.

Means and variances are computed exactly with fractions and converted to the input's type at the
end (int, float, Fraction or Decimal), so results match CPython's to the last bit.
CPython counterpart: Lib/statistics.py (behaviour only)."""

import math
import numbers
import random
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul
import operator as _operator

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---- exact sums and type coercion ----

def _is_decimal_type(T):
    mod = sys.modules.get('decimal')
    return mod is not None and issubclass(T, mod.Decimal)


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinite or NaN float."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        top, bottom = x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    return top, bottom


def _coerce(T, S):
    """The common type of T and S (int yields to anything, bool to int), or TypeError."""
    if T is bool:
        T = int
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    # Related types: the more derived one. Unrelated: an int subclass yields to the other
    # type, and a Fraction to a float. Each rule is tried with T first, then S.
    for first, second in ((S, T), (T, S)):
        if issubclass(first, second):
            return first
    for first, second in ((T, S), (S, T)):
        if issubclass(first, int):
            return second
    for first, second in ((T, S), (S, T)):
        if issubclass(first, Fraction) and issubclass(second, float):
            return second
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _common_type(kinds):
    # The result type for values of these types: int unless something else is present.
    result = int
    for kind in kinds:
        result = _coerce(result, kind)
    return result


class _ExactTotals:
    """Running exact sums of the values (and, on request, of their squares), kept as integer
    numerators per denominator so that one Fraction per denominator is built at the end. An
    infinite or NaN float is kept apart, under the denominator None: it decides the total."""

    def __init__(self, squares=False):
        self.count = 0
        self.kinds = {}   # in order of appearance: the coercion error names them so, whatever the ids
        self.plain = {}
        self.squared = {} if squares else None

    def add_all(self, data):
        for x in data:
            self.kinds[type(x)] = None
            top, bottom = _exact_ratio(x)
            self.count += 1
            self.plain[bottom] = self.plain.get(bottom, 0) + top
            if self.squared is not None:
                self.squared[bottom] = self.squared.get(bottom, 0) + top * top
        return self

    def special(self):
        return self.plain.get(None) if None in self.plain else None

    def total(self):
        return sum(Fraction(top, bottom) for bottom, top in self.plain.items())

    def total_of_squares(self):
        return sum(Fraction(top, bottom * bottom) for bottom, top in self.squared.items())


def _sum(data):
    """(T, exact total, count): total is a Fraction (0 for no data), or the float itself when
    an inf or nan was seen."""
    sums = _ExactTotals().add_all(data)
    total = sums.total() if None not in sums.plain else sums.plain[None]
    return _common_type(sums.kinds), total, sums.count


def _ss(data, c=None):
    """(T, sum of squared deviations, center, count). About a given center c the deviations
    are computed in the data's own arithmetic (x - c, squared), then summed exactly; about the
    mean everything is exact: n * sum(x*x) - sum(x)**2, over n."""
    if c is not None:
        T, squares, count = _sum((dev := x - c) * dev for x in data)
        return T, squares, c, count
    sums = _ExactTotals(squares=True).add_all(data)
    count = sums.count
    if not count:
        squares = center = Fraction(0)
    elif None in sums.plain:
        # An inf or nan: it is the mean and the spread at once.
        squares = center = sums.plain[None]
    else:
        first = sums.total()
        squares = (count * sums.total_of_squares() - first * first) / count
        center = first / count
    return _common_type(sums.kinds), squares, center, count


def _convert(value, T):
    """value (a Fraction, or a float) as type T; an int T becomes float for a non-integer."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if not _is_decimal_type(T):
            raise
        # Decimal(Fraction) is a TypeError: divide the terms in Decimal arithmetic instead.
        top, bottom = value.as_integer_ratio()
        return T(top) / T(bottom)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isfinite(x):
    """False for infinities and NaNs: Decimal answers through its own is_finite()."""
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _integer_sqrt_of_frac_rto(n, m):
    """isqrt(n / m) with round-to-odd in the last bit (keeps the final rounding correct)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BIT_WIDTH = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a float: an integer square root with enough extra bits,
    rounded to odd, then one rounding by the final division."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        return float(_integer_sqrt_of_frac_rto(n, m << 2 * q) << q)
    return _integer_sqrt_of_frac_rto(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded: Decimal's own sqrt of the rounded quotient
    may be one step off, so the neighbours on each side are checked exactly."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    r_top, r_bottom = root.as_integer_ratio()
    # A neighbour wins when n/m lies beyond the midpoint between it and root, i.e. when
    # 4 n (db*dr)**2 compares with m (dr*nb + db*nr)**2 on its side.
    for neighbour, beyond in ((root.next_plus(), 1), (root.next_minus(), -1)):
        b_top, b_bottom = neighbour.as_integer_ratio()
        left = 4 * n * (r_bottom * b_bottom) ** 2
        right = m * (r_bottom * b_top + b_bottom * r_top) ** 2
        if (left > right) if beyond > 0 else (left < right):
            return neighbour
    return root


# ---- averages ----

def mean(data):
    """Arithmetic mean, exact, in the data's type.

    >>> mean([2, 4, 4, 9])
    4.75
    >>> mean([Fraction(1, 3), Fraction(1, 6)])
    Fraction(1, 4)
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast float mean, optionally weighted."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    if not isinstance(data, (list, tuple)):
        data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weighted = fsum(map(mul, data, weights))
    weight = fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    # exp of the mean logarithm: log raises ValueError for a value <= 0, fmean for no data.
    try:
        mean_log = fmean(map(log, data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    return exp(mean_log)


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def harmonic_mean(data, weights=None):
    """Reciprocal of the mean of reciprocals; 0 when any value is 0."""
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if not size:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        # One value is its own harmonic mean, in its own type (no conversion).
        only = data[0]
        if not (isinstance(only, numbers.Real) or _is_decimal_type(type(only))):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return only
    if weights is None:
        weights = [1] * size
        weight_total = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_fail_neg(weights, _NEGATIVE_HARMONIC))[1]
    checked = _fail_neg(data, _NEGATIVE_HARMONIC)
    try:
        T, reciprocal_total, _ = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        # A zero value: the harmonic mean is 0.
        return 0
    if reciprocal_total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / reciprocal_total, T)


def _sorted_data(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered, len(ordered)


def median(data):
    """The middle value; the mean of the two middle values for an even count.

    >>> median([7, 1, 5])
    5
    >>> median([7, 1, 5, 3])
    4.0
    """
    ordered, size = _sorted_data(data)
    middle = size // 2
    if size % 2:
        return ordered[middle]
    # Even count: the mean of the two middle values.
    return (ordered[middle - 1] + ordered[middle]) / 2


def median_low(data):
    ordered, size = _sorted_data(data)
    return ordered[(size - 1) // 2]


def median_high(data):
    ordered, size = _sorted_data(data)
    return ordered[size // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of width interval, interpolated."""
    ordered, size = _sorted_data(data)
    middle = ordered[size // 2]
    # The run of values equal to the middle one is the median's class: interpolate in it.
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (size / 2 - first) / (past - first)


def mode(data):
    """The most common value (the first seen among equally common ones).

    >>> mode('abracadabra')
    'a'
    """
    tally = Counter(iter(data))
    if not tally:
        raise StatisticsError('no mode for empty data')
    # most_common keeps first-seen order among equal counts.
    return tally.most_common(1)[0][0]


def multimode(data):
    """Every most common value, in the order first seen.

    >>> multimode('mississippi')
    ['i', 's']
    """
    tally = Counter(iter(data))
    top = max(tally.values(), default=0)
    return [value for value, seen in tally.items() if seen == top] if tally else []


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n equal-probability intervals."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ----
# The sample statistics divide the sum of squared deviations by n - 1, the population ones by
# n; the square root of the exact quotient is rounded once (see _float_sqrt_of_frac).

def _deviation_quotient(data, center, sample, what):
    T, squares, _, count = _ss(data, center)
    if count < 1 + sample:
        need = 'two data points' if sample else 'one data point'
        raise StatisticsError(f'{what} requires at least {need}')
    return T, squares, count - sample


def variance(data, xbar=None):
    """Sample variance (divided by n - 1).

    >>> variance([1, 2, 3, 4])
    1.6666666666666667
    """
    T, squares, divisor = _deviation_quotient(data, xbar, True, 'variance')
    return _convert(squares / divisor, T)


def pvariance(data, mu=None):
    T, squares, divisor = _deviation_quotient(data, mu, False, 'pvariance')
    return _convert(squares / divisor, T)


def _root_of_quotient(squares, divisor, T):
    quotient = squares / divisor
    # A float here (an inf or nan in the data) has no .numerator: AttributeError, as 3.11's.
    top, bottom = quotient.numerator, quotient.denominator
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(top, bottom)
    return _float_sqrt_of_frac(top, bottom)


def stdev(data, xbar=None):
    T, squares, divisor = _deviation_quotient(data, xbar, True, 'stdev')
    return _root_of_quotient(squares, divisor, T)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded.

    >>> pstdev([2, 4, 4, 4, 5, 5, 7, 9])
    2.0
    """
    T, squares, divisor = _deviation_quotient(data, mu, False, 'pstdev')
    return _root_of_quotient(squares, divisor, T)


# ---- two variables ----

def _check_pair(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def _co_moment(x, y, x_mean, y_mean):
    # The sum of products of deviations from the means (exactly summed by fsum).
    return fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))


def _sq_deviations(values, center):
    return fsum((v - center) ** 2.0 for v in values)


def covariance(x, y, /):
    size = _check_pair(x, y, 'covariance')
    x_mean, y_mean = fsum(x) / size, fsum(y) / size
    return _co_moment(x, y, x_mean, y_mean) / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    size = _check_pair(x, y, 'correlation')
    x_mean, y_mean = fsum(x) / size, fsum(y) / size
    co = _co_moment(x, y, x_mean, y_mean)
    scale = _sq_deviations(x, x_mean) * _sq_deviations(y, y_mean)
    try:
        return co / sqrt(scale)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', 'slope intercept')


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least squares slope and intercept (intercept 0 when proportional)."""
    size = _check_pair(x, y, 'linear regression')
    if proportional:
        # The line through the origin: raw moments instead of central ones.
        co = fsum(a * b for a, b in zip(x, y))
        spread = fsum(a * a for a in x)
    else:
        x_mean, y_mean = fsum(x) / size, fsum(y) / size
        co = _co_moment(x, y, x_mean, y_mean)
        spread = _sq_deviations(x, x_mean)
    try:
        slope = co / spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mean - slope * x_mean)


# ---- NormalDist ----

def _poly(coefficients, r):
    """Horner evaluation, highest degree first."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS 241 (Applied Statistics, 1988), PPND16: published coefficients for
# the central region and the two tail regions of the normal quantile function.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632045605e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0))
_AS241_FAR = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0))


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = (_poly(num, r) * q) / _poly(den, r)
        return mu + (x * sigma)
    # The tails: in terms of the distance from the nearer end.
    r = sqrt(-log(1.0 - p if q > 0.0 else p))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _poly(num, r) / _poly(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


# The C++ _statistics module computes the same quantiles faster, and CPython's statistics takes its
# C version the same way (tests compare the two, with _statistics blocked or fresh).
try:
    from _statistics import _normal_dist_inv_cdf
except ImportError:
    pass


_SQRT2 = sqrt(2.0)


def _sum_of(first, second, combine):
    # Independent normal variables: the means combine, the variances add.
    if isinstance(second, NormalDist):
        return NormalDist(combine(first._mu, second._mu), hypot(first._sigma, second._sigma))
    # A constant only moves the distribution.
    return NormalDist(combine(first._mu, second), first._sigma)


def _scaled(dist, factor, combine):
    return NormalDist(combine(dist._mu, factor), combine(dist._sigma, fabs(factor)))


class NormalDist:
    """A normal distribution N(mu, sigma) with its pdf, cdf, inverse cdf and arithmetic."""

    # Slot docstrings (the dict's values) are the attributes' __doc__, as in CPython.
    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        if not isinstance(data, (list, tuple)):
            data = list(data)
        center = fmean(data)
        return cls(center, stdev(data, center))

    def samples(self, n, *, seed=None):
        source = random if seed is None else random.Random(seed)
        draw, center, spread = source.gauss, self._mu, self._sigma
        return [draw(center, spread) for _ in range(n)]

    def pdf(self, x):
        var = self.variance
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        scaled = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(scaled))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        cut = self.inv_cdf
        return [cut(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient: the area shared by the two densities (Inman & Bradley)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # narrow: the one with the smaller (sigma, mu); wide: the other.
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        v_narrow, v_wide = narrow.variance, wide.variance
        if not v_narrow or not v_wide:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v_wide - v_narrow
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * narrow._sigma * _SQRT2))
        # The densities cross at x1 and x2; the overlap is 1 minus the two cdf gaps there.
        mid = narrow._mu * v_wide - wide._mu * v_narrow
        half = narrow._sigma * wide._sigma * sqrt(dm * dm + dv * log(v_wide / v_narrow))
        upper, lower = (mid + half) / dv, (mid - half) / dv
        gap_upper = fabs(wide.cdf(upper) - narrow.cdf(upper))
        gap_lower = fabs(wide.cdf(lower) - narrow.cdf(lower))
        return 1.0 - (gap_upper + gap_lower)

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    # mean, median and mode coincide for a normal distribution.
    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        return _sum_of(x1, x2, _operator.add)

    def __sub__(x1, x2):
        return _sum_of(x1, x2, _operator.sub)

    def __mul__(x1, x2):
        return _scaled(x1, x2, _operator.mul)

    def __truediv__(x1, x2):
        return _scaled(x1, x2, _operator.truediv)

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._sigma == x2._sigma and x1._mu == x2._mu

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
