# inf and nan arithmetic, comparisons and identity rules.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1e308 * 10, -1e308 * 10, 1 / inf, -1 / inf)
print(inf // 1 if False else "skip", 5 % inf, -5 % inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(nan))
print(max(1.0, inf), min(-inf, 0.0), sorted([3.0, -inf, inf, 0.0]))
print(nan in [nan], [nan] == [nan], nan is nan)
x = nan
print(x in [x], [x] == [x])
print(int(1e18), int(-2.5e10))
for v in (inf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf") == math.inf, -math.inf == float("-inf"), repr(math.nan))
print(0.0 == -0.0, str(-0.0), math.copysign(1, -0.0))
