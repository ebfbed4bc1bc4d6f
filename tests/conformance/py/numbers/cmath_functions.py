# cmath: every function on ordinary, negative, imaginary, tiny and huge arguments and 0 (CPython's values to the last digit, domain/range errors), rect, log with a base, constants, isclose.
import cmath
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isnan', 'isinf']:
    for z in [1+2j, -1, 0.5j, -3-4j, 2, 1e-320+1e-320j, 1e300+1e300j, 0j]:
        try:
            print(f, z, getattr(cmath, f)(z))
        except Exception as e:
            print(f, z, type(e).__name__, e)
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 10), cmath.pi, cmath.infj, cmath.nanj, cmath.isclose(1+1j, 1+1.0000000001j))
try:
    cmath.sqrt("x")
except TypeError as e:
    print(e)
