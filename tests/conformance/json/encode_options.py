# json.dumps with its options: ensure_ascii, sort_keys, separators, indent (str and int),
# allow_nan, non-str keys (int, float, bool, None), float and int text, escapes of every kind.
import json

objs = [
    {'a': [1, 2.5, None, True, False, 'x\u00e9\U0001d11e\x7f'], 'b': (), 'c': {}},
    [float('nan'), float('inf'), -float('inf')],
    {1: 2, 2.5: 3, True: 4, None: 5, 'z': 6, False: 7},
    'plain', 10 ** 30, -0.0, 1e16, 1e-5, 0.1, 1 / 3, 123456789.0, [[[]]],
    {'k': {'k2': [1, {'k3': 'v'}]}}, '\u2028\x00\x1f "q" \\ / \b\f\n\r\t',
    [], {}, (1, 2), {'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}},
]
options = [{}, {'ensure_ascii': False}, {'sort_keys': True}, {'separators': (',', ':')},
           {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'indent': 0}, {'allow_nan': False},
           {'separators': (';', '=')}, {'check_circular': False}]
for o in objs:
    for kw in options:
        try:
            print(ascii(json.dumps(o, **kw)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
print(json.dumps({2.0: 1, float('nan'): 2, float('inf'): 3}))
try:
    json.dumps({float('nan'): 1}, allow_nan=False)
except ValueError as e:
    print(e)
print(json.encoder.encode_basestring_ascii is json.encoder.c_encode_basestring_ascii)
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': [1, 2], 'a': 'x'}), list(enc.iterencode({'b': [1, 2], 'a': 'x'})))
print(enc.encode('just a string\n'), json.JSONEncoder(ensure_ascii=False).encode('\u00e9'))
import io
buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf, indent=1)
print(buf.getvalue())
