# gettext for pygen: message catalogs in GNU .mo files, written from the CPython 3.11
# documentation and the GNU gettext manual's description of the file format.
#
# A .mo file: a magic number (0x950412de, either byte order), a format revision, the number of
# strings N, and the offsets of two tables of N (length, offset) pairs: the original strings and
# their translations. The entry with an empty original is the catalog's header (Content-Type
# with the charset, Plural-Forms with the C expression choosing a plural form). An original
# holding a NUL is a singular/plural pair; its translation holds one string per plural form,
# NUL-separated. A context is prefixed to the original with an EOT (\x04).

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
           'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- Plural-Forms expressions ----------------------------------------------------------------
#
# The header's 'plural=' is a C expression of n. It is parsed here by precedence climbing into
# a tree of closures; nothing is evaluated as Python source. Operators: ?: || && == != < > <=
# >= + - * / % ! and parentheses, as the GNU manual lists them.

_BINARY_LEVELS = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'),
                  ('*', '/', '%')]
_MAX_DEPTH = 20


def _tokens(text):
    """The tokens of a plural expression, then '' for its end."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t':
            i += 1
        elif ch.isalnum() or ch == '_':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            word = text[i:j]
            if word != 'n' and not (word.isascii() and word.isdigit()):
                raise ValueError('invalid token in plural form: %s' % word)
            yield word
            i = j
        elif text[i:i + 2] in ('||', '&&', '==', '!=', '<=', '>='):
            yield text[i:i + 2]
            i += 2
        elif ch in '()?:<>+-*/%!':
            yield ch
            i += 1
        else:
            raise ValueError('invalid token in plural form: %s' % ch)
    yield ''


class _PluralParser:
    def __init__(self, text):
        self.tokens = list(_tokens(text))
        self.pos = 0
        self.depth = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        if tok == '':
            raise ValueError('unexpected end of plural form')
        self.pos += 1
        return tok

    def unexpected(self, tok):
        if tok == '':
            return ValueError('unexpected end of plural form')
        return ValueError('unexpected token in plural form: %s' % tok)

    def expression(self):
        cond = self.binary(0)
        if self.peek() != '?':
            return cond
        self.take()
        yes = self.expression()
        if self.peek() != ':':
            raise self.unexpected(self.peek())
        self.take()
        no = self.expression()
        return lambda n: yes(n) if cond(n) else no(n)

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _BINARY_LEVELS[level]:
            left = _combine(self.take(), left, self.binary(level + 1))
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == 'n':
            return lambda n: n
        if tok.isdigit():
            value = int(tok)
            return lambda n: value
        if tok == '(':
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise ValueError('plural form expression is too complex')
            inner = self.expression()
            if self.peek() != ')':
                if self.peek() == '':
                    raise ValueError('unbalanced parenthesis in plural form')
                raise self.unexpected(self.peek())
            self.take()
            self.depth -= 1
            return inner
        raise self.unexpected(tok)


def _combine(op, a, b):
    # && and || give an operand, as Python's and/or; comparisons give 0 or 1.
    if op == '||':
        return lambda n: a(n) or b(n)
    if op == '&&':
        return lambda n: a(n) and b(n)
    compare = {'==': int.__eq__, '!=': int.__ne__, '<': int.__lt__, '>': int.__gt__,
               '<=': int.__le__, '>=': int.__ge__}.get(op)
    if compare is not None:
        return lambda n: int(compare(int(a(n)), int(b(n))))
    arith = {'+': int.__add__, '-': int.__sub__, '*': int.__mul__,
             '/': int.__floordiv__, '%': int.__mod__}[op]

    return lambda n: arith(int(a(n)), int(b(n)))


def c2py(plural):
    """A function of n computing the C expression plural (a Plural-Forms formula)."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    tree = parser.expression()
    if parser.peek() != '':
        if parser.peek() == ')':
            raise ValueError('unexpected token in plural form: )')
        raise parser.unexpected(parser.peek())

    def func(n):
        if isinstance(n, float):
            import warnings
            warnings.warn('Plural value must be an integer, got %s' % type(n).__name__,
                          DeprecationWarning, 4)
        elif not isinstance(n, int):
            raise TypeError('Plural value must be an integer, got %s' % type(n).__name__)
        return int(tree(n))
    return func


def _english_plural(n):
    return int(n != 1)


# --- translation classes -----------------------------------------------------------------------

