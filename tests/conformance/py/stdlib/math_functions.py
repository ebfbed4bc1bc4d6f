# math module: constants, sqrt/exp/log family, trig, hyperbolic, floor/ceil, fsum, hypot, dist, prod.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(-1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.ceil(1.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.sqrt(2) ** 2)
