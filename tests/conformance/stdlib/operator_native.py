# _operator: every function, the dunder aliases, itemgetter/attrgetter/methodcaller with reprs,
# reduce, pickling and the messages of wrong calls.
import operator as o
import pickle

print(o.add.__module__, o.itemgetter.__module__, o.__add__ is o.add, o.__inv__ is o.inv, type(o.itemgetter(1)).__name__)
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.lshift(1, 5), o.rshift(64, 2), o.neg(3), o.pos(-3), o.abs(-4))
print(o.inv(5), o.invert(5), o.index(7), o.not_([]), o.truth([1]), o.is_(None, None), o.is_not(1, None))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 2), o.lt([1], [2]))
print(o.concat([1], [2]), o.concat('a', 'b'), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'))
l = [1, 2, 3]
o.setitem(l, 0, 9); o.delitem(l, 1)
print(l, o.getitem(l, -1), o.getitem({'k': 'v'}, 'k'), o.getitem('abcdef', slice(1, 4)))
x = [1]
y = o.iadd(x, [2])
print(x, y is x, o.iadd(1, 2), o.isub(5, 1), o.imul([0], 2), o.itruediv(1, 4), o.ifloordiv(9, 2), o.imod(9, 4))
print(o.ipow(2, 3), o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3), o.ilshift(1, 3), o.irshift(8, 3), o.iconcat([1], (2,)))
print(o.length_hint([1, 2]), o.length_hint(iter(range(5))), o.length_hint(5), o.length_hint(5, 9), o.length_hint(x for x in ()))
print(o.call(max, 1, 5, 3), o.call(sorted, [3, 1], reverse=True))

class M:
    def __matmul__(self, other): return 'matmul'
    def __imatmul__(self, other): return 'imatmul'
print(o.matmul(M(), 1), o.imatmul(M(), 1))

class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
print(o.length_hint(Hint(4)), o.length_hint(Hint(NotImplemented), 7))

def err(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

err(o.add, 1)
err(o.add, 1, b=2)
err(o.neg)
err(o.neg, x=1)
err(o.truth)
err(o.index, 'a')
err(o.index, 1.5)
err(o.length_hint, 1, 'a')
err(o.length_hint)
err(o.length_hint, Hint(-1))
err(o.length_hint, Hint('a'))
err(o.concat, 1, 2)
err(o.concat, {}, {})
err(o.iconcat, 1, 2)
err(o.concat, [1], (2,))
err(o.indexOf, [1], 2)
err(o.countOf, 1, 2)
err(o.call)
err(o.is_, 1)
err(o.setitem, [1], 5)
err(o.getitem, [1], 5)
err(o.matmul, 1, 2)
err(o.lt, 1, 'a')
err(o.add, 1, 'a')
err(o.iadd, 1, 'a')
err(o.neg, 'a')

class P:
    def __init__(self):
        self.a = 1
        self.b = self
        self.name = 'p'
    def f(self, *args, **kw):
        return ('f', args, sorted(kw.items()))

p = P()
ig1, ig2 = o.itemgetter(1), o.itemgetter(0, -1, slice(0, 2))
print(ig1([5, 6]), ig1((7, 8)), ig1({1: 'one'}), ig1('xy'), ig2([1, 2, 3]), ig2('abc'))
ag1, ag2 = o.attrgetter('a'), o.attrgetter('b.b.a', 'name', 'b.name')
print(ag1(p), ag2(p))
mc = o.methodcaller('f', 1, 2, k=3)
print(mc(p), o.methodcaller('upper')('abc'), o.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(repr(o.itemgetter(1, 'a')), repr(o.attrgetter('a', 'b.c')), repr(mc), repr(o.methodcaller('x')))
print(ig1.__reduce__(), ig2.__reduce__(), ag2.__reduce__(), mc.__reduce__(), o.methodcaller('f', 1).__reduce__())
for obj in (ig2, ag2, mc, o.methodcaller('upper')):
    c = pickle.loads(pickle.dumps(obj))
    print(type(c).__name__, repr(c))
print(pickle.loads(pickle.dumps(ag2))(p), pickle.loads(pickle.dumps(mc))(p))
print(sorted([(3, 'c'), (1, 'z'), (2, 'b')], key=o.itemgetter(1)), sorted(['bb', 'a', 'ccc'], key=o.methodcaller('__len__')))

err(o.itemgetter)
err(o.attrgetter)
err(o.attrgetter, 1)
err(o.attrgetter, 'a', 2)
err(o.methodcaller)
err(o.methodcaller, 1)
err(o.itemgetter, 1, k=2)
err(o.itemgetter(1), 5)
err(o.itemgetter(5), [1])
err(o.itemgetter(1))
err(o.itemgetter(1), [1, 2], [3])
err(o.itemgetter(1), a=1)
err(o.attrgetter('x'), 5)
err(o.attrgetter('a.zz'), p)
err(o.attrgetter('a'))
err(o.methodcaller('foo'), 1)
err(o.methodcaller('f'))
err(o.methodcaller('f'), p, k=1)

# A recursive repr, and subclasses.
l = []
g = o.itemgetter(l)
l.append(g)
print(repr(g))
for t in (o.itemgetter, o.attrgetter, o.methodcaller):
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)
