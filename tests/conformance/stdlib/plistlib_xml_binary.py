# plistlib: XML and binary plists written (byte for byte) and read back, sort_keys/skipkeys,
# dict_type, format detection, UID, nested and shared containers, integer and string sizes,
# and the errors for what cannot be written or read.
import collections
import datetime
import io
import plistlib

value = {
    'string': 'a<b&c>\r\nd\re', 'int': 5, 'neg': -3, 'big': 2 ** 63, 'huge': 2 ** 64 - 1, 'f': 1.5,
    'tiny': 1e-300, 'true': True, 'false': False, 'list': [1, [], {}, (2, 3)], 'tuple': (),
    'date': datetime.datetime(2020, 1, 2, 3, 4, 5), 'data': b'\x00\x01' * 60, 'ba': bytearray(b'xy'),
    'unicode': 'h\xe9llo \u20ac \U0001f600', 'empty': {}, 'z': 0.1, 'nested': {'b': {'c': [{'d': 'e'}]}},
    'long': 'x' * 300, 'sizes': [255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, -1, -2 ** 63],
}
xml = plistlib.dumps(value)
print(xml.decode())
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(binary.hex())
for blob in (xml, binary):
    back = plistlib.loads(blob)
    print(back == {k: (list(v) if isinstance(v, tuple) else v) for k, v in value.items()} or back)
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False).decode())
print(plistlib.dumps({'b': 1, 3: 'skip', 'a': 2}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY).hex())
shared = ['same']
print(plistlib.dumps([shared, shared, 'same', 1, 1.0, True], fmt=plistlib.FMT_BINARY).hex())
ordered = plistlib.loads(plistlib.dumps({'b': 1, 'a': {'y': 1, 'x': 2}}, sort_keys=False), dict_type=collections.OrderedDict)
print(ordered)
print(plistlib.loads(plistlib.dumps({'u': plistlib.UID(5), 'v': plistlib.UID(70000)}, fmt=plistlib.FMT_BINARY)))
print(repr(plistlib.UID(5)), plistlib.UID(5) == plistlib.UID(5), plistlib.UID(5) == 5, plistlib.FMT_XML, plistlib.PlistFormat.FMT_BINARY)
buf = io.BytesIO()
plistlib.dump({'k': [1, 2]}, buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(plistlib.load(buf), plistlib.load(io.BytesIO(xml), fmt=plistlib.FMT_XML)['int'])
print(plistlib.loads(b'<?xml version="1.0"?><plist version="1.0"><dict><key>hex</key><integer>0x1F</integer>'
                     b'<key>d</key><date>2021-05-06Z</date><key>s</key><string>&lt;&#65;</string><key>e</key><string/></dict></plist>'))
print(plistlib.loads(b'\xef\xbb\xbf<plist><array><data>AAEC</data><real>2.5</real></array></plist>'))
for bad in [lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps(plistlib.UID(3)), lambda: plistlib.dumps(set()),
            lambda: plistlib.dumps(2 ** 64), lambda: plistlib.dumps(-2 ** 64, fmt=plistlib.FMT_BINARY),
            lambda: plistlib.loads(b'garbage'), lambda: plistlib.dumps('\x01'), lambda: plistlib.dumps({}, fmt=3),
            lambda: plistlib.UID(-1), lambda: plistlib.UID('a'), lambda: plistlib.UID(2 ** 64),
            lambda: plistlib.loads(b'bplist00' + b'\x00' * 40), lambda: plistlib.loads(binary[:-10]),
            lambda: plistlib.dumps(None), lambda: plistlib.dumps([None], fmt=plistlib.FMT_BINARY),
            lambda: plistlib.loads(b'<plist><dict><key>a</key></dict></plist>'),
            lambda: plistlib.loads(b'<plist><array><key>a</key><string/></array></plist>')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
