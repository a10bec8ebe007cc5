# json: dumps options (indent, separators, sort_keys, ensure_ascii, default, skipkeys, allow_nan),
# loads with hooks, and JSONDecodeError messages with line/column.
import json
from collections import OrderedDict

data = {'name': 'pygen', 'tags': ['a', 'b'], 'n': 3, 'pi': 3.25, 'ok': True, 'none': None,
        'nested': {'z': [1, {'y': []}], 'a': {}}, 'uni': 'caf\u00e9 \U0001f600', 't': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', ensure_ascii=False))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}))
print(json.dumps({'a': 1, (1, 2): 'skip'}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 0.1, -0.0, 10 ** 20]))
print(json.dumps('\x00\x1f\x7f"\\/\b\f\n\r\t'), json.dumps('\u2028', ensure_ascii=False))
print(json.dumps(set([1]), default=sorted), json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1}}, cls=Enc), list(Enc(indent=1).iterencode([1, 2])))
for bad, kw in ((object(), {}), ({(1,): 2}, {}), (float('nan'), {'allow_nan': False})):
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)

text = json.dumps(data)
print(json.loads(text) == dict(data, t=[1, 2]))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"]}'))
print(json.loads(' [ NaN , Infinity , -Infinity ] '))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": {"c": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: c.lower()))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b'[1]')))
print(json.loads('"a\\tb"'), json.loads('"tab\there"', strict=False))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.decode('  {}  '))
bad_docs = ['', '  ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', 'nul', '[', '{', '{"a":',
            '1 2', '"abc', '"\\', '-', '01', '1.', '[1,\n 2,\n x]', '{"a":1 "b":2}', '"a\x01b"',
            '"bad \\q escape"', '"\\u12"', '"\\u12x4"', '"\\ux123"', '\ufeff[]', '[1]]', '{"a":1}}']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError))
