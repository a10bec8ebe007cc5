# json's top level: dumps/dump through the shared encoder and through custom options or cls,
# loads/load from str, bytes and bytearray in every UTF encoding (BOM and NUL-pattern
# detection), the decoder hooks and cls, the errors.
import io
import json
from collections import OrderedDict
from decimal import Decimal

doc = {'a': [1, 2.5, None, True], 'b': 'é'}
print(json.dumps(doc), json.dumps(doc, skipkeys=0, ensure_ascii=1), json.dumps(doc, ensure_ascii=False, sort_keys=True))
print(json.dumps(doc, indent=2, separators=(',', ': ')), json.dumps([1, [2]], separators=(',', ':')))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps(doc, cls=Upper), json.dumps({1}, default=sorted))
out = io.StringIO()
json.dump(doc, out)
json.dump([1, 2], out, indent=1)
print(repr(out.getvalue()))
text = json.dumps({'x': [1, 'é', {'y': 1.5}]})
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    data = text.encode(enc)
    print(enc, json.detect_encoding(data), json.loads(data) == json.loads(text), json.loads(bytearray(data)) == json.loads(text))
for raw in (b'1', b'\x001', b'1\x00', b'', b'\x00\x00\x00\x31', b'\x31\x00\x00\x00', b'\x00\x31\x00\x32', b'\x31\x00\x32\x00'):
    print(raw, json.detect_encoding(raw))
print(json.loads('[1.5, 2, "NaN", NaN]', parse_float=Decimal, parse_int=str, parse_constant=lambda c: 'const-' + c))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict), json.loads('{"k": 1}', object_hook=lambda d: sorted(d)))
print(json.load(io.StringIO('{"z": [true, false, null]}')), json.loads('"x"', cls=json.JSONDecoder))
for bad in (lambda: json.loads(3), lambda: json.loads('\ufeff[]'), lambda: json.loads('[1,'), lambda: json.loads(b'\xff\xfe'),
            lambda: json.dumps(object()), lambda: json.loads('{"a" 1}'), lambda: json.loads('[]x')):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
