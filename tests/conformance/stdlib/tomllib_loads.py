# tomllib: a document using every TOML 1.0 construct, load from a binary file, parse_float,
# and the errors (messages with their positions) of common mistakes.
import decimal
import io
import tomllib

RAW = "raw_multi = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n"
doc = r'''
# A comment
title = "TOML \"example\" \u00e9\U0001F600 tab:\t."
literal = 'C:\Users\nodejs\templates'
multi = """
Roses are red
Violets are blue"""
trimmed = """\
    The quick brown \
    fox."""
quotes = """Here are two quotation marks: "". Simple enough."""
four = """"This," she said, "is just a pointless statement.""""
''' + RAW + r'''ints = [ +99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101_0110 ]
floats = [ +1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991 ]
specials = [ inf, +inf, -inf ]
bools = [true, false]
dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00,
         1979-05-27T07:32:00.5, 1979-05-27, 07:32:00, 00:32:00.1234567]
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, {y = [2]} ], ]  # trailing comma
multiline_array = [
  1,  # one
  2,
]
"quoted key" = 1
'literal key' = 2
dotted.key.here = 3
site."google.com" = true
3.14159 = "pi"
empty = {}
inline = { first = "Tom", last.name = "Preston-Werner", pt = {x = 1, y = 2} }

[table]
key = "value"

[table.sub]
deep = 1

[ spaced . header ]
ok = true

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
color = "gray"

[[products.parts]]
id = 1

[[products.parts]]
id = 2
'''
data = tomllib.loads(doc)
for key in sorted(data):
    print(key, '=', repr(data[key]))
print(tomllib.loads('x = nan')['x'] != tomllib.loads('x = nan')['x'],
      str(tomllib.loads('x = -nan')['x']))
print(tomllib.loads('a = 0.1\nb = [1.5, inf]', parse_float=decimal.Decimal))
print(tomllib.load(io.BytesIO(b'k = "v"\r\nn = 1\r\n')), tomllib.loads(''), tomllib.loads('\n# only\n'))
for bad in ['a = ', 'a', 'a = 1\na = 2', 'a = 1 b = 2', '[a]\n[a]', 'a = [1, 2', 'a = {b = 1',
            'a = "x', 'a = 01', 'a.b = 1\na = 2', '[[a]]\n[a]', 'a = {b=1}\na.c = 2', 'a = 1.',
            'a = 1979-05-27T25:00:00', 'a = "\\q"', '= 1', 'a = [1,,2]', '[a', '[[a]',
            'a = "\x01"', 'a = tru', 'a = 0x', 'x = 1\n\n  y = """\nab', 'a = 1 # c\x00',
            'a = 2021-02-30', 'a = "\\uZZZZ"', 'a = {b = 1,}', 'a = "\\uD800"',
            '[fruit]\napple.color = 1\n[fruit.apple]', 'a = "x\ny"', "a = 'x\ny'", '{',
            'a = [1 2]', 'a = [1]\n[[a]]', 'a = """x""""""', '[a.b]\n[a]\nb.c = 1',
            'a = {b = {c = 1}}\n[a.b]']:
    try:
        print(repr(bad), 'parsed', tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), '->', e)
for call in (lambda: tomllib.loads(b'a = 1'), lambda: tomllib.load(io.StringIO('a = 1')),
             lambda: tomllib.loads('a = 1.5', parse_float=lambda s: [s])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__mro__[1], tomllib.__all__)
