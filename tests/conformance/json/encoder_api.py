# _json.make_encoder and encode_basestring(_ascii) called directly: argument checks, the
# one-item list the encoder returns, a Python encoder function (and its wrong return type),
# its read-only attributes.
import json
import json.encoder
import _json

print(json.encoder.c_make_encoder is _json.make_encoder, _json.make_encoder.__name__)
e = _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ':', ',', False, False, True)
print(e({'a': [1, 2.5, None, '\u00e9']}, 0), e('x', 3), e(obj=[1], _current_indent_level=5))
print(e.markers, e.default, e.encoder is _json.encode_basestring_ascii, e.indent, e.key_separator,
      e.item_separator, e.sort_keys, e.skipkeys)
markers = {}
e2 = _json.make_encoder(markers, str, lambda s: '<' + s + '>', 4, ' = ', '; ', False, True, False)
print(e2({'b': 1, 'a': [object.__name__], 1.5: 2, (1,): 3, 'o': object}, 0), markers)
e4 = _json.make_encoder(markers, str, lambda s: '<' + s + '>', 4, ' = ', '; ', 1, 0, [])
print(e4({'b': 1, 'a': [2]}, 0), e4.sort_keys, e4.skipkeys)
try:
    e2([float('nan')], 0)
except ValueError as ex:
    print(ex)
e3 = _json.make_encoder(None, None, lambda s: 5, None, ':', ',', False, False, True)
try:
    e3(['x'], 0)
except TypeError as ex:
    print(ex)
for args in [(1,), ([1], 'x'), ([1], 0, 1)]:
    try:
        print(e(*args))
    except TypeError as ex:
        print(ex)
for args in [({}, None, None, None, 1, ',', False, False, True), ([], None, None, None, ':', ',', False, False, True), ()]:
    try:
        _json.make_encoder(*args)
    except TypeError as ex:
        print(ex)
try:
    e.sort_keys = True
except AttributeError:
    print('AttributeError')
s = 'a"b\\c\x00\x1f\x7f\u00e9\u20ac\U0001f600\ud800 /'
print(_json.encode_basestring_ascii(s))
print(ascii(_json.encode_basestring(s)))
print(json.encoder.py_encode_basestring_ascii(s) == _json.encode_basestring_ascii(s))
print(json.encoder.py_encode_basestring(s) == _json.encode_basestring(s))
for args in [(1,), ('x', 'y'), (b'x',)]:
    for f in (_json.encode_basestring_ascii, _json.encode_basestring):
        try:
            f(*args)
        except TypeError as ex:
            print(ex)
class S(str):
    def __str__(self):
        return 'other'
print(_json.encode_basestring_ascii(S('mine')), json.dumps([S('mine')]), json.dumps({S('k'): 1}))
