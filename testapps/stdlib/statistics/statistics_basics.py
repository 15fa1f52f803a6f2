import statistics as st
from fractions import Fraction as F

samples = [
    [1, 2, 3, 4, 5],
    [2.5, 3.25, 5.5, 11.25, 0.1, 0.7],
    [0.1] * 7 + [0.3, 1e-10],
    [1, 2, 2, 3, 4, 7, 9],
    [F(1, 3), F(2, 5), F(7, 4)],
    [1, 2.5, F(3, 4)],
    [True, False, True],
    [10 ** 20, 10 ** 20 + 1, 3],
    [-1.5, 2.25, -3.125, 1e15, 1e-15],
    [1e308, 1e308, -1e308],
]
for data in samples:
    print("data", data)
    for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode",
                 "multimode", "pvariance", "variance", "pstdev", "stdev", "quantiles"]:
        try:
            print(" ", name, repr(getattr(st, name)(data)))
        except Exception as e:
            print(" ", name, type(e).__name__, e)
    for name in ["geometric_mean", "harmonic_mean"]:
        try:
            print(" ", name, repr(getattr(st, name)(data)))
        except Exception as e:
            print(" ", name, type(e).__name__, e)

data = list(range(1, 21))
for n in [1, 2, 3, 4, 10, 25]:
    print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method="inclusive"))
print(st.quantiles([1.5, 2.5], n=4), st.quantiles([F(1, 2), F(3, 2), 4], n=3))
print(st.variance([1.5, 2.5, 2.5, 2.75], xbar=2.3), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([1.0, 2.0, 3.0], 2.0), st.pstdev([1, 2, 3, 4], 2.5))
print(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1.5, 2.5])), st.fmean(x * 0.1 for x in range(5)))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1.5, 2.5, 2.5]))
print(st.mode(["red", "blue", "blue", "red", "green"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.mean(iter([1, 2, 3, 4])), st.mean([F(1, 2), F(1, 3)]), type(st.mean([1, 3])).__name__, type(st.mean([1, 2])).__name__)
print(st.stdev([F(1, 3), F(2, 3), F(5, 3)]), st.variance([F(1, 3), F(2, 3), F(5, 3)]))
print(st.mean([1.0, float("inf")]), st.variance([1.0, float("nan"), 2.0]))
print(issubclass(st.StatisticsError, ValueError))
print(repr(st.median_grouped([5])), repr(st.median_grouped([F(1, 3), F(1, 2)])), repr(st.median_grouped([1, 2], interval=F(1, 2))))

errors = [
    (st.mean, ([],)), (st.fmean, ([],)), (st.median, ([],)), (st.median_low, ([],)),
    (st.median_high, ([],)), (st.median_grouped, ([],)), (st.mode, ([],)), (st.variance, ([1],)),
    (st.pvariance, ([],)), (st.stdev, ([1],)), (st.pstdev, ([],)), (st.quantiles, ([1],)),
    (st.geometric_mean, ([1, -1],)), (st.geometric_mean, ([],)), (st.harmonic_mean, ([1, -2],)),
    (st.harmonic_mean, ([],)), (st.harmonic_mean, (["a"],)), (st.mean, (["a", "b"],)),
    (st.median_grouped, (["a", "b"],)), (st.median_grouped, ([1], "a")), (st.median_grouped, ([[1], [2]],)), (st.fmean, ([1, 2], [1])), (st.fmean, ([1, 2], [1, -1])),
    (st.harmonic_mean, ([1, 2], [1])), (st.mean, ([1, "x"],)), (st.pvariance, ([1, 2j],)),
]
for fn, args in errors:
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
for kwargs in [{"n": 0}, {"method": "other"}]:
    try:
        st.quantiles([1, 2, 3], **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.pstdev([float("inf"), 1.0])
except AttributeError as e:
    print(type(e).__name__, e)
