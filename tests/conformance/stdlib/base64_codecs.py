# base64: Base64 (standard, URL-safe, altchars, validate), Base32/32hex, Base16, Ascii85, Base85,
# encodebytes/decodebytes, and the errors for bad input.
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples:
    print(base64.b64encode(s)[:40], base64.urlsafe_b64encode(s)[:40], base64.b32encode(s)[:40],
          base64.b32hexencode(s)[:40], base64.b16encode(s)[:40])
    print(base64.a85encode(s)[:40], base64.b85encode(s)[:40], base64.a85encode(s, pad=True)[:20])
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode('Zm9v\nYmFy'), base64.standard_b64decode(b'Zm9vYg=='))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('M1XW6===', map01='L'))
print(base64.b16decode('666f6f', casefold=True))
print(base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'hello world', adobe=True, wrapcol=5))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'zy', foldspaces=True))
print(base64.encodebytes(bytes(range(60))), base64.decodebytes(b'AAEC\nAwQ=\n'))
for fn, arg in ((base64.b64decode, 'Zm9v!', ), (base64.b32decode, 'MZXW6==='), (base64.b32decode, 'MZXW6=='),
                (base64.b32decode, 'M!XW6==='), (base64.b16decode, '6G'), (base64.a85decode, b'ab~cd'),
                (base64.a85decode, b'azbcd'), (base64.b85decode, b'ab"cd'), (base64.b64decode, 'é')):
    try:
        print(fn(arg))
    except (binascii.Error, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
try:
    base64.b64decode('Zm9v!', validate=True)
except binascii.Error as e:
    print(e)
try:
    base64.b64decode(5)
except TypeError as e:
    print(e)
