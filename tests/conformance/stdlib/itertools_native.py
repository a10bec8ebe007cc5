# _itertools in C++: count, repeat, chain (from_iterable) and islice — iteration, reprs,
# messages, __length_hint__, __reduce__/__setstate__ and pickling, and iterators that raise.
import itertools as I
import pickle, copy

print(I.count.__module__, I.chain.__name__, type(I.islice([], 1)).__name__, I.chain[int])
def err(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

c = I.count()
print(next(c), next(c), repr(c), repr(I.count(5)), repr(I.count(5, 2)), repr(I.count(1.5)), repr(I.count(1, 1.0)), repr(I.count(step=2)), repr(I.count(1j)))
print(list(I.islice(I.count(2**63 - 2), 4)), list(I.islice(I.count(0.5, 0.25), 3)), list(I.islice(I.count(10, -3), 3)))
big = I.count(2**62 * 2 - 2); [next(big) for _ in range(3)]; print(repr(big))
print(I.count(1).__reduce__(), I.count(1, 2).__reduce__(), I.count(2.5, 1).__reduce__())
for bad in [('a',), (1, 'a'), ()]:
    err(I.count, *bad) if bad else None
err(I.count, a=1)
err(I.count, 1, 2, 3)
err(I.count, I.count())
r = I.repeat('a', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__(), repr(I.repeat(1, -5)), repr(I.repeat([1])))
print(I.repeat(1, 2).__reduce__(), I.repeat(1).__reduce__(), list(I.repeat(None, times=2)), list(map(pow, range(4), I.repeat(2))))
err(I.repeat)
err(I.repeat, 1, 'a')
err(I.repeat(1).__length_hint__)
print(list(I.chain('ab', [1], (), range(2))), list(I.chain()), list(I.chain.from_iterable(['xy', 'z'])), list(I.chain.from_iterable(I.repeat('q', 2))))
ch = I.chain('ab', 'c')
print(next(ch), ch.__reduce__()[0].__name__, len(ch.__reduce__()[2]), list(ch), ch.__reduce__())
err(I.chain, x=1)
err(list, I.chain([1], 1))
err(I.chain.from_iterable)
err(I.chain.from_iterable, 1)
c2 = I.chain(); c2.__setstate__((iter(['mn', 'o']),)); print(list(c2))
err(I.chain().__setstate__, 1)
err(I.chain().__setstate__, ([1],))
print(list(I.islice('abcdefg', 3)), list(I.islice('abcdefg', 2, 5)), list(I.islice('abcdefg', 1, None, 2)), list(I.islice('abcdefg', None)), list(I.islice('abcdefg', 5, 2)))
it = iter(range(10)); list(I.islice(it, 5, 2)); print(next(it))
it = iter(range(10)); print(list(I.islice(it, 2, 4)), next(it))
s = I.islice('abcdef', 1, 5, 2); next(s)
print(s.__reduce__()[1][1:], s.__reduce__()[2], list(s), s.__reduce__()[1][1:], s.__reduce__()[2])
for a in [(-1,), (-2,), (1, -2), (-1, 2), ('a', 3), (1, 'a'), (0, 5, 0), (0, 5, -1), (0, 5, 'a'), (None, None, None), (2**70,), (1, 2**70, 2**70)]:
    err(lambda: list(I.islice(range(5), *a)))
err(I.islice)
err(I.islice, [1])
err(I.islice, [1], 1, 2, 3, 4)
err(I.islice, [], x=1)
err(I.islice, 1, 2)
# (pygen cannot pickle the built-in list/str iterators yet, so the inner iterators here are count/repeat)
for obj in (I.count(3), I.count(1.5, 2), I.repeat('z', 2), I.chain.from_iterable(I.repeat(I.repeat(7, 3), 2)), I.islice(I.count(), 1, 9, 2)):
    next(obj)
    p = pickle.loads(pickle.dumps(obj))
    print(type(p).__name__, list(I.islice(p, 5)))
cc = copy.copy(I.count(7)); print(next(cc))

class Boom:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('boom')
err(list, I.chain([1], Boom()))
err(list, I.islice(Boom(), 2))
class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(I.chain(Stop(), [3])), list(I.islice(Stop(), 3)))
class C(I.chain):
    pass
print(type(C('a')).__name__, list(C('ab', 'c')), list(C.from_iterable(['de'])), type(C.from_iterable([])).__name__)
