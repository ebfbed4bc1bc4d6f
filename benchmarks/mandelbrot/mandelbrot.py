# mandelbrot: renders a size x size bitmap of the Mandelbrot set (50 iterations, escape at |z| > 2)
# packed 8 pixels a byte; the result is the XOR of all bytes and the count of set pixels.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

EXPECTED = {8: [253, 27], 50: [15, 992], 100: [239, 3959], 200: [2, 15899], 400: [9, 63528], 500: [255, 99274], 750: [192, 223262], 1000: [5, 396940]}


def mandelbrot(size):
    checksum = 0
    inside = 0
    for y in range(size):
        bits = 0
        bit_count = 0
        ci = (2.0 * y / size) - 1.0
        for x in range(size):
            zr = 0.0
            zi = 0.0
            zrzr = 0.0
            zizi = 0.0
            cr = (2.0 * x / size) - 1.5
            escaped = False
            i = 0
            while i < 50:
                zi = 2.0 * zr * zi + ci
                zr = zrzr - zizi + cr
                zizi = zi * zi
                zrzr = zr * zr
                if zizi + zrzr > 4.0:
                    escaped = True
                    break
                i += 1
            bits = bits << 1
            if not escaped:
                bits = bits | 1
                inside += 1
            bit_count += 1
            if bit_count == 8:
                checksum = checksum ^ bits
                bits = 0
                bit_count = 0
        if bit_count > 0:
            bits = bits << (8 - bit_count)
            checksum = checksum ^ bits
    return [checksum, inside]


def verify(result, size):
    if size not in EXPECTED:
        raise Exception("mandelbrot: no expected result for size " + str(size) + " (got " + str(result[0]) + ", " + str(result[1]) + ")")
    expected = EXPECTED[size]
    if result[0] != expected[0] or result[1] != expected[1]:
        raise Exception("mandelbrot: got checksum " + str(result[0]) + " inside " + str(result[1]) + ", expected " + str(expected[0]) + " and " + str(expected[1]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    for i in range(iterations):
        start = time.perf_counter()
        result = mandelbrot(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
