# urllib.parse for pygen, written from the CPython 3.11 documentation and RFC 3986.
#
# Splitting URLs into components (urlsplit/urlparse and their result types with hostname, port,
# username, password), putting them back together, resolving a relative reference against a
# base (urljoin), percent-encoding (quote/unquote and friends) and query strings (urlencode,
# parse_qs, parse_qsl). Every function takes str or bytes; bytes are handled by decoding them
# as ASCII, working on str and encoding the result again, so the two kinds share one code path.

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Which schemes take relative references, a network location, parameters, ... (the values of
# CPython's module, which programs sometimes extend).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ''.join(map(chr, range(ord('a'), ord('z') + 1))) + \
    ''.join(map(chr, range(ord('A'), ord('Z') + 1))) + '0123456789+-.'

# WHATWG URL parsing strips leading C0 controls and spaces, and drops tabs and newlines
# anywhere in the URL.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(33)))
_UNSAFE_URL_BYTES_TO_REMOVE = list('\t\r\n')

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: pygen's urlsplit keeps no cache."""


# --- str/bytes handling --------------------------------------------------------------------------

def _same(value):
    return value


def _to_bytes(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


def _coerce_args(*args):
    """All arguments as str, plus the function turning a str result back into the caller's kind.

    Bytes are decoded as ASCII. A str among non-empty bytes (or the other way) is refused."""
    want_str = isinstance(args[0], str)
    if any(a and isinstance(a, str) != want_str for a in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_same,)
    return tuple(a.decode('ascii') if a else '' for a in args) + (_to_bytes,)


# --- result types --------------------------------------------------------------------------------

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


def _netloc_pieces(netloc, marks):
    """(username, password, host, port) of a netloc; None for the parts it lacks.

    marks are the separators '@', ':', '[', ']' as str or bytes, so both kinds share this."""
    at, colon, lbr, rbr = marks
    userinfo, has_user, hostport = netloc.rpartition(at)
    user = password = None
    if has_user:
        user, has_password, pw = userinfo.partition(colon)
        password = pw if has_password else None
    if lbr in hostport:
        inside = hostport.partition(lbr)[2]
        host, _, after = inside.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return user, password, host, (port or None)


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._netloc_pieces()[0]

    @property
    def password(self):
        return self._netloc_pieces()[1]

    @property
    def hostname(self):
        host = self._netloc_pieces()[2]
        if not host:
            return None
        # The address is case-insensitive; an IPv6 zone id ('%eth0') keeps its case.
        zone_mark = '%' if isinstance(host, str) else b'%'
        address, mark, zone = host.partition(zone_mark)
        return address.lower() + mark + zone

    @property
    def port(self):
        text = self._netloc_pieces()[3]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(type(list[int]))


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    def _netloc_pieces(self):
        return _netloc_pieces(self.netloc, '@:[]')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    def _netloc_pieces(self):
        return _netloc_pieces(self.netloc, (b'@', b':', b'[', b']'))


_DefragResultBase = _namedtuple('DefragResult', 'url fragment')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return '%s#%s' % self if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return b'#'.join(self) if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair(text_kind, bytes_kind):
    text_kind._encoded_counterpart = bytes_kind
    bytes_kind._decoded_counterpart = text_kind


_pair(DefragResult, DefragResultBytes)
_pair(SplitResult, SplitResultBytes)
_pair(ParseResult, ParseResultBytes)


# --- splitting and joining -----------------------------------------------------------------------

def _checknetloc(netloc):
    """A netloc whose non-ASCII characters turn into URL syntax under NFKC is refused."""
    if netloc.isascii():
        return
    import unicodedata
    plain = ''.join(ch for ch in netloc if ch not in '@:#?')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(ch in folded for ch in '/?#@:'):
        raise ValueError("netloc '%s' contains invalid characters under NFKC normalization"
                         % netloc)


def _check_bracketed_host(hostname):
    """The text between '[' and ']' must be an IPv6 address or an IPvFuture literal."""
    if hostname[:1] == 'v':
        import re
        if re.fullmatch(r'v[0-9A-Fa-f]+\..+', hostname) is None:
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError(f"{hostname!r} does not appear to be an IPv4 or IPv6 address")


_HEXDIG = '0123456789ABCDEFabcdef'


def _is_ipv4(text):
    parts = text.split('.')
    return len(parts) == 4 and all(
        p.isascii() and p.isdigit() and len(p) <= 3 and int(p) <= 255 and
        (p == '0' or p[0] != '0') for p in parts)


def _is_ipv6(text):
    """Text form of an IPv6 address (RFC 4291 2.2, an optional %zone as RFC 6874)."""
    text, percent, zone = text.partition('%')
    if percent and not zone:
        return False
    if '.' in text:                           # a trailing dotted IPv4 part counts two groups
        head, _, tail = text.rpartition(':')
        if not _is_ipv4(tail):
            return False
        text = head + ':0:0'
    halves = text.split('::')
    if len(halves) > 2:
        return False
    groups = []
    for half in halves:
        fields = half.split(':') if half else []
        if not all(1 <= len(f) <= 4 and all(c in _HEXDIG for c in f) for f in fields):
            return False
        groups.append(len(fields))
    return sum(groups) == 8 if len(halves) == 1 else sum(groups) < 8


def _scheme_end(url):
    """Where a scheme ends (the ':' after it), or -1 when url does not start with one."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    return colon if all(ch in scheme_chars for ch in url[:colon]) else -1


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, back = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url, scheme = url.replace(ch, ''), scheme.replace(ch, '')
    end = _scheme_end(url)
    if end > 0:
        scheme, url = url[:end].lower(), url[end + 1:]
    netloc = ''
    if url.startswith('//'):
        # The authority runs to the first '/', '?' or '#'.
        stops = [i for i in (url.find(c, 2) for c in '/?#') if i >= 0]
        cut = min(stops) if stops else len(url)
        netloc, url = url[2:cut], url[cut:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    fragment = query = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _checknetloc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _splitparams(path):
    """Split ';params' off the last path segment."""
    slash = path.rfind('/')
    semicolon = path.find(';', max(slash, 0))
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, back = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                            parts.fragment))


def urlunsplit(components):
    """Put the five parts of urlsplit() back together (possibly a slightly different URL)."""
    scheme, netloc, path, query, fragment, back = _coerce_args(*components)
    if netloc or (scheme in uses_netloc and scheme and not path.startswith('//')):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    text = (scheme + ':' if scheme else '') + path
    if query:
        text += '?' + query
    if fragment:
        text += '#' + fragment
    return back(text)


def urlunparse(components):
    """Put the six parts of urlparse() back together."""
    scheme, netloc, path, params, query, fragment, back = _coerce_args(*components)
    if params:
        path += ';' + params
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _remove_dot_segments(segments):
    """RFC 3986 5.2.4 over a list of segments; '..' above the root is dropped."""
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments and segments[-1] in ('.', '..'):
        out.append('')      # 'a/b/..' names a folder: keep the trailing slash
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base (RFC 3986 section 5.2, with CPython's scheme lists)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    if r.scheme != b.scheme or r.scheme not in uses_relative:
        return back(url)
    netloc = r.netloc
    if r.scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if not r.path and not r.params:
        query = r.query or b.query
        return back(urlunparse((r.scheme, netloc, b.path, b.params, query, r.fragment)))
    if r.path.startswith('/'):
        segments = r.path.split('/')
    else:
        folder = b.path.split('/')
        if folder[-1]:
            folder.pop()        # the base's last segment is a file name, not a folder
        merged = folder + r.path.split('/')
        # Empty segments inside the merged path collapse ('a//b' -> 'a/b'); ends stay.
        segments = merged[:1] + [s for s in merged[1:-1] if s] + merged[1:][-1:]
    path = '/'.join(_remove_dot_segments(segments)) or '/'
    return back(urlunparse((r.scheme, netloc, path, r.params, r.query, r.fragment)))


def urldefrag(url):
    """Remove the fragment: DefragResult(url without fragment, fragment)."""
    url, back = _coerce_args(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    return back(DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment))


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# --- percent-encoding ----------------------------------------------------------------------------

def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split        # anything but a string fails here with AttributeError
        return b''
    data = string.encode('utf-8') if isinstance(string, str) else bytes(string)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        pct = data.find(b'%', i)
        if pct < 0:
            out += data[i:]
            break
        out += data[i:pct]
        pair = data[pct + 1:pct + 3]
        if len(pair) == 2 and all(c in b'0123456789ABCDEFabcdef' for c in pair):
            out.append(int(pair, 16))
            i = pct + 3
        else:
            out.append(0x25)    # a '%' not followed by two hex digits stays as it is
            i = pct + 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent.

    Runs of escapes are decoded together with encoding, so multi-byte characters come back."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # Escapes can only stand in ASCII stretches; other characters pass through untouched.
    import re
    return re.sub(r'[\x00-\x7f]+',
                  lambda m: unquote_to_bytes(m.group()).decode(encoding, errors), string)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


_UNRESERVED = (b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_quote_tables = {}


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but takes bytes (or bytearray) and gives str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = bytes(sorted(set(_UNRESERVED) | {c for c in safe if c < 0x80}))
    table = _quote_tables.get(keep)
    if table is None:
        table = _quote_tables[keep] = [chr(b) if b in keep else '%%%02X' % b for b in range(256)]
    return ''.join(map(table.__getitem__, bs))


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string, leaving letters, digits, '_.-~' and the characters of safe."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become plus signs (HTML form values); '/' is not safe."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


# --- query strings -------------------------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs -> 'k1=v1&k2=v2' (values quoted with quote_via).

    With doseq, a value that is a sequence gives one pair per element."""
    if hasattr(query, 'items'):
        pairs = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        pairs = query

    def enc(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    out = []
    for key, value in pairs:
        key = enc(key)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)              # a sized value gives one pair per element
            except TypeError:
                pass
            else:
                out.extend(key + '=' + enc(item) for item in value)
                continue
        out.append(key + '=' + enc(value))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _coerce_args(qs)
    separator = _coerce_args(separator)[0]
    if not isinstance(separator, (str, bytes)) or not separator:
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')

    def decode(text):
        return back(unquote(text.replace('+', ' '), encoding=encoding, errors=errors))

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping each name to the list of its values."""
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped
