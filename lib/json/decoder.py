# json.decoder: JSONDecoder (a recursive scanner over the text) and JSONDecodeError, whose
# message ends with "line L column C (char N)". Messages are those of CPython's C scanner.
# Written for pygen from the json module's documentation and observed behaviour.

import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_STRINGCHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])', re.DOTALL)
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?', re.DOTALL)
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_WS = ' \t\n\r'


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def _decode_uXXXX(s, pos):
    # s[pos] is the 'u' of a \uXXXX escape.
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """(the decoded string, index after its closing quote); s[end-1] is the opening quote."""
    chunks = []
    _append = chunks.append
    begin = end - 1
    match = _STRINGCHUNK.match
    while 1:
        chunk = match(s, end)
        if chunk is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            _append(content)
        if terminator == '"':
            break
        elif terminator != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            _append(terminator)
            continue
        try:
            esc = s[end]
        except IndexError:
            raise JSONDecodeError("Unterminated string starting at", s, begin) from None
        if esc != 'u':
            try:
                char = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            # A high surrogate followed by \u and a low one makes one character.
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        _append(char)
    return ''.join(chunks), end


def _too_deep(err, kind):
    # CPython's C scanner names the construct it was entering; the innermost one wins.
    if err.args and str(err.args[0]).endswith('from a unicode string'):
        return err
    return RecursionError(f'maximum recursion depth exceeded while decoding a JSON {kind} from a unicode string')


class _Scanner:
    # scan_once(s, idx) -> (value, end); StopIteration(idx) when no value starts at idx.
    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, s, idx):
        try:
            return self.scan_once(s, idx)
        finally:
            self.memo.clear()

    def scan_once(self, s, idx):
        try:
            nextchar = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return scanstring(s, idx + 1, self.strict)
        elif nextchar == '{':
            try:
                return self.parse_object(s, idx + 1)
            except RecursionError as e:
                raise _too_deep(e, 'object') from None
        elif nextchar == '[':
            try:
                return self.parse_array(s, idx + 1)
            except RecursionError as e:
                raise _too_deep(e, 'array') from None
        elif nextchar == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = self.parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = self.parse_int(integer)
            return res, m.end()
        elif nextchar == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def parse_object(self, s, end):
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _WS and nextchar:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            elif nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        memo_get = self.memo.setdefault
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo_get(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def parse_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        while True:
            try:
                value, end = self.scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts, arrays to lists, and so on (see the docs)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end index) of the JSON value that starts at s[idx]."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
