# Mandelbrot set membership counted over a grid: tight float loops.
def mandelbrot(size, limit):
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == limit:
                inside += 1
            checksum = (checksum * 31 + i) % 1000000007
    return inside, checksum


print(mandelbrot(700, 50))
