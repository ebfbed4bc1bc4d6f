# hash(nan) is identity-based since 3.10 (not 0): stable for one value; infinities and
# integral floats keep their numeric hashes.
import math
n = float('nan')
print(hash(n) == hash(n), hash(n) != 0, hash(math.inf), hash(-math.inf), hash(2.0) == hash(2), hash(0.5))
d = {n: 'x'}
print(d[n], n in d, n in [n], n == n)
