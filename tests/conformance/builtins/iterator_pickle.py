# Built-in iterators pickle and copy from where they are (__reduce__/__setstate__), as CPython's
# test_iter, test_range, test_enumerate, test_dict and test_set check.
import copy
import pickle


def describe(it):
    r = it.__reduce__()
    name = getattr(r[0], '__name__', r[0])
    return '%s %s %s %s' % (type(it).__name__, name, [type(x).__name__ for x in r[1]], r[2:])


def check(it, advance=1):
    for _ in range(advance):
        next(it, None)
    print(describe(it))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        copied = pickle.loads(pickle.dumps(it, proto))
        print(' ', proto, type(copied).__name__, list(copied))
    print('  copy', list(copy.copy(it)), 'original', list(it))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


check(iter([1, 2, 3]))
check(iter([1]), 2)
check(reversed([1, 2, 3]))
check(reversed([1]), 2)
check(iter((1, 2, 3)))
check(iter((1,)), 2)
check(iter(range(5)))
check(iter(range(1)), 2)
check(reversed(range(5)))
check(iter(range(2**70, 2**70 + 5)))
check(reversed(range(2**70, 2**70 + 5)), 2)
check(iter(range(2**63 - 3, 2**63 - 1)))
check(iter('abc'))
check(iter('é€bc'))
check(iter('a'), 2)
check(iter({1: 2, 3: 4}))
check(iter({1: 2}.values()))
check(iter({1: 2, 5: 6}.items()))
check(reversed({1: 2, 3: 4}))
check(iter({1, 2, 3}), 0)
check(iter(Seq()))
check(iter(Seq()), 5)
check(enumerate([1, 2], 5))
check(enumerate([1, 2], 2**70))
check(reversed(Rev()))
check(reversed(Rev()), 4)
check(iter(b'ab'))
check(iter(bytearray(b'ab')))
check(iter(b'a'), 3)
check(map(abs, [1, -2]))
check(zip([1, 2], [3, 4]))
check(zip([1, 2], [3, 4], strict=True))
check(filter(None, [1, 0, 3]))
check(iter([1, 2, 3].__iter__().__next__, 3), 0)

# __setstate__ clips the index; bad states are TypeError / OverflowError.
it = iter(range(2**32 + 2))
it.__setstate__(2**32 + 1)
print(it.__reduce__()[2], next(it))
it = iter(range(10))
it.__setstate__(-3)
print(next(it))
it.__setstate__(100)
print(list(it))
it = iter(range(2**65, 2**65 + 3))
it.__setstate__(-3)
print(next(it))
it.__setstate__(100)
print(list(it))
it = iter('aé€')
it.__setstate__(2)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(10)
print(list(it))
for bad in (1.5, 'x'):
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    iter([1]).__setstate__(2**70)
except OverflowError as e:
    print('OverflowError', e)
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
print(type(iter('é')).__name__, type(iter('e')).__name__, type(iter(bytearray())).__name__)
print(iter(bytearray(b'abc')).__length_hint__(), iter(b'abc').__length_hint__())

# Bound built-in methods and method descriptors pickle as getattr(owner, name).
print([].append.__reduce__()[0].__name__, [].append.__reduce__()[1])
print(str.upper.__reduce__(), len.__reduce__())
for obj in (str.upper, len, dict.fromkeys, int.__add__, object.__init__):
    print(pickle.loads(pickle.dumps(obj)) == obj)
print(pickle.loads(pickle.dumps([5].append)).__self__)
