# locale for pygen, written from the CPython 3.11 documentation.
#
# pygen formats numbers, dates and text the C locale's way everywhere, so this module keeps
# the C locale and says so: setlocale() accepts only C, POSIX and C.UTF-8 (and, for LC_CTYPE,
# any UTF-8 locale, since pygen's text is UTF-8 whatever the category says) and raises
# locale.Error('unsupported locale setting') for anything else, as CPython does for a locale
# the system lacks. What a program sees then is what python3 shows under LANG=C.UTF-8: LC_CTYPE
# from the environment, the other categories "C", localeconv() with no grouping, nl_langinfo()
# with the C locale's names. normalize() knows the common aliases (not CPython's 588).

import os as _os
import sys as _sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


# glibc's category numbers (python3's values on Linux).
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127
# glibc's extra categories: only LC_ALL sets them, and setlocale(LC_ALL) lists them.
_CATEGORY_NAMES = [(0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'),
                   (4, 'LC_MONETARY'), (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'),
                   (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
                   (12, 'LC_IDENTIFICATION')]
_SETTABLE = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL)


def _env_locale(category):
    """The locale name the environment asks for (what setlocale(category, '') would pick)."""
    env = _os.environ
    for var in ('LC_ALL', dict(_CATEGORY_NAMES).get(category, 'LC_ALL'), 'LANG'):
        value = env.get(var)
        if value:
            return value
    return 'C'


def _is_c(name):
    return name in ('C', 'POSIX') or name.partition('.')[0] == 'C' and name.partition('.')[2] \
        .lower().replace('-', '') in ('utf8',)


def _is_utf8(name):
    return name.partition('.')[2].partition('@')[0].lower().replace('-', '') == 'utf8'


def _check(category, name):
    if _is_c(name) or (category == LC_CTYPE and _is_utf8(name)):
        return 'C' if name == 'POSIX' else name
    raise Error('unsupported locale setting')


# Python starts with LC_CTYPE from the environment and every other category C (PEP 538).
_current = {cat: 'C' for cat, _ in _CATEGORY_NAMES}
try:
    _current[LC_CTYPE] = _check(LC_CTYPE, _env_locale(LC_CTYPE))
except Error:
    pass


def setlocale(category, locale=None):
    """Set the locale of category (to locale) or, with None, return its current name."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category not in _SETTABLE:
        raise Error('unsupported locale setting' if locale is not None
                    else 'locale query failed')
    if locale is None:
        if category == LC_ALL:
            names = [_current[c] for c, _ in _CATEGORY_NAMES]
            if all(n == names[0] for n in names):
                return names[0]
            return ';'.join('%s=%s' % (label, _current[c]) for c, label in _CATEGORY_NAMES)
        return _current[category]
    targets = [c for c, _ in _CATEGORY_NAMES] if category == LC_ALL else [category]
    chosen = {}
    for cat in targets:
        chosen[cat] = _check(cat, locale or _env_locale(cat))
    _current.update(chosen)
    return setlocale(category)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


# nl_langinfo items (glibc's numbers) and the C locale's answers.
_LANGINFO = {}


def _langinfo(name, number, value):
    globals()[name] = number
    _LANGINFO[number] = value


for _i, _d in enumerate(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                         'Saturday']):
    _langinfo('ABDAY_%d' % (_i + 1), 131072 + _i, _d[:3])
    _langinfo('DAY_%d' % (_i + 1), 131079 + _i, _d)
for _i, _m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July',
                         'August', 'September', 'October', 'November', 'December']):
    _langinfo('ABMON_%d' % (_i + 1), 131086 + _i, _m[:3])
    _langinfo('MON_%d' % (_i + 1), 131098 + _i, _m)
for _name, _number, _value in [
        ('AM_STR', 131110, 'AM'), ('PM_STR', 131111, 'PM'),
        ('D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y'), ('D_FMT', 131113, '%m/%d/%y'),
        ('T_FMT', 131114, '%H:%M:%S'), ('T_FMT_AMPM', 131115, '%I:%M:%S %p'),
        ('ERA', 131116, ''), ('ERA_D_FMT', 131118, ''), ('ALT_DIGITS', 131119, ''),
        ('ERA_D_T_FMT', 131120, ''), ('ERA_T_FMT', 131121, ''),
        ('RADIXCHAR', 65536, '.'), ('THOUSEP', 65537, ''),
        ('YESEXPR', 327680, '^[yY]'), ('NOEXPR', 327681, '^[nN]'),
        ('CRNCYSTR', 262159, '-')]:
    _langinfo(_name, _number, _value)
CODESET = 14
del _i, _d, _m, _name, _number, _value


def nl_langinfo(key):
    """Return the value of a locale item (CODESET, D_FMT, DAY_1, ...)."""
    if key == CODESET:
        return 'UTF-8' if _is_utf8(_current[LC_CTYPE]) else 'ANSI_X3.4-1968'
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


def strcoll(a, b, /):
    """Compare two strings by the collation of LC_COLLATE (the C locale: code points)."""
    for i, s in enumerate((a, b), 1):
        if not isinstance(s, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s"
                            % (i, 'None' if s is None else type(s).__name__))
    return (a > b) - (a < b)


def strxfrm(string, /):
    """A string whose ordinary order is strcoll's order (the C locale: itself)."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s"
                        % ('None' if string is None else type(string).__name__))
    return string


def _format(percent, value, grouping=False, monetary=False, *additional):
    # The C locale has no grouping and '.' as decimal point: plain %-formatting.
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f as the current locale would (grouping, decimal point)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: use format_string() instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    import re
    if not re.match(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]\Z',
                    percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, %s not "
                          "valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money in the current locale (impossible in the C locale)."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return '%.*f' % (digits, abs(val))


def str(val):
    """Convert float to string, taking the locale into account."""
    return format_string("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return format_string('%s', string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# --- locale names ----------------------------------------------------------------------------

locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7', 'ajec': 'eucJP',
    'koi8c': 'KOI8-C', 'microsoftcp1251': 'CP1251', 'microsoftcp1255': 'CP1255',
    'microsoftcp1256': 'CP1256', '88591': 'ISO8859-1', '88592': 'ISO8859-2',
    '88595': 'ISO8859-5', '885915': 'ISO8859-15', 'ascii': 'ISO8859-1',
    'latin_1': 'ISO8859-1', 'iso2022_jp': 'JIS7', 'shift_jis': 'SJIS', 'tactis': 'TACTIS',
    'euc_jp': 'eucJP', 'euc_kr': 'eucKR', 'utf_8': 'UTF-8', 'koi8_r': 'KOI8-R',
    'koi8_t': 'KOI8-T', 'koi8_u': 'KOI8-U', 'kz1048': 'RK1048', 'cp1251': 'CP1251',
    'cp1255': 'CP1255', 'cp1256': 'CP1256', 'eucjp': 'eucJP', 'euckr': 'eucKR',
    'iso2022jp': 'JIS7', 'koi8r': 'KOI8-R', 'koi8t': 'KOI8-T', 'koi8u': 'KOI8-U',
    'latin1': 'ISO8859-1', 'shiftjis': 'SJIS', 'utf8': 'UTF-8',
}
for _n in ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '13', '14', '15', '16'):
    locale_encoding_alias['iso8859_' + _n] = locale_encoding_alias['iso8859' + _n] = \
        'ISO8859-' + _n
