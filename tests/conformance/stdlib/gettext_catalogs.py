# gettext: .mo catalogs written here (little and big endian), lookups with plural forms,
# contexts and fallbacks, the module-level functions over a temporary locale folder,
# NullTranslations, install, c2py's plural expressions and the errors of bad files.
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo_file(entries, order='<'):
    """A .mo file holding entries: (original bytes, translation bytes), sorted by original."""
    entries = sorted(entries)
    count = len(entries)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    blob = b''
    tables = [[], []]
    for original, translated in entries:
        for k, text in enumerate((original, translated)):
            tables[k].append((len(text), data_at + len(blob)))
            blob += text + b'\0'
    magic = 0x950412de
    head = struct.pack(order + '7I', magic, 0, count, originals_at, translations_at, 0, 0)
    body = b''.join(struct.pack(order + '2I', *pair) for pair in tables[0] + tables[1])
    return head + body + blob


header = ('Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
          '(n%100<10 || n%100>=20) ? 1 : 2;\nLast-Translator: someone\n  continued\n')
entries = [(b'', header.encode()), (b'Hello', 'Cześć'.encode()),
           (b'file\0files', 'plik\0pliki\0plików'.encode()),
           (b'menu\x04Open', b'Otw\xc3\xb3rz'), (b'menu\x04item\0items', b'pozycja\0pozycje\0pozycji')]
for order in '<>':
    t = gettext.GNUTranslations(io.BytesIO(mo_file(entries, order)))
    print(t.gettext('Hello'), t.gettext('Missing'), t.charset(), sorted(t.info().items()))
    print([t.ngettext('file', 'files', n) for n in (1, 2, 5, 12, 21, 22, 25, 101)])
    print(t.ngettext('dog', 'dogs', 1), t.ngettext('dog', 'dogs', 3), t.gettext('file'))
    print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'),
          t.npgettext('menu', 'item', 'items', 3), t.npgettext('x', 'a', 'b', 2))

plain = gettext.GNUTranslations(io.BytesIO(mo_file([(b'yes', b'oui')])))
print(plain.gettext('yes'), plain.ngettext('one', 'many', 1), plain.ngettext('one', 'many', 0),
      plain.charset(), plain.info())
plain.add_fallback(t)
print(plain.gettext('Hello'), plain.ngettext('file', 'files', 3), plain.pgettext('menu', 'Open'))

null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 2),
      null.pgettext('c', 'm'), null.npgettext('c', 'a', 'b', 7), null.info(), null.charset())
null.install(names=['ngettext', 'bogus'])
print(_('installed'), builtins.ngettext('a', 'b', 2), hasattr(builtins, 'bogus'))
del builtins._, builtins.ngettext

for bad in [b'\x00' * 28, struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0),
            struct.pack('<7I', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<4I', 99, 999, 1, 1)]:
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except OSError as e:
        print('OSError', e.errno, e.strerror)

for expr, ns in [('n != 1', (0, 1, 2)), ('n==1 ? 0 : n==2 ? 1 : 2', (1, 2, 3)),
                 ('n || 5', (0, 3)), ('n && 5', (0, 3)), ('(n>1)+(n>2)', (3,)),
                 ('!n', (0, 4)), ('n<2<3', (5,)), ('n / 2 * 3 % 4', (7,)), ('0', (9,))]:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in ns])
for expr in ['n+', '(n', 'n)', 'x', 'n ? 1', '1 2', 'n = 1', 'n ** 2', '-1', 'nn', '12a',
             '(' * 25 + 'n' + ')' * 25, 'n+' * 501 + 'n', 'n\n']:
    try:
        gettext.c2py(expr)
    except ValueError as e:
        print(repr(expr[:12]), 'ValueError', e)
try:
    gettext.c2py('n % 0')(4)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    gettext.c2py('n / 0')(4)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    gettext.c2py('n')('x')
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    for lang, word in (('de', b'Hallo'), ('fr_FR', b'Bonjour')):
        os.makedirs(os.path.join(d, lang, 'LC_MESSAGES'))
        with open(os.path.join(d, lang, 'LC_MESSAGES', 'app.mo'), 'wb') as f:
            f.write(mo_file([(b'', b'Content-Type: text/plain; charset=UTF-8\n'), (b'Hello', word)]))
    print(os.path.relpath(gettext.find('app', d, ['de_DE']), d),
          [os.path.relpath(p, d) for p in gettext.find('app', d, ['fr_FR.UTF-8', 'de'], all=True)],
          gettext.find('app', d, ['it']), gettext.find('app', d, ['it'], all=True))
    tr = gettext.translation('app', d, ['fr', 'de'])
    print(type(tr).__name__, tr.gettext('Hello'), tr.gettext('Bye'))
    tr = gettext.translation('app', d, ['it', 'de'])
    print(tr.gettext('Hello'), type(gettext.translation('app', d, ['it'], fallback=True)).__name__)
    try:
        gettext.translation('app', d, ['it'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    print(gettext.bindtextdomain('app', d) == d, gettext.textdomain(), gettext.textdomain('app'))
    os.environ['LANGUAGE'] = 'de'
    print(gettext.gettext('Hello'), gettext.dgettext('nothing', 'Hello'),
          gettext.ngettext('a', 'b', 2), gettext.pgettext('c', 'Hello'),
          gettext.dngettext('app', 'x', 'y', 1), gettext.npgettext('c', 'x', 'y', 3))
    gettext.textdomain('messages')
print(gettext._expand_lang('de_DE.UTF-8@euro'), gettext._expand_lang('fr'))
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__)[:5])
