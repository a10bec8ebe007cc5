# JSONDecodeError messages, positions, line and column for malformed documents: the messages of
# CPython's C scanner (Expecting value / property name / delimiters, Extra data, Unterminated
# string, Invalid control character, Invalid \escape, Invalid \uXXXX escape, the UTF-8 BOM).
import json

bad = [
    '', ' ', 'nul', 'tru', 'fals', 'Nan', 'Infinit', '-Infinit', '-', '-x', '+1', '.5', '01', '1.', '[1.]',
    '[-]', '[1', '[1,', '[1,]', '[1 2]', '[,1]', '[', ']', '{', '}', '{"a"', '{"a":', '{"a":1', '{"a":1,}',
    '{"a" 1}', '{1:2}', "{'a': 1}", '{"a":1 "b":2}', '{,}', '[1] x', '{} {}', '"abc', '"a\\x"', '"\\u12"',
    '"\\u1234', '"\\uzzzz"', '"\\u12G4"', '"\\ud800\\uzz"', '"\\ud800\\uzzzzz"', '"\\ud800\\u12"', '"\x01"',
    '"a\nb"', '"\\', '"abc\\"', '\ufeff[]', '[1]\n\n  x', '\n\n  {"a"\n:\n}', '"\u00e9\u00e9" x',
    '["\u00e9", tru]', '[\u00e9]', 'True', 'None', '[1,\n2,\n3,\n]', '"\\u00', '"\\u0041',
]
for d in bad:
    try:
        json.loads(d)
        print(ascii(d), 'no error')
    except json.JSONDecodeError as e:
        print(ascii(d), '|', e, '|', ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == d)

e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.__reduce__(), isinstance(e, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print(e)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
