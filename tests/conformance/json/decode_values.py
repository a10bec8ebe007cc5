# json.loads on valid documents: every value kind, whitespace, escapes, surrogate pairs,
# non-ASCII text before and after values (end positions count code points), big numbers.
import json

docs = [
    '{"a": [1, 2.5, -3e2, true, false, null, "x"], "b": {}, "c": []}',
    '  [ 1 , 2 ,\n\t3 ]\r\n',
    '"caf\u00e9 \\n \\t \\/ \\\\ \\" \\b \\f \\r"',
    '"\\u00e9\\u20ac\\ud834\\udd1e"',
    '{"\u00e9t\u00e9": "\u00e8", "k": [1e400, -1e400, -0.0, 0, -0, 12345678901234567890123]}',
    '[0.1, 1.5e3, 2E-2, 1e+2, -0.5, 123456789012345678, 1234567890123456789, -9223372036854775809]',
    'NaN', '[Infinity, -Infinity, NaN]',
    '"\\ud800\\u0041"', '"\\udc00\\ud800"', '"\\ud800"', '"\\ud834\\udd1e\\ud834"',
    '{"a": 1, "a": 2}', '[[[[[]]]]]', '{"": {"": ""}}',
    '"\U0001f600 emoji"', '  "\u00e9"  ', '3', '-7', '"x"', 'true', 'null',
]
for d in docs:
    v = json.loads(d)
    print(ascii(v), type(v).__name__)

dec = json.JSONDecoder()
print(dec.raw_decode('[1] rest'))
print(dec.raw_decode('xx [2]', 3))
print(dec.raw_decode('\u00e9\u00e9 "\u00e9" tail', 3))
print(dec.raw_decode('\u00e9\u00e9 {"\u00e9": [1, "\u00e8"]} tail', 3))
print(dec.raw_decode('123abc'))
print(dec.raw_decode('1.5e'))
print(dec.raw_decode('1.x'))
print(dec.raw_decode('-0'))
print(dec.raw_decode('nullx'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')), json.loads(bytearray(b'{}')))
print(json.loads('[1, "\u00e9"]'.encode('utf-32')), json.loads('"\u00e9"'.encode('utf-8-sig')))

# Keys repeated across objects of one document are one str object (the scanner's memo).
a = json.loads('[{"key": 1}, {"key": 2}, {"other": {"key": 3}}]')
k1 = list(a[0])[0]
k2 = list(a[1])[0]
k3 = list(a[2]['other'])[0]
print(k1 is k2, k2 is k3)
