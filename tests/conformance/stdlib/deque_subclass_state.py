# deque.__reduce__ takes its state from __getstate__: a subclass's __slots__ values survive
# copy and pickle (CPython 3.11 test_deque TestSubclass.test_copy_pickle).
import collections
import copy
import pickle

class Plain(collections.deque):
    pass

class WithSlots(collections.deque):
    __slots__ = ('x', 'y', '__dict__')

print(collections.deque('ab').__reduce__()[2])
print(Plain('ab').__reduce__()[2])
for cls in Plain, WithSlots:
    for d in cls('abc'), cls('abcde', maxlen=4):
        d.x = ['x']
        d.z = ['z']
        r = d.__reduce__()
        print(cls.__name__, r[1], r[2])
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            e = pickle.loads(pickle.dumps(d, proto))
            assert type(e) is cls and list(e) == list(d) and e.maxlen == d.maxlen
            assert (e.x, e.z) == (d.x, d.z) and not hasattr(e, 'y'), proto
        e = copy.deepcopy(d)
        print(type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, 'y'))

class BadState(collections.deque):
    def __getstate__(self):
        raise ValueError('no state')
try:
    BadState('a').__reduce__()
except ValueError as e:
    print('ValueError', e)
