# namedtuple fields are _collections._tuplegetter descriptors (read-only, documented), and instances pickle/copy.
from collections import namedtuple
import pickle, copy
P = namedtuple('P', 'x y')
print(type(P.x), P.x.__doc__, P(1, 2).y)
p = P(3, 4)
try: p.x = 5
except AttributeError as e: print(e)