del _n

# The common entries of CPython's alias table (language[_territory] -> full locale name).
locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'posix': 'C', 'posix-utf2': 'C',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
    'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1',
    'en_in': 'en_IN.ISO8859-1', 'en_nz': 'en_NZ.ISO8859-1', 'en_za': 'en_ZA.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_ch': 'de_CH.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_be': 'fr_BE.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_pt': 'pt_PT.ISO8859-1',
    'pt_br': 'pt_BR.ISO8859-1', 'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1',
    'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15',
    'fi_fi': 'fi_FI.ISO8859-15', 'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1',
    'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2', 'cs': 'cs_CZ.ISO8859-2',
    'cs_cz': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2', 'hu_hu': 'hu_HU.ISO8859-2',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'zh': 'zh_CN.eucCN', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5',
    'universal': 'en_US.utf', 'univ': 'en_US.utf',
}


def _replace_encoding(code, encoding):
    langname = code[:code.index('.')] if '.' in code else code
    norm = encoding.lower().replace('-', '_')
    if norm in locale_encoding_alias:
        encoding = locale_encoding_alias[norm]
    else:
        norm = norm.replace('_', '')
        if norm in locale_encoding_alias:
            encoding = locale_encoding_alias[norm]
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """A locale code normalized for setlocale(): 'en_us.utf8' -> 'en_US.UTF-8'.

    Tried in turn: the whole name, the name without modifier, the language without encoding;
    a name none of them knows comes back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _replace_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, defmod = found.split('@', 1)
                if defmod.lower() == modifier:
                    return _replace_encoding(found, encoding) + '@' + defmod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: (language code, encoding) from the environment."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's current setting."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Deprecated: set category to the environment's default."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def getencoding():
    """The encoding of the current LC_CTYPE (pygen itself reads and writes UTF-8 anyway)."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding the user prefers: the environment's LC_CTYPE's, or the current one's."""
    if _env_locale(LC_CTYPE) in ('C', 'POSIX'):
        return 'utf-8'      # python3 turns on its UTF-8 mode in the plain C locale (PEP 540)
    if not do_setlocale:
        return getencoding()
    try:
        name = _check(LC_CTYPE, _env_locale(LC_CTYPE))
    except Error:
        name = 'C'
    return 'UTF-8' if _is_utf8(name) else 'ANSI_X3.4-1968'
