# binascii's uuencode (b2a_uu/a2b_uu) and quoted-printable (b2a_qp/a2b_qp) as CPython 3.11's,
# their argument errors, and a2b_base64's strict mode refusing anything after the padding.
import binascii, array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for data in (b'', b'a', b'ab', b'abc', b'\x00\xff\x10', bytes(range(45)), b'x' * 46):
    t(binascii.b2a_uu, data)
    t(binascii.b2a_uu, data, backtick=True)
for line in (b'', b' \n', b'!80``\n', b'#86)C\n', b'#86)C', b'#86', b'#86)C  ``\n', b'#86)Cx', b'#86\x01C', '#86)C', 'é', 3):
    t(binascii.a2b_uu, line)
t(binascii.b2a_uu, 'abc')
t(binascii.b2a_uu, b'', True)
print(binascii.a2b_uu(binascii.b2a_uu(array.array('B', b'hello'))))

texts = [b'', b'hello', b'caf\xc3\xa9 = 1', b'tab\tend\t', b'space end \nnext', b'x' * 80, b'y' * 75 + b'=',
         b'a.\n.\n.', b'line1\r\nline2 \r\n', b'\x00\x7f\x80', b'under_score and space', b'=' * 30,
         b'a' * 73 + b'\t\n' + b'b' * 10]
for data in texts:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        enc = binascii.b2a_qp(data, **kw)
        print(kw, enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == data)
for enc in (b'a=3Db', b'a=3db', b'a=3', b'a=', b'a==b', b'soft=\nbreak', b'soft=\r\nbreak', b'a=zzb', b'_x_', 'a=41', b'=\r'):
    t(binascii.a2b_qp, enc)
    t(binascii.a2b_qp, enc, header=True)
t(binascii.a2b_qp, data=b'a=42')
t(binascii.b2a_qp, data=b'a b', header=True)
t(binascii.b2a_qp, 'x')
t(binascii.a2b_qp, 1)
t(binascii.a2b_qp, 'é')

for d in (b'ab===', b'ab==a', b'abc==', b'ab=c=', b'ab==:', b'ab=\n=', b'ab==\n', b'abc=a', b'ab==ab==', b'abcd='):
    for strict in (True, False):
        t(binascii.a2b_base64, d, strict_mode=strict)
