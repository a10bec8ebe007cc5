"""HTTP cookies: Morsel (one cookie and its attributes) and SimpleCookie, a dict of them that
parses Cookie headers and writes Set-Cookie ones.
CPython counterpart: Lib/http/cookies.py (behaviour only).
"""

import re
import string

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a cookie value may hold without quoting, and those a key may hold at all.
_SAFE = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:")
_KEY_CHARS = _SAFE


def _quote(text):
    """text as a cookie value: unchanged when every character is safe, else in double quotes
    with quotes, backslashes and non-safe bytes escaped (\\" \\\\ and \\ooo octal)."""
    if text is None or all(c in _SAFE for c in text):
        return text
    out = ['"']
    for c in text:
        if c in _SAFE or c in " (),/<=>?@[]{}":
            out.append(c)
        elif c in '"\\':
            out.append("\\" + c)
        else:
            code = ord(c)
            out.append("\\%03o" % code if code < 256 else c)
    out.append('"')
    return "".join(out)


_ESCAPE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unquote(text):
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    inner = text[1:-1]

    def replace(m):
        if m.group(1):
            return chr(int(m.group(1), 8))
        return m.group(2)
    return _ESCAPE.sub(replace, inner)


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_WEEKDAYS, monthname=_MONTHS):
    import time
    year, month, day, hh, mm, ss, wd, _, _ = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value, and the attributes of _reserved as items."""

    _reserved = {
        "expires": "expires", "path": "Path", "comment": "Comment", "domain": "Domain",
        "max-age": "Max-Age", "secure": "Secure", "httponly": "HttpOnly", "version": "Version",
        "samesite": "SameSite",
    }
    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for attr in self._reserved:
            dict.__setitem__(self, attr, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value and
                self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__
    __hash__ = None

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        pairs = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            pairs[key] = val
        dict.update(self, pairs)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not key or any(c not in _KEY_CHARS for c in key):
            raise CookieError("Illegal key %r" % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">\n        <!-- begin hiding\n'
                '        document.cookie = "%s";\n        // end hiding -->\n        </script>\n        ' % text)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    parts.append(str(name))
            else:
                parts.append("%s=%s" % (name, value))
        return "; ".join(parts)


# One "name=value" (value quoted or not) or a lone flag name, with the separators after it.
_PAIR = re.compile(r"""
    \s*
    (?P<key>[\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]+?)
    (\s*=\s*
        (?P<val>
            "(?:[^\\"]|\\.)*"
            | \w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT
            | [\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=\[\]]*
        )
    )?
    \s*
    (\s+|;|$)
""", re.ASCII | re.VERBOSE)


class BaseCookie(dict):
    """A dict of Morsels keyed by cookie name; value_decode/value_encode say how values are
    stored in the header text."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self._set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = " ".join("%s=%s" % (key, repr(value.value)) for key, value in sorted(self.items()))
        return "<%s: %s>" % (self.__class__.__name__, items)

    def js_output(self, attrs=None):
        return "\n".join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text):
        pos = 0
        parsed = []   # (is_attribute, key, value) before any is applied: a bad header changes nothing
        morsel_seen = False
        while 0 <= pos < len(text):
            m = _PAIR.match(text, pos)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            if key[0] == "$":
                if morsel_seen:
                    parsed.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append((True, key, True))
                    else:
                        return
                else:
                    parsed.append((True, key, _unquote(value)))
            elif value is not None:
                parsed.append((False, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        current = None
        for is_attribute, key, value in parsed:
            if is_attribute:
                current[key] = value
            else:
                real, coded = value
                self._set(key, real, coded)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are str, quoted in the header when they need to be."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
