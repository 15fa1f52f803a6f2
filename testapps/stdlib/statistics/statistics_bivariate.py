# covariance, correlation, linear_regression and NormalDist (3.11 behaviour and messages).
import statistics as st
from statistics import NormalDist

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.covariance(z, y))
print(st.correlation(x, x), st.correlation(x, z), round(st.correlation(x, y), 12))
print(st.linear_regression(x, z), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
r = st.linear_regression([0.5, 1.5, 2.5, 3.5], [1.1, 2.9, 5.2, 7.1])
print(r.slope, r.intercept, type(r).__name__, r._fields)
for args in [([1, 2], [1]), ([1], [1]), ([1, 1, 1], [1, 2, 3])]:
    for fn in (st.covariance, st.correlation, st.linear_regression):
        try:
            print(fn(*args))
        except st.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.cdf(115), n.cdf(70), n.zscore(130))
print([round(q, 6) for q in n.quantiles()], round(n.inv_cdf(0.975), 9), n.inv_cdf(0.5))
print(round(n.overlap(NormalDist(110, 20)), 12), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(n + 5, n - 5, n * 2, n / 3, 5 + n, 5 - n, 2 * n, -n, +n)
print(n + NormalDist(10, 20), n - NormalDist(10, 20), n == NormalDist(100.0, 15.0), n == 3, hash(n) == hash(NormalDist(100, 15)))
s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, round(s.stdev, 12))
print(len(n.samples(5, seed=42)), n.samples(3, seed=1) == n.samples(3, seed=1))
for bad in [lambda: NormalDist(0, -1), lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: NormalDist(1, 0).cdf(1),
            lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist.from_samples([1]),
            lambda: n.overlap(NormalDist(1, 0)), lambda: NormalDist(1, 0).inv_cdf(0.5)]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    n.overlap(3)
except TypeError as e:
    print("TypeError:", e)
