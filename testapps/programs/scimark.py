# SciMark-style kernels on lists: SOR, Monte Carlo pi, sparse matrix multiply, LU, FFT.
import math
import sys


class Random:
    """A small subtract-with-borrow generator, as numeric kernels carry their own."""

    m1 = (1 << 30) + ((1 << 30) - 1)
    dm1 = 1.0 / float(m1)

    def __init__(self, seed):
        self.m = list(range(17))
        self.seed = seed
        jseed = min(abs(seed), self.m1)
        if jseed % 2 == 0:
            jseed -= 1
        k0 = 9069 % 65536
        k1 = 9069 // 65536
        j0 = jseed % 65536
        j1 = jseed // 65536
        for iloop in range(17):
            jseed = j0 * k0
            j1 = (jseed // 65536 + j0 * k1 + j1 * k0) % (65536 // 2)
            j0 = jseed % 65536
            self.m[iloop] = j0 + 65536 * j1
        self.i = 4
        self.j = 16

    def next_double(self):
        I, J, m = self.i, self.j, self.m
        k = m[I] - m[J]
        if k < 0:
            k += self.m1
        m[J] = k
        if I == 0:
            I = 16
        else:
            I -= 1
        self.i = I
        if J == 0:
            J = 16
        else:
            J -= 1
        self.j = J
        return self.dm1 * k

    def random_vector(self, n):
        return [self.next_double() for _ in range(n)]

    def random_matrix(self, rows, cols):
        return [self.random_vector(cols) for _ in range(rows)]


def sor(n, cycles, omega=1.25):
    rnd = Random(101010)
    g = rnd.random_matrix(n, n)
    omega_over_four = omega * 0.25
    one_minus_omega = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi = g[i]
            gim1 = g[i - 1]
            gip1 = g[i + 1]
            for j in range(1, n - 1):
                gi[j] = omega_over_four * (gim1[j] + gip1[j] + gi[j - 1] + gi[j + 1]) + one_minus_omega * gi[j]
    return sum(sum(row) for row in g)


def monte_carlo(samples):
    rnd = Random(113)
    under = 0
    for _ in range(samples):
        x = rnd.next_double()
        y = rnd.next_double()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def sparse_matmult(n, nz, cycles):
    rnd = Random(7)
    x = rnd.random_vector(n)
    y = [0.0] * n
    nr = nz // n
    anz = nr * n
    val = rnd.random_vector(anz)
    col = [0] * anz
    row = [0] * (n + 1)
    for r in range(n):
        rowr = row[r]
        step = max(r // nr, 1)
        row[r + 1] = rowr + nr
        for i in range(nr):
            col[rowr + i] = i * step
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)


def lu_factor(a, pivot):
    m = len(a)
    n = len(a[0])
    minmn = min(m, n)
    for j in range(minmn):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, m):
            ab = abs(a[i][j])
            if ab > t:
                jp = i
                t = ab
        pivot[j] = jp
        if a[jp][j] == 0:
            raise ZeroDivisionError("factorization failed because of zero pivot")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < m - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, m):
                a[k][j] *= recp
        if j < minmn - 1:
            for ii in range(j + 1, m):
                aii = a[ii]
                aj = a[j]
                aiij = aii[j]
                for jj in range(j + 1, n):
                    aii[jj] -= aiij * aj[jj]


def lu(n, cycles):
    rnd = Random(7)
    a = rnd.random_matrix(n, n)
    total = 0.0
    for _ in range(cycles):
        lu_a = [row[:] for row in a]
        pivot = [0] * n
        lu_factor(lu_a, pivot)
        total += sum(lu_a[i][i] for i in range(n))
    return total, pivot[:8]


def int_log2(n):
    k = 1
    log = 0
    while k < n:
        k *= 2
        log += 1
    if n != 1 << log:
        raise ValueError("FFT: Data length is not a power of 2: %s" % n)
    return log


def fft_bitreverse(n, data):
    n //= 2
    nm1 = n - 1
    j = 0
    for i in range(nm1):
        ii = i << 1
        jj = j << 1
        k = n >> 1
        if i < j:
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        while k <= j:
            j -= k
            k >>= 1
        j += k


def fft_transform_internal(n, data, direction):
    n //= 2
    if n <= 1:
        return
    logn = int_log2(n)
    fft_bitreverse(n * 2, data)
    dual = 1
    for bit in range(logn):
        w_real = 1.0
        w_imag = 0.0
        theta = 2.0 * direction * math.pi / (2.0 * float(dual))
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i = 2 * b
            j = 2 * (b + dual)
            wd_real = data[j]
            wd_imag = data[j + 1]
            data[j] = data[i] - wd_real
            data[j + 1] = data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
            w_imag = tmp_imag
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                z1_real = data[j]
                z1_imag = data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j] = data[i] - wd_real
                data[j + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def fft(n, cycles):
    rnd = Random(7)
    data = rnd.random_vector(2 * n)
    original = data[:]
    for _ in range(cycles):
        fft_transform_internal(len(data), data, -1)
        fft_transform_internal(len(data), data, +1)
        norm = 1.0 / n
        for i in range(len(data)):
            data[i] *= norm
    return max(abs(a - b) for a, b in zip(data, original)) < 1e-10, round(data[1], 9)


def main(scale):
    print("sor %.6f" % sor(40, 4 * scale))
    print("monte_carlo %.6f" % monte_carlo(20000 * scale))
    print("sparse %.6f" % sparse_matmult(400, 2000, 8 * scale))
    total, piv = lu(40, scale)
    print("lu %.6f" % total, piv)
    print("fft", fft(256, 2 * scale))
    try:
        int_log2(100)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        lu_factor([[0.0, 0.0], [0.0, 0.0]], [0, 0])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
