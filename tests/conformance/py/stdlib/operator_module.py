# operator: itemgetter, attrgetter, methodcaller, arithmetic functions, in-place ops, index.
import operator as op
from collections import namedtuple
rows = [("b", 2, 9.0), ("a", 3, 1.5), ("c", 1, 4.2)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(1, None))("abc"))
P = namedtuple("P", "name age addr")
A = namedtuple("A", "city")
people = [P("x", 30, A("Oslo")), P("y", 20, A("Rome"))]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("addr.city")(people[0]), op.attrgetter("name", "age")(people[1]))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"), op.methodcaller("replace", "a", "o", 1)("aaa"))
print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8), op.neg(4), op.pos(-1), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.concat([1], [2]), op.iadd([1], [2]), op.index(5))
from functools import reduce
print(reduce(op.mul, range(1, 8)), list(map(op.mul, [1, 2], [3, 4])), op.matmul.__name__)
