# mimetypes: types and encodings guessed from names and URLs (strict and lenient), extensions
# from types, data: URLs, suffix and encoding maps, added types, private MimeTypes tables and
# mime.types files. Only the built-in table is used (init with no system files).
import io
import mimetypes
import os
import tempfile

mimetypes.knownfiles = []
mimetypes.init()
names = ['a.html', 'A.HTML', 'x.txt', 'photo.JPG', 'arch.tar.gz', 'arch.tgz', 'doc.svgz', 'x.tar.Z',
         'x.tar.bz2', 'x.tar.xz', 'x.br', 'x.js', 'x.mjs', 'x.json', 'x.pdf', 'x.py', 'x.pyc', 'x.rtf',
         'x.midi', 'x.xul', 'x.unknownext', 'noext', '.hidden', 'http://example.com/page.php',
         'http://example.com/index.html?x=1', 'HTTP://host/a.css', 'ftp://h/x.zip', 'file.wasm',
         'data:,Hello', 'data:text/html;base64,PGgxPg==', 'data:;charset=utf-8,x', 'data:bad',
         'data:image/png;x=y,abc', 'c:\\dir\\file.txt', 'x.webp', 'x.avif', 'x.mp4', 'x.csv']
for name in names:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for kind in ['text/html', 'TEXT/PLAIN', 'image/jpeg', 'application/javascript', 'text/xml',
             'application/octet-stream', 'audio/mpeg', 'image/jpg', 'text/rtf', 'nonsense/type']:
    print(kind, mimetypes.guess_extension(kind), mimetypes.guess_all_extensions(kind),
          mimetypes.guess_extension(kind, strict=False), mimetypes.guess_all_extensions(kind, strict=False))
mimetypes.add_type('application/x-pygen', '.pyg')
mimetypes.add_type('application/x-pygen', '.pgn', strict=False)
print(mimetypes.guess_type('a.pyg'), mimetypes.guess_type('a.pgn'), mimetypes.guess_type('a.pgn', False),
      mimetypes.guess_all_extensions('application/x-pygen', False))
print(len(mimetypes.types_map), len(mimetypes.common_types), sorted(mimetypes.suffix_map.items()),
      sorted(mimetypes.encodings_map.items()))
db = mimetypes.MimeTypes()
db.readfp(io.StringIO('# comment\napplication/x-thing  thg thing2 # trailing\n\ntext/x-odd odd\n'))
print(db.guess_type('a.thg'), db.guess_type('b.thing2'), db.guess_type('c.odd'), db.guess_extension('text/x-odd'))
print(mimetypes.guess_type('a.thg'))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'mime.types')
    with open(path, 'w') as f:
        f.write('application/x-fromfile ff1 ff2\n')
    print(mimetypes.read_mime_types(path), mimetypes.read_mime_types(os.path.join(tmp, 'missing')))
    other = mimetypes.MimeTypes([path], strict=False)
    print(other.guess_type('x.ff1'), other.guess_type('x.ff1', strict=False))
    mimetypes.init([path])
    print(mimetypes.guess_type('x.ff2'), mimetypes.inited)
try:
    mimetypes.guess_type(3)
except TypeError as e:
    print('TypeError', e)
