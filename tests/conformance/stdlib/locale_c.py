# locale: the C locale (LC_CTYPE from LANG=C.UTF-8, as the test runs), setlocale queries and
# settings, localeconv, nl_langinfo, formatting and parsing helpers, normalize and errors.
import locale as L
import os
import warnings

warnings.simplefilter('ignore', DeprecationWarning)
os.environ.pop('LC_ALL', None)
os.environ.pop('LC_CTYPE', None)
print(L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_TIME, None), L.getlocale(L.LC_NUMERIC))
print(L.localeconv())
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL), L.getlocale(), L.getlocale(L.LC_ALL))
print(L.setlocale(L.LC_NUMERIC, 'POSIX'), L.setlocale(L.LC_CTYPE, 'C.UTF-8'))
print(L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(L.setlocale(L.LC_ALL, ('C', None)), L.setlocale(L.LC_COLLATE, (None, None)))
for bad in ['de_DE.UTF-8', 'xx_YY', 'en_US.ISO8859-1']:
    try:
        L.setlocale(L.LC_NUMERIC, bad)
    except L.Error as e:
        print('Error', e, isinstance(e, Exception))
for args in [(99, 'C'), (L.LC_ALL, 5)]:
    try:
        L.setlocale(*args)
    except (L.Error, TypeError) as e:
        print(type(e).__name__, e)
print(L.LC_CTYPE, L.LC_COLLATE, L.LC_TIME, L.LC_MONETARY, L.LC_NUMERIC, L.LC_ALL,
      L.LC_MESSAGES, L.CHAR_MAX)
for name in ['CODESET', 'D_FMT', 'D_T_FMT', 'T_FMT', 'T_FMT_AMPM', 'DAY_1', 'ABDAY_7',
             'MON_12', 'ABMON_1', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR',
             'AM_STR', 'PM_STR', 'ERA', 'ALT_DIGITS']:
    print(name, getattr(L, name), repr(L.nl_langinfo(getattr(L, name))))
L.setlocale(L.LC_ALL, 'C')
print(L.nl_langinfo(L.CODESET))
print(L.format_string('%d %s %.2f %10.3f', (1234567, 'x', 1234.5678, -9876.54321),
                      grouping=True))
print(L.format_string('%(a)d-%(b)s', {'a': 5, 'b': 'z'}), L.format_string('%5.1f', 2.25))
print(L.str(1.0 / 3), L.str(10 ** 20 * 1.0), L.atof('1.5'), L.atof('2', int), L.atoi('-12'),
      L.delocalize('1.5'), L.localize('1234.5', grouping=True))
print(L.format('%.1f', 2.25), L.format('%d', 1234567, True))
try:
    L.format('%d %d', (1, 2))
except ValueError as e:
    print('ValueError', e)
try:
    L.currency(5)
except ValueError as e:
    print('ValueError', e)
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('x', 'x'), L.strxfrm('abc'))
for f, args in [(L.strcoll, (1, 'a')), (L.strcoll, ('a', None)), (L.strxfrm, (3,))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
for name in ['en_US.utf8', 'C', 'c.utf8', 'de', 'fr_FR@euro', 'en_US', 'de_DE.UTF-8',
             'ja_JP', 'xx_YY', 'en_us.iso88591', 'fi', 'en_GB.ISO-8859-15', 'pt_BR.utf-8',
             'C.UTF-8', 'POSIX']:
    print(name, L.normalize(name))
print(L._parse_localename('en_US.UTF-8'), L._parse_localename('C'), L._build_localename(
    ('en_US', 'UTF-8')), L._build_localename((None, None)))
try:
    L._parse_localename('xx')
except ValueError as e:
    print('ValueError', e)
print(L.getdefaultlocale(), L.getpreferredencoding(), L.getpreferredencoding(False),
      L.getencoding())
print(L.setlocale(L.LC_ALL, ''), L.setlocale(L.LC_CTYPE), L.getlocale())
