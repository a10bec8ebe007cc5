# The accelerator json picks up: json.scanner.make_scanner is _json.make_scanner, the scanner
# object's attributes, StopIteration for "no value here", its argument errors; _json.scanstring
# called directly, and the pure-Python fallbacks (py_make_scanner, py_scanstring, JSONObject).
import json
import json.decoder
import json.scanner
import _json

print(json.scanner.make_scanner is _json.make_scanner, json.scanner.c_make_scanner is _json.make_scanner)
print(json.decoder.scanstring is _json.scanstring, json.decoder.c_scanstring is _json.scanstring)
print(_json.make_scanner, _json.make_scanner.__name__)

dec = json.JSONDecoder(strict=False, parse_int=float)
sc = _json.make_scanner(dec)
print(type(sc).__name__, sc.strict, sc.parse_int, sc.parse_float, sc.object_hook, sc.object_pairs_hook)
print(sc('[1, 2]', 0), sc('  "ab" ', 2), sc('x1', 1))
for args in [('[1, ]', 0), ('abc', 10), ('x', 0), ('-', 0), ('{"a": }', 0)]:
    try:
        print(sc(*args))
    except StopIteration as e:
        print('StopIteration', e.args)
for args in [(b'x', 0), ('x', 'a'), ('x',), ('[1]', 0, 1), ('x', -1)]:
    try:
        print(sc(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sc(string='[1]', idx=0))
try:
    sc.strict = True
except AttributeError as e:
    print('AttributeError')
try:
    _json.make_scanner(1)
except AttributeError as e:
    print(e)

for args in [('"abc"', 1), ('x"abc" tail', 2), ('"a\\nb"', 1), ('"\\ud834\\udd1e"x', 1), ('abc"', 0),
             ('"\u00e9\u00e9"', 1), ('"a\tb"', 1, False), ('"a\tb"', 1, True)]:
    try:
        print(ascii(_json.scanstring(*args)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
for args in [(b'x', 1), ('"abc"', 1, 'x'), ('"abc"', 'a'), ('"abc"',), ('"ab"', 1, True, 3), ('abc', 5), ('abc', -1)]:
    try:
        print(_json.scanstring(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# The pure-Python pieces work on their own.
py = json.scanner.py_make_scanner(json.JSONDecoder())
print(py('{"a": [1, 2.5, "x", null, true, false, NaN]}', 0))
try:
    py('[1, ]', 0)
except json.JSONDecodeError as e:
    print(e)
try:
    py('?', 0)
except StopIteration as e:
    print('StopIteration', e.args)
print(json.decoder.py_scanstring('"a\\u00e9\\ud834\\udd1e"', 1))
print(ascii(json.decoder.py_scanstring('"\\ud834\\u0041\\ud834"', 1)), json.decoder.py_scanstring('"a\\tb"', 1, False))
for doc in ['"abc', '"a\\x"', '"\\u12"', '"\x01"', '"\\u1234', '"\\ud834\\udd1e', '"ab\\', '"\\uzzzz"']:
    try:
        json.decoder.py_scanstring(doc, 1)
    except json.JSONDecodeError as e:
        print(e)
print(json.decoder.JSONObject(('{"a": 1, "b": [2]}', 1), True, sc, None, None))
print(json.decoder.JSONArray(('[1, "x"] ', 1), sc))
