# statistics edge cases: type coercion of mixed data (int, bool, float, Fraction, Decimal),
# inf/nan, exact variance and correctly rounded stdev, medians, modes, quantiles, the
# two-variable functions and NormalDist's arithmetic, overlap and quantile tails; error messages.
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F

datasets = [[1, 2, 3, 4], [True, 2, 3], [1.5, 2, 2.5, 10], [F(1, 3), F(1, 2), 2], [D('1.1'), D('2.2'), 3],
            [F(1, 2), 0.25, 3], [1, float('inf'), 3], [2.0, float('nan')], [7], [1e308, 1e308], [3, 3, 3, 1]]
for data in datasets:
    row = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode,
               st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean, st.geometric_mean):
        try:
            row.append(repr(fn(data)))
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(data, '|', ' '.join(row))
for bad in ([1, 'a'], [F(1, 2), 'b']):
    try:
        st.mean(bad)
    except TypeError as e:
        print('TypeError:', e)
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([F(1), F(2)], F(3, 2)), st.stdev([1.0, 2.0, 4.0], 2), st.pstdev([D(1), D(4)]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([D('2.5'), D(4)]))
print(st.fmean([1, 2, 3], weights=[0.5, 1, 2]), st.fmean(iter([1.0, 2.0])), st.median_grouped([1, 2, 2, 3, 4], 2))
for args, kw in ((([], ), {}), (([1], ), {}), ((range(10),), {'n': 3}), ((range(10),), {'n': 5, 'method': 'inclusive'}),
                 (([1.5, 7.25],), {'n': 4}), (([1, 2],), {'method': 'x'}), (([1, 2],), {'n': 0})):
    try:
        print(st.quantiles(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2, 3, 4, 5.5]
y = [2.1, 3.9, 6.2, 8.1, 10.7]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
print(type(st.linear_regression(x, y)).__name__, st.linear_regression(x, y)._fields)
for fn in (st.covariance, st.correlation, st.linear_regression):
    for a, b in (([1, 2], [1]), ([1], [1]), ([1, 1], [2, 3])):
        try:
            print(fn(a, b))
        except st.StatisticsError as e:
            print('StatisticsError:', e)
for fn, arg in ((st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.pvariance, []), (st.stdev, [1]),
                (st.pstdev, []), (st.harmonic_mean, []), (st.harmonic_mean, [-1]), (st.harmonic_mean, [1, -1]),
                (st.geometric_mean, [1, -1]), (st.fmean, []), (st.harmonic_mean, ['a']), (st.median_grouped, ['a'])):
    try:
        print(fn(arg))
    except (st.StatisticsError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
print(st.multimode([]), st.multimode('aabbc'), st.mode('abcab'))
N = st.NormalDist(10, 2)
M = st.NormalDist.from_samples([1, 2, 4, 7, 11])
print(N, M, N.mean, N.median, N.mode, N.stdev, N.variance)
print(N.pdf(11), N.cdf(11), N.inv_cdf(0.3), N.inv_cdf(0.01), N.inv_cdf(1e-10), N.inv_cdf(0.999), N.zscore(13))
print(N.quantiles(), N.quantiles(10)[:3])
print(N.overlap(M), M.overlap(N), N.overlap(st.NormalDist(12, 2)), N.overlap(N))
print(N + M, N - M, N + 3, 3 + N, N - 3, 3 - N, N * 2, 2 * N, N / -4, -N, +N)
print(N == st.NormalDist(10.0, 2.0), N == 10, hash(N) == hash(st.NormalDist(10, 2)), N.samples(3, seed=7))
import pickle, copy
print(pickle.loads(pickle.dumps(N)), copy.deepcopy(N), st.NormalDist._mu.__doc__)
for bad in (lambda: st.NormalDist(0, -1), lambda: st.NormalDist(1, 0).pdf(1), lambda: st.NormalDist(1, 0).cdf(1),
            lambda: N.inv_cdf(1), lambda: st.NormalDist(1, 0).inv_cdf(0.5), lambda: N.overlap(1),
            lambda: N.overlap(st.NormalDist(1, 0)), lambda: st.NormalDist(1, 0).zscore(1)):
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
