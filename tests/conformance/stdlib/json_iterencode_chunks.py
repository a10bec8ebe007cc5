# json's Python encoder (iterencode and indented dumps): the exact chunks for nested data with
# every indent form, separators, sort_keys, skipkeys, non-string keys, default(), NaN handling,
# circular references and the ASCII escapes (surrogate pairs).
import json

data = {'b': [1, 2.5, None, True, False, 'x\u00e9\U0001f600', [], {}, [3, {'k': (4, 5)}]], 'a': {1: 'one', 2.5: 'f', True: 't', None: 'n'},
        'c': float('inf'), 'd': ''}
for kw in ({}, {'indent': 2}, {'indent': '\t'}, {'indent': ''}, {'indent': 0}, {'separators': (',', ':')},
           {'sort_keys': False, 'indent': 1, 'separators': (';', '=')}, {'ensure_ascii': False}):
    enc = json.JSONEncoder(**kw)
    print(kw, list(enc.iterencode(data)))
    print(json.dumps(data, **kw) == ''.join(enc.iterencode(data)))
print(json.dumps({'z': 1, 'a': [2]}, sort_keys=True, indent=3))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True), list(json.JSONEncoder(skipkeys=True).iterencode({object(): 1})))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError:', e)


class Point:
    def __init__(self, x):
        self.x = x


print(json.dumps([Point(1), {'p': Point(2)}], default=lambda o: {'x': o.x}),
      list(json.JSONEncoder(default=lambda o: [o.x]).iterencode(Point(3))))
for bad in ([float('nan')], {'k': float('-inf')}):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps([float('nan'), float('-inf')]), json.dumps({float('nan'): 1}))
loop = []
loop.append(loop)
d = {}
d['self'] = d
for obj, kw in ((loop, {}), (d, {'indent': 1}), (Point(1), {'default': lambda o: o})):
    try:
        json.dumps(obj, **kw)
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps('\u2028\x00\x1f"\\/\x7f\U00010000\ud800'), json.dumps('\u00e9', ensure_ascii=False))
print(json.encoder.py_encode_basestring_ascii('a\U0010ffff\u0100\n'), json.encoder.py_encode_basestring('\n\u00e9"'))
try:
    json.dumps(set(), indent=1)
except TypeError as e:
    print('TypeError:', e)
