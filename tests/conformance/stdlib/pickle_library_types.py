# pickle and copy of library types: collections, datetime, functools.partial, re patterns,
# exceptions, set subclasses (reductions as CPython's).
import collections, datetime, functools, re, copy, pickle
objs = {'set': {1}, 'frozenset': frozenset({1}), 'range': range(3), 'slice': slice(1,2), 'complex': 1j, 'bytearray': bytearray(b'a'),
 'deque': collections.deque([1,2], maxlen=5), 'OrderedDict': collections.OrderedDict(a=1), 'defaultdict': collections.defaultdict(list, {1: [2]}),
 'Counter': collections.Counter('aab'), 'nt': None, 'date': datetime.date(2020,1,2), 'datetime': datetime.datetime(2020,1,2,3,4,5), 'timedelta': datetime.timedelta(3),
P = collections.namedtuple('P', 'x y')
objs['nt'] = P(1, 2)
class S(set): pass
objs['setsub'] = S([1])
for k, o in objs.items():
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(o, p); r = pickle.loads(d)
            print(k, p, d == d, r == o or repr(r) == repr(o), type(r).__name__, len(d))
            print('  ', d)
        except Exception as e: print(k, p, 'ERR', type(e).__name__, e)
    try: print('  copy', repr(copy.copy(o)) == repr(o), repr(copy.deepcopy(o)) == repr(o))
    except Exception as e: print('  copy ERR', type(e).__name__, e)
