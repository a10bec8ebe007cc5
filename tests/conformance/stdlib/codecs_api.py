# codecs' Python-level API: CodecInfo, the get* lookups, iterencode/iterdecode (BOMs once,
# split multi-byte sequences), buffered incremental coders, the stream classes over BytesIO,
# codecs.open and EncodedFile, error handler lookups.
import codecs
import io
import os
import tempfile

info = codecs.lookup('UTF8')
print(info.name, isinstance(info, tuple), len(info), info[0] is info.encode, info._is_text_encoding)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
custom = codecs.CodecInfo(lambda s, e='strict': (s.encode(), len(s)), None, name='mine')
print(custom.name, custom.decode, custom.incrementalencoder, custom._is_text_encoding,
      codecs.CodecInfo(None, None, _is_text_encoding=False)._is_text_encoding)
print(codecs.getencoder('latin-1')('abc'), codecs.getdecoder('ascii')(b'xyz'))
print(codecs.getincrementalencoder('utf-8')().encode('\u20ac'), codecs.getreader('utf-8').__name__ != '',
      codecs.getwriter('utf-8') is codecs.lookup('utf-8').streamwriter)
for bad in ('no-such-codec',):
    for fn in (codecs.lookup, codecs.getencoder, codecs.getincrementaldecoder):
        try:
            fn(bad)
        except LookupError as e:
            print(fn.__name__, 'LookupError:', e)
lazy = codecs.iterencode(['a'], 'no-such-codec')
print(type(lazy).__name__)
try:
    next(lazy)
except LookupError as e:
    print('lazy LookupError:', e)
print(list(codecs.iterencode(['ab', '', 'c\u20ac'], 'utf-16')))
print(list(codecs.iterencode(['ab', 'c'], 'utf-8-sig')))
data = '\u20acx\U0001f600'.encode('utf-8')
print(list(codecs.iterdecode([data[i:i + 1] for i in range(len(data))], 'utf-8')))
u16 = 'hi\u20ac'.encode('utf-16')
print(list(codecs.iterdecode([u16[:1], u16[1:3], u16[3:]], 'utf-16')))
print(list(codecs.iterdecode([b'\xef\xbb', b'\xbfok'], 'utf-8-sig')))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate(), repr(dec.decode(b'\xac', final=True)))
try:
    dec.decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason)
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset()
print(enc.encode('c'))

class Pairs(codecs.BufferedIncrementalDecoder):
    # Decodes two bytes at a time; an odd byte waits for the next piece.
    def _buffer_decode(self, input, errors, final):
        usable = len(input) // 2 * 2
        return ''.join(chr(input[i] * 256 + input[i + 1]) for i in range(0, usable, 2)), usable

p = Pairs()
print(repr(p.decode(b'\x00a\x00')), p.getstate(), repr(p.decode(b'b')), p.buffer)
p.setstate((b'\x00', 0))
print(repr(p.decode(b'z')))
p.reset()
print(p.getstate())

class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        keep = 0 if final else input.endswith('!')
        return input[:len(input) - keep].upper().encode(), len(input) - keep

u = Upper()
print(u.encode('ab!'), u.getstate(), u.encode('c', True), u.getstate())
u.setstate('zz')
print(u.encode('', True))

buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('h\u00e9')
w.writelines(['l', 'lo'])
print(buf.getvalue(), w.getvalue() == buf.getvalue(), w.errors)
buf.seek(0)
r = codecs.getreader('utf-16-le')(buf)
print(repr(r.read()))
buf = io.BytesIO('line1\nline2\r\nl\u00e93'.encode('utf-8'))
rw = codecs.StreamReaderWriter(buf, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(repr(rw.readline()), repr(rw.readline(keepends=False) if False else rw.readline()), list(rw))
print(rw.encoding, rw.tell() == buf.tell())
with codecs.getwriter('ascii')(io.BytesIO()) as w2:
    w2.write('x')
print(w2.closed)

path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(path, 'w', encoding='utf-16') as f:
    print(type(f).__name__, f.encoding)
    f.write('d\u00e9j\u00e0\n')
    f.write('vu\n')
with open(path, 'rb') as raw:
    print(raw.read())
with codecs.open(path, encoding='utf-16') as f:
    print(f.readlines())
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read(2))
try:
    codecs.open(path, 'r', encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)

raw = io.BytesIO('caf\u00e9'.encode('latin-1'))
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(ef.read(), ef.data_encoding, ef.file_encoding)
ef.write('\u00fc'.encode('utf-8'))
print(raw.getvalue())
print(codecs.EncodedFile(io.BytesIO(), 'ascii').file_encoding)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.replace_errors.__name__)
codecs.register_error('test.mine', lambda e: ('?', e.end))
print('a\u20acb'.encode('ascii', 'test.mine'), codecs.encode('abc', 'rot13'), codecs.decode(b'6869', 'hex'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM == codecs.BOM_UTF16)
