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

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG URL parsing strips leading C0 controls and spaces, and drops tabs and newlines.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(33)))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: pygen's urlsplit keeps no cache."""


# --- str/bytes handling --------------------------------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Decode bytes arguments as ASCII; return them with the function that converts results back.

    Mixing str with non-empty bytes (or the other way round) is a TypeError, as in CPython."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


# --- result types --------------------------------------------------------------------------------

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id ('%eth0') keeps its case; the address is case-insensitive.
        sep = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(sep)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(type(list[int]))


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition('@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(':')
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            port = port.partition(':')[2]
        else:
            hostname, _, port = hostinfo.partition(':')
        return hostname, (port or None)


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition(b'@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(b':')
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(b'@')[2]
        _, have_open_br, bracketed = hostinfo.partition(b'[')
        if have_open_br:
            hostname, _, port = bracketed.partition(b']')
            port = port.partition(b':')[2]
        else:
            hostname, _, port = hostinfo.partition(b':')
        return hostname, (port or None)


_DefragResultBase = _namedtuple('DefragResult', 'url fragment')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


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
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


# --- splitting and joining -----------------------------------------------------------------------

def _splitnetloc(url, start=0):
    """The authority starting at start: up to the first '/', '?' or '#' after it."""
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _checknetloc(netloc):
    """A netloc whose non-ASCII characters turn into URL syntax under NFKC is refused."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    netloc2 = unicodedata.normalize('NFKC', n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _check_bracketed_host(hostname):
    """The text between '[' and ']' must be an IPv6 address or an IPvFuture literal."""
    if hostname.startswith('v'):
        import re
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(hostname):
        raise ValueError(f"{hostname!r} does not appear to be an IPv4 or IPv6 address")


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
    groups = 8
    if '.' in text:                           # trailing dotted IPv4 part: two groups
        head, _, tail = text.rpartition(':')
        if not _is_ipv4(tail):
            return False
        text = head + ':0:0'
    halves = text.split('::')
    if len(halves) > 2:
        return False

    def ok(part):
        if part == '':
            return []
        fields = part.split(':')
        for f in fields:
            if not (1 <= len(f) <= 4 and all(c in _HEXDIG for c in f)):
                return None
        return fields

    if len(halves) == 1:
        fields = ok(halves[0])
        return fields is not None and len(fields) == groups
    left, right = ok(halves[0]), ok(halves[1])
    return left is not None and right is not None and len(left) + len(right) < groups


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            bracketed_host = netloc.partition('[')[2].partition(']')[0]
            _check_bracketed_host(bracketed_host)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    v = SplitResult(scheme, netloc, url, query, fragment)
    return _coerce_result(v)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Put the five parts of urlsplit() back together (possibly a slightly different URL)."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Put the six parts of urlparse() back together."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base (RFC 3986 section 5.2, with CPython's scheme lists)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]     # the last segment of the base is a file name, not a folder
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty segments inside the merged path collapse ('a//b' -> 'a/b'), ends stay.
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')     # 'a/b/..' names the folder: keep the trailing slash
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params,
                                      query, fragment)))


def urldefrag(url):
    """Remove the fragment: DefragResult(url without fragment, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# --- percent-encoding ----------------------------------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_hextobyte = None


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    global _hextobyte
    if not string:
        string.split      # an AttributeError for objects that are not strings
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEXDIG for b in _HEXDIG}
    res = [bits[0]]
    for item in bits[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent.

    Runs of escapes are decoded together with encoding, so multi-byte characters come back."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only ASCII runs can hold escapes; other characters pass through untouched.
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        if string[start].isascii():
            while end < n and string[end].isascii():
                end += 1
            out.append(unquote_to_bytes(string[start:end]).decode(encoding, errors))
        else:
            while end < n and not string[end].isascii():
                end += 1
            out.append(string[start:end])
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces (HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_quoters = {}


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string, leaving letters, digits, '_.-~' and the characters of safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become plus signs (HTML form values); '/' is not safe."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but takes bytes (or bytearray) and gives str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quoters.get(safe)
    if table is None:
        keep = _ALWAYS_SAFE.union(safe)
        table = [chr(i) if i in keep else '%{:02X}'.format(i) for i in range(256)]
        _quoters[safe] = table
    return ''.join([table[c] for c in bs])


# --- query strings -------------------------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs -> 'k1=v1&k2=v2' (values quoted with quote_via).

    With doseq, a value that is a sequence gives one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    pairs = []
    if not doseq:
        for k, v in query:
            pairs.append(q(k) + '=' + q(v))
    else:
        for k, v in query:
            k = q(k)
            if isinstance(v, (str, bytes)):
                pairs.append(k + '=' + q(v))
                continue
            try:
                len(v)
            except TypeError:
                pairs.append(k + '=' + q(v))
            else:
                for elt in v:
                    pairs.append(k + '=' + q(elt))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '), encoding=encoding,
                                          errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '), encoding=encoding,
                                           errors=errors))
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping each name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