class NullTranslations:
    """Translations that translate nothing: the base class, and the fallback of last resort."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        """Ask fallback for messages this catalog lacks (chained after earlier fallbacks)."""
        if self._fallback is None:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        if self._fallback is not None:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback is not None:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put self.gettext into builtins as _ (and the functions listed in names)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        for name in names or ():
            if name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)       # the major revisions of the format understood

    def _get_versions(self, version):
        """(major, minor) of a format revision number."""
        return version >> 16, version & 0xFFFF

    def _parse(self, fp):
        data = fp.read()
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = _english_plural
        order = {self.LE_MAGIC: 'little', self.BE_MAGIC: 'big'}.get(
            int.from_bytes(data[:4], 'little'))
        if order is None:
            raise OSError(0, 'Bad magic number', filename)

        def word(at):
            return int.from_bytes(data[at:at + 4], order)

        revision, count, originals, translations = (word(4 * k) for k in range(1, 5))
        major, _minor = self._get_versions(revision)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        entries = []
        for k in range(count):
            spans = []
            for table in (originals, translations):
                length, offset = word(table + 8 * k), word(table + 8 * k + 4)
                if offset + length >= len(data):
                    raise OSError(0, 'File is corrupt', filename)
                spans.append(data[offset:offset + length])
            entries.append(spans)
        for original, translated in entries:
            if not original:
                self._read_header(translated)
            encoding = self._charset or 'ascii'
            if b'\x00' in original:
                singular = original.split(b'\x00')[0].decode(encoding)
                for form, text in enumerate(translated.split(b'\x00')):
                    catalog[(singular, form)] = text.decode(encoding)
            else:
                catalog[original.decode(encoding)] = translated.decode(encoding)

    def _read_header(self, raw):
        """The header entry: 'Key: value' lines (continued by lines without a colon)."""
        last = None
        for line in raw.decode().split('\n'):
            line = line.strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            key, colon, value = line.partition(':')
            if not colon:
                if last is not None:
                    self._info[last] += '\n' + line
                continue
            last = key.strip().lower()
            value = value.strip()
            self._info[last] = value
            if last == 'content-type' and 'charset=' in value:
                self._charset = value.split('charset=')[1]
            elif last == 'plural-forms':
                formula = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(formula)

    def _lookup_plural(self, key, n):
        return self._catalog.get((key, self.plural(n)))

    def gettext(self, message):
        found = self._catalog.get(message)
        if found is None:
            found = self._catalog.get((message, self.plural(1)))
        if found is not None:
            return found
        return super().gettext(message)

    def ngettext(self, msgid1, msgid2, n):
        found = self._lookup_plural(msgid1, n)
        if found is not None:
            return found
        return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        if found is not None:
            return found
        return super().pgettext(context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._lookup_plural(self.CONTEXT % (context, msgid1), n)
        if found is not None:
            return found
        return super().npgettext(context, msgid1, msgid2, n)


# --- finding catalogs ----------------------------------------------------------------------------

def _expand_lang(loc):
    """The names to try for a locale, most specific first: de_DE.UTF-8@euro ... de."""
    import locale
    loc = locale.normalize(loc)
    rest, at, modifier = loc.partition('@')
    rest, dot, codeset = rest.partition('.')
    language, underscore, territory = rest.partition('_')
    optional = [(underscore + territory) if underscore else None,
                (dot + codeset) if dot else None,
                (at + modifier) if at else None]
    names = []
    for mask in range(7, -1, -1):
        parts = [language]
        for bit, piece in zip((2, 1, 4), optional):     # codeset 1, territory 2, modifier 4
            if mask & bit:
                if piece is None:
                    break
                parts.append(piece)
        else:
            names.append(parts[0] + ''.join(p for p in parts[1:]))
    return names


def _languages_from_environment():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file(s) of domain for the languages (default: from the environment)."""
    localedir = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = _languages_from_environment()
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of domain: the first catalog found, the others as its fallbacks."""
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    factory = class_ or GNUTranslations
    result = None
    for path in paths:
        key = (factory, os.path.abspath(path))
        if key not in _translations:
            with open(path, 'rb') as fp:
                _translations[key] = factory(fp)
        # A shallow copy: catalogs are shared, fallback chains are not.
        t = copy.copy(_translations[key])
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set (with an argument) and return the domain the module-level functions use."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set (with localedir) and return the folder searched for domain's catalogs."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translations(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translations(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translations(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translations(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translations(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
