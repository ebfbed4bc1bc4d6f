# _operator (native): every function, dunder dispatch and reflected operands, itemgetter/attrgetter/
# methodcaller with repr, __reduce__, pickle and copy, and CPython's error messages.
import operator as o, _operator
import pickle, copy
print(o.add, o.add.__module__, type(o.itemgetter(1)), o.__name__)
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 5), o.rshift(64, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.ge(1, 2), o.gt(3, 2))
print(o.neg(5), o.pos(-5), o.inv(5), o.invert(5), o.abs(-3.5), o.not_(0), o.truth([]), o.index(True))
print(o.is_(None, None), o.is_not(1, None), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.indexOf([3, 4], 4))
l = [1, 2, 3]
o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.getitem(l, 0), o.getitem('abc', slice(1, None)))
print(o.concat([1], [2]), o.concat('a', 'b'), o.iconcat([1], (2,)))
print(o.length_hint([1, 2]), o.length_hint(iter([1, 2, 3])), o.length_hint(object(), 7))
print(o.call(max, 1, 5, key=lambda x: -x))
print(_operator._compare_digest('ab', 'ab'), _operator._compare_digest(b'ab', b'abc'), _operator._compare_digest(b'ab', bytearray(b'ab')))
x = [1]; y = o.iadd(x, [2]); print(x, y is x, o.iadd(1, 2), o.imul('a', 2))
ig = o.itemgetter(1); print(ig, ig([5, 6]), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 3}))
ag = o.attrgetter('real', 'imag.real'); print(ag, ag(3+4j))
mc = o.methodcaller('split', ',', maxsplit=1); print(mc, mc('a,b,c'))
for f in (ig, ag, mc, o.methodcaller('upper')):
    print(f.__reduce__(), pickle.loads(pickle.dumps(f)), copy.copy(f), copy.deepcopy(f))
print(pickle.loads(pickle.dumps(o.add)) is o.add)
tests = ['o.add(1)','o.add(1,2,3)','o.add(a=1,b=2)','o.neg()','o.neg(1,2)','o.not_()','o.length_hint()','o.length_hint(1,2,3)','o.length_hint([],"x")','o.itemgetter()','o.attrgetter()','o.attrgetter(1)','o.methodcaller()','o.methodcaller(1)','o.itemgetter(1)()','o.itemgetter(1)(1,2)','o.itemgetter(1)(a=1)','o.attrgetter("a")(a=1)','o.methodcaller("a")(1,2)','o.concat(1,2)','o.concat([1],2)','o.concat([1],(2,))','o.indexOf([1],2)','o.countOf(1,2)','o.indexOf(1,2)','o.contains(1,2)','_operator._compare_digest(1,2)','_operator._compare_digest("é","é")','_operator._compare_digest("a",b"a")','o.index(1.5)','o.getitem()','o.setitem(1,2)','o.call()','o.is_(1)','o.abs("x")','o.neg("x")','o.inv("x")','o.pos("x")','o.lt(1,"x")','o.pow(1,2,3)','o.itemgetter(1).__reduce__(1)','type(o.itemgetter(1))()','o.add(1,"a")','o.iadd(1,"a")','o.concat({}, {})','o.attrgetter("x.y")(1)', 'o.getitem([], 3)', 'o.delitem({}, 1)']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
class V:
    def __init__(s, x): s.x = x
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o)) if not isinstance(o, str) else NotImplemented
    def __radd__(s, o): return V(o * 100 + s.x)
    def __iadd__(s, o): s.x += 1000; return s
    def __lt__(s, o): return 'lt-result'
    def __eq__(s, o): return NotImplemented
    def __neg__(s): return 'neg'
    def __index__(s): return 7
    def __len__(s): return 3
    def __getitem__(s, i): return i
    def __contains__(s, x): return x == 'in'
    def __repr__(s): return 'V(%r)' % s.x
v = V(1)
print(o.add(v, 2), o.add(5, v), o.lt(v, 0), o.gt(0, v), o.eq(v, v), o.ne(v, V(1)), o.neg(v), o.index(v))
print(o.iadd(v, 1) is v, v, o.contains(v, 'in'), o.contains(v, 'out'), o.length_hint(v), o.getitem(v, 'k'))
try: o.add(v, 'x')
except TypeError as e: print(e)
class H:
    def __length_hint__(s): return NotImplemented
class H2:
    def __length_hint__(s): return -1
class H3:
    def __length_hint__(s): return 'x'
print(o.length_hint(H(), 4))
for h in (H2(), H3()):
    try: o.length_hint(h)
    except Exception as e: print(type(e).__name__, e)
print(o.countOf([1, 1.0, True, 2], 1), o.indexOf((3, 'a', None), None), o.is_(o.add, _operator.add))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=o.itemgetter(1)), sorted(['bb', 'a', 'ccc'], key=o.methodcaller('__len__')))
class P:
    def __init__(s, n): s.name = n; s.inner = s if n == 'self' else None
print(o.attrgetter('name')(P('x')), o.attrgetter('inner.inner.name')(P('self')))
print(o.methodcaller('count', 'a')('banana'), o.methodcaller('format', x=1)('{x}'))
print(o.__name__, o.truediv.__name__, o.lt.__qualname__, repr(o.index))
