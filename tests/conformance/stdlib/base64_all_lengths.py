# base64's codecs over every length 0..12 of two byte patterns (padding and partial groups),
# the decoders' accepted inputs (str, bytearray, memoryview), the 85 codecs' abbreviations,
# wrapping and framing, and every error message.
import base64
import io

samples = [bytes(range(n)) for n in range(13)] + [bytes([255 - i for i in range(n)]) for n in range(13)]
samples += [b'\0' * 4, b'    ', b'\0' * 5 + b'    x', b'hello world!']
for raw in samples:
    row = []
    for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode)):
        text = enc(raw)
        row.append(text.decode())
        assert dec(text) == raw, (enc.__name__, raw)
    print(' | '.join(row))
for raw in (b'', b'\0', b'\0\0\0\0\0', b'    ', b'abc'):
    print(base64.b85encode(raw, pad=True), base64.a85encode(raw, pad=True), base64.a85encode(raw, foldspaces=True),
          base64.a85encode(raw, adobe=True), base64.a85decode(base64.a85encode(raw, adobe=True, foldspaces=True), adobe=True, foldspaces=True))
text = bytes(range(60))
print(base64.a85encode(text, wrapcol=20))
print(base64.a85encode(text, wrapcol=1, adobe=True)[:30], base64.a85encode(b'ab', wrapcol=4, adobe=True))
print(base64.a85decode('<~9jqo^~>', adobe=True), base64.a85decode(b'9jqo^ \n z', ignorechars=b' \n'),
      base64.a85decode(bytearray(b'y'), foldspaces=True))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8=', altchars='-_'), base64.b64decode('-_8=', altchars=b'-_'),
      base64.b64decode(memoryview(b'YWJj')), base64.b64decode(bytearray(b'YW Jj')), base64.b32decode('mfrgg===', casefold=True),
      base64.b32decode('0I======', map01=b'I'), base64.b32decode('0L======', map01='L'), base64.b16decode('ff', casefold=True),
      base64.standard_b64encode(b'x'), base64.standard_b64decode('eA=='), base64.b64encode(memoryview(b'mv')))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'AAEC\nAw==\n'), base64.encodebytes(b''))
out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(120))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(120)))
bad = [lambda: base64.b64decode('YW=j', validate=True), lambda: base64.b64decode('Y'), lambda: base64.b64decode('é'),
       lambda: base64.b64decode(3), lambda: base64.b64encode('str'), lambda: base64.b32decode('MFRGG'),
       lambda: base64.b32decode('MFRG1==='), lambda: base64.b32decode('M=======') , lambda: base64.b32decode('MF==G==='),
       lambda: base64.b32decode('========'), lambda: base64.b32decode('mfrgg==='), lambda: base64.b16decode('fg'),
       lambda: base64.b16decode('ff'), lambda: base64.b16decode('F'), lambda: base64.b85decode(b'|NsC0'),
       lambda: base64.b85decode(b'ab"cd'), lambda: base64.a85decode(b'abz'), lambda: base64.a85decode(b'aby', foldspaces=True),
       lambda: base64.a85decode(b's8W-"'), lambda: base64.a85decode(b'ab\x80'), lambda: base64.a85decode(b'<~ab', adobe=True),
       lambda: base64.encodebytes('s'), lambda: base64.decodebytes(3), lambda: base64.b32encode(3), lambda: base64.a85encode('s'),
       lambda: base64.b64encode(b'x', altchars=b'-'), lambda: base64.b32decode('AA======', map01=b'ab')]
for fn in bad:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
