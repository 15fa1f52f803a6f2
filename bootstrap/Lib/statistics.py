"""Mathematical statistics of numeric data (the statistics module).

Written for PyPack from the documentation and CPython 3.11's observed results. Sums of data are
exact: every value becomes an integer ratio and the totals are Fractions, converted back to the
data's type (int data gives float when the result is not whole) only at the end; standard
deviations are the correctly rounded square root of the exact variance. So the floats are the
ones CPython gives. Not here yet: NormalDist, covariance, correlation, linear_regression.
"""

import math as _math
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from collections import Counter as _Counter
from fractions import Fraction
from operator import mul as _mul

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinite or NaN float."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _result_type(types):
    """The type a result of data of these types takes: int gives way to any other, a subclass to its base's subclass."""
    result = int
    for kind in types:
        result = _wider(result, kind)
    return result


def _wider(t, s):
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _exact_sum(values):
    """(result type, exact total, count): the total a Fraction, or the float inf/nan it must be."""
    types = set()
    by_denominator = {}
    count = 0
    for x in values:
        types.add(type(x))
        n, d = _ratio(x)
        by_denominator[d] = by_denominator.get(d, 0) + n
        count += 1
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))
    return _result_type(types), total, count


def _as_type(value, kind):
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _squares_sum(data, center=None):
    """(result type, exact sum of squared deviations, count) around center or the exact mean."""
    if center is not None:
        kind, total, count = _exact_sum((x - center) * (x - center) for x in data)
        return kind, total, count
    types = set()
    sums = {}
    squares = {}
    count = 0
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        sums[d] = sums.get(d, 0) + n
        squares[d] = squares.get(d, 0) + n * n
        count += 1
    if not count:
        total = Fraction(0)
    elif None in sums:
        total = sums[None]
    else:
        s = sum((Fraction(n, d) for d, n in sums.items()), Fraction(0))
        s2 = sum((Fraction(n, d * d) for d, n in squares.items()), Fraction(0))
        total = (count * s2 - s * s) / count
    return _result_type(types), total, count


def _rounded_odd_sqrt(n, m):
    """isqrt(n/m), its last bit set when inexact, so one later rounding is correct."""
    root = _math.isqrt(n // m)
    return root | (root * root * m != n)


def _sqrt_of_fraction(value):
    """The correctly rounded float square root of an exact non-negative Fraction."""
    # A float (infinite or NaN data) has no numerator: CPython fails the same way there.
    n, m = value.numerator, value.denominator
    # Keep at least 2*53+3 bits in the integer root so rounding to odd then to float is exact.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return (_rounded_odd_sqrt(n, m << (2 * shift)) << shift) / 1
    return _rounded_odd_sqrt(n << (-2 * shift), m) / (1 << -shift)


def mean(data):
    """The arithmetic mean of data."""
    kind, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / count, kind)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float, weighted when weights are given."""
    try:
        count = len(data)
    except TypeError:
        data = list(data)
        count = len(data)
    if weights is None:
        total = _math.fsum(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted = _math.fsum(map(_mul, data, weights))
    if count != weight_count:
        raise StatisticsError('data and weights must be the same length')
    weight_total = _math.fsum(weights)
    if not weight_total:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_total


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return _math.exp(fmean(map(_math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data, weighted when weights are given."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * count
        weight_total = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _exact_sum(_non_negative(weights, message))
    try:
        checked = _non_negative(data, message)
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, kind)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    half = count // 2
    if count % 2 == 1:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    return ordered[count // 2] if count % 2 == 1 else ordered[count // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    return ordered[count // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data: the 50th percentile, interpolated in the middle class."""
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    middle = ordered[count // 2]
    below = _bisect_left(ordered, middle)
    frequency = _bisect_right(ordered, middle, below) - below
    # The interpolation is done in floats, whatever the data's type.
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = middle - interval / 2.0
    return lower + interval * (count / 2 - below) / frequency


def mode(data):
    """The most common value of data (the first one met when several tie)."""
    counted = _Counter(iter(data)).most_common(1)
    if not counted:
        raise StatisticsError('no mode for empty data')
    return counted[0][0]


def multimode(data):
    """The most common values of data, in the order they are first met."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, seen in counts.items() if seen == top]


def variance(data, xbar=None):
    """The sample variance of data (n - 1 degrees of freedom)."""
    kind, total, count = _squares_sum(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(total / (count - 1), kind)


def pvariance(data, mu=None):
    """The population variance of data."""
    kind, total, count = _squares_sum(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(total / count, kind)


def stdev(data, xbar=None):
    """The sample standard deviation of data, as a float."""
    kind, total, count = _squares_sum(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_fraction(total / (count - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data, as a float."""
    kind, total, count = _squares_sum(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_fraction(total / count)


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((ordered[j] * (n - delta) + ordered[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((ordered[j - 1] * (n - delta) + ordered[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')
