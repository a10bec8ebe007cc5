# html: escape and unescape (numeric character references and the common named entities, with
# the HTML5 rules for invalid code points). CPython counterpart: Lib/html/__init__.py.
import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and " and ' when quote is true) with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# The named references programs meet most often; others stay as written.
_ENTITIES = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0', 'copy': '\xa9',
    'reg': '\xae', 'trade': '\u2122', 'hellip': '\u2026', 'mdash': '\u2014', 'ndash': '\u2013',
    'lsquo': '\u2018', 'rsquo': '\u2019', 'ldquo': '\u201c', 'rdquo': '\u201d', 'bull': '\u2022',
    'middot': '\xb7', 'deg': '\xb0', 'plusmn': '\xb1', 'times': '\xd7', 'divide': '\xf7', 'euro': '\u20ac',
    'pound': '\xa3', 'yen': '\xa5', 'cent': '\xa2', 'sect': '\xa7', 'para': '\xb6', 'laquo': '\xab',
    'raquo': '\xbb', 'iexcl': '\xa1', 'iquest': '\xbf', 'eacute': '\xe9', 'egrave': '\xe8', 'ecirc': '\xea',
    'aacute': '\xe1', 'agrave': '\xe0', 'acirc': '\xe2', 'auml': '\xe4', 'ouml': '\xf6', 'uuml': '\xfc',
    'Auml': '\xc4', 'Ouml': '\xd6', 'Uuml': '\xdc', 'szlig': '\xdf', 'ccedil': '\xe7', 'ntilde': '\xf1',
    'oacute': '\xf3', 'uacute': '\xfa', 'iacute': '\xed', 'larr': '\u2190', 'rarr': '\u2192',
    'uarr': '\u2191', 'darr': '\u2193', 'hearts': '\u2665', 'alpha': '\u03b1', 'beta': '\u03b2',
    'gamma': '\u03b3', 'delta': '\u03b4', 'pi': '\u03c0', 'sigma': '\u03c3', 'omega': '\u03c9',
    'infin': '\u221e', 'ne': '\u2260', 'le': '\u2264', 'ge': '\u2265', 'shy': '\xad', 'micro': '\xb5',
    'frac12': '\xbd', 'frac14': '\xbc', 'frac34': '\xbe', 'sup2': '\xb2', 'sup3': '\xb3',
}
# Entities HTML5 also accepts without the semicolon.
_NO_SEMICOLON = {'amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG'}

_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160',
    0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}

_invalid_codepoints = {
    0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
    0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88,
    0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
    0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xfdd0, 0xfdd1, 0xfdd2, 0xfdd3, 0xfdd4, 0xfdd5, 0xfdd6, 0xfdd7,
    0xfdd8, 0xfdd9, 0xfdda, 0xfddb, 0xfddc, 0xfddd, 0xfdde, 0xfddf, 0xfde0, 0xfde1, 0xfde2, 0xfde3, 0xfde4,
    0xfde5, 0xfde6, 0xfde7, 0xfde8, 0xfde9, 0xfdea, 0xfdeb, 0xfdec, 0xfded, 0xfdee, 0xfdef, 0xb, 0xfffe,
    0xffff, 0x1fffe, 0x1ffff, 0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff, 0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff, 0x6fffe,
    0x6ffff, 0x7fffe, 0x7ffff, 0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff, 0xafffe, 0xaffff, 0xbfffe, 0xbffff,
    0xcfffe, 0xcffff, 0xdfffe, 0xdffff, 0xefffe, 0xeffff, 0xffffe, 0xfffff, 0x10fffe, 0x10ffff,
}


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    name = s.rstrip(';')
    if s.endswith(';') and name in _ENTITIES:
        return _ENTITIES[name]
    if name.lower() in _NO_SEMICOLON or name in _NO_SEMICOLON:
        return _ENTITIES[name.lower()] + ('' if s.endswith(';') else '')
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _NO_SEMICOLON:
            return _ENTITIES[s[:x].lower()] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert character references (&gt;, &#62;, &#x3e;) in s to the characters they stand for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
