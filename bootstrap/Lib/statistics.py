"""Mathematical statistics of numeric data (the statistics module).

Written for PyPack from the documentation and CPython 3.11's observed results. Sums of data are
exact: every value becomes an integer ratio and the totals are Fractions, converted back to the
data's type (int data gives float when the result is not whole) only at the end; standard
deviations are the correctly rounded square root of the exact variance. So the floats are the
ones CPython gives. covariance, correlation and linear_regression work on floats with math.fsum,
as CPython 3.11 does; NormalDist's inv_cdf is found by bisection on erfc, to the last bit.
"""

import math as _math
import sys as _sys
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from collections import Counter as _Counter
from fractions import Fraction
from collections import namedtuple as _namedtuple
from operator import mul as _mul

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'linear_regression', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
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
    try:
        return kind(value)
    except TypeError:
        if _is_decimal_type(kind):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _is_decimal_type(kind):
    decimal = _sys.modules.get('decimal')
    return decimal is not None and issubclass(kind, decimal.Decimal)


def _decimal_sqrt(kind, n, m):
    """sqrt(n/m) as a Decimal: the context's square root of the rounded quotient, moved one step
    when the exact root lies past the midpoint to a neighbour (the quotient was rounded first)."""
    if n <= 0:
        if not n:
            return kind('0.0')
        n, m = -n, -m
    root = (kind(n) / kind(m)).sqrt()
    for neighbour, beyond in ((root.next_plus(), 1), (root.next_minus(), -1)):
        middle = (Fraction(root) + Fraction(neighbour)) / 2
        side = Fraction(n, m) - middle * middle
        if (side > 0 and beyond > 0) or (side < 0 and beyond < 0):
            return neighbour
    return root


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
    if _is_decimal_type(kind):
        return _decimal_sqrt(kind, total.numerator, total.denominator * (count - 1))
    return _sqrt_of_fraction(total / (count - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data, as a float."""
    kind, total, count = _squares_sum(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if _is_decimal_type(kind):
        return _decimal_sqrt(kind, total.numerator, total.denominator * count)
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


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = _paired(x, y, 'covariance')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    return _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = _paired(x, y, 'correlation')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((dx := xi - xbar) * dx for xi in x)
    syy = _math.fsum((dy := yi - ybar) * dy for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); through the origin if proportional."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
        xbar = ybar = 0.0
    else:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _math.fsum((dx := xi - xbar) * dx for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


def _upper_tail_z(q):
    """The z with P(Z > z) == q for the standard normal, 0 < q <= 0.5: bisection on erfc."""
    lo, hi = 0.0, 40.0
    while True:
        mid = (lo + hi) / 2.0
        if mid <= lo or mid >= hi:
            break
        if 0.5 * _math.erfc(mid / _math.sqrt(2.0)) > q:
            lo = mid
        else:
            hi = mid
    # the closer of the two neighbours
    if abs(0.5 * _math.erfc(lo / _math.sqrt(2.0)) - q) <= abs(0.5 * _math.erfc(hi / _math.sqrt(2.0)) - q):
        return lo
    return hi


class NormalDist:
    """A normal distribution of a random variable, N(mu, sigma)."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution.',
                 '_sigma': 'Standard deviation of a normal distribution.'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        if len(data) < 2:
            raise StatisticsError('stdev requires at least two data points')
        kind, total, count = _squares_sum(data, None)
        return cls(float(_exact_sum(data)[1] / count), _sqrt_of_fraction(total / (count - 1)))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        if p == 0.5:
            return self._mu
        z = _upper_tail_z(1.0 - p) if p > 0.5 else -_upper_tail_z(p)
        return self._mu + z * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = _math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _math.erf(dm / (2.0 * X._sigma * _math.sqrt(2.0)))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _math.sqrt(dm * dm + dv * _math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (_math.fabs(Y.cdf(x1) - X.cdf(x1)) + _math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

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
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * _math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / _math.fabs(x2))

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
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
