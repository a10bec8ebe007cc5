# The ISO 8859 and Windows code pages beyond Latin-1, by name and alias: every byte decoded,
# round trips, errors, and a source file declaring iso8859-7.
import codecs
names = ['iso8859-3', 'latin4', 'cyrillic', 'arabic', 'greek', 'iso_8859_7', 'hebrew', 'latin5',
         'l6', 'thai', 'iso8859_13', 'latin8', 'l10', 'cp1253', 'windows-1254', '1255', 'cp1256',
         'cp1257', 'cp1258', 'koi8_u']
for name in names:
    info = codecs.lookup(name)
    text = bytes(range(256)).decode(name, 'replace')
    back = text.encode(name, 'replace')
    print(name, info.name, ascii(text[128:]), back == bytes(range(256)))
print(ascii('αβγ'.encode('greek')), ascii(b'\xe1\xe2'.decode('iso8859-7')))
try:
    'ж'.encode('greek')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xae'.decode('iso8859-7')
except UnicodeDecodeError as e:
    print(e)
try:
    compile(b'# -*- coding: iso8859-7 -*-\n\xe1 = 0xI', '<f>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
ns = {}
exec(compile(b'# -*- coding: iso8859-7 -*-\ns = "\xe1\xe2\xe3"\n', '<f>', 'exec'), ns)
print(ascii(ns['s']))
