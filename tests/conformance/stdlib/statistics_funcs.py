# statistics: averages, spread, quantiles, two-variable relations and NormalDist, with 3.11's
# result types (int/float/Fraction) and errors.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5]
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, 3]))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]))
print(st.median(ints), st.median([3, 1, 2]), st.median_low(ints), st.median_high(ints), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbbcccd"), st.multimode([]))
print(st.variance(ints), st.variance([1, 3, 5]), st.pvariance(ints), st.variance(data), st.pvariance(data, 1.5), st.variance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev(ints), st.pstdev(ints), st.stdev(data), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3], 2))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method='inclusive'), st.quantiles([1, 2], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.pdf(110), 12), round(n.cdf(130), 12), round(n.inv_cdf(0.975), 9), [round(q, 9) for q in n.quantiles()])
print(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), n.zscore(130), n + 5, n * 2, n - st.NormalDist(0, 20), -n, 2 * n, n / 3, n == st.NormalDist(100, 15))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), round(st.NormalDist().inv_cdf(1e-10), 9), round(st.NormalDist().inv_cdf(0.99), 9))
print(st.NormalDist(10, 2).samples(3, seed=42))
for e in ['st.mean([])', 'st.fmean([])', 'st.median([])', 'st.mode([])', 'st.variance([1])', 'st.pvariance([])', 'st.stdev([1])',
          'st.quantiles([1])', 'st.quantiles([1, 2], n=0)', 'st.quantiles([1, 2], method="x")', 'st.geometric_mean([1, -1])',
          'st.harmonic_mean([1, -1])', 'st.correlation([1, 1], [1, 2])', 'st.covariance([1], [1, 2])', 'st.linear_regression([1, 1], [1, 2])',
          'st.NormalDist(0, -1)', 'st.NormalDist(0, 0).pdf(1)', 'st.NormalDist().inv_cdf(1)', 'st.mean(["a"])', 'st.NormalDist().overlap(1)']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
print(issubclass(st.StatisticsError, ValueError))
