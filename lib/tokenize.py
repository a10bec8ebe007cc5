# tokenize: Python source as a stream of TokenInfo(type, string, start, end, line), as 3.11's
# pure-Python tokenizer gives it: COMMENT and NL tokens, INDENT/DEDENT, whole f-strings as STRING,
# OP for operators (exact_type tells which), ENCODING first for bytes input; detect_encoding,
# open, untokenize.
#
# pygen's design: one master pattern with a named group per token family, tried at each position
# of a line (after blanks); a _LineTokenizer object carries the state between lines (bracket depth,
# indentation stack, a string still open at the end of a line) and its methods handle a new
# logical line, a continued string and the rest of a line. Closing quotes are found by a scan that
# skips escapes, not by per-prefix end patterns.
import re
import builtins
from collections import namedtuple
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'open', 'TokenInfo', 'TokenError',
           'COMMENT', 'NL', 'ENCODING'] + [n for n in tok_name.values()]

_builtin_open = builtins.open

# A PEP 263 declaration: a comment line naming the codec after "coding:" or "coding=".
cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
# A line without code (only blanks, maybe a comment): the cookie may then be on the second line.
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

tabsize = 8


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        fields = (kind, self.string, self.start, self.end, self.line)
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % fields

    @property
    def exact_type(self):
        if self.type != OP:
            return self.type
        return EXACT_TOKEN_TYPES.get(self.string, self.type)


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- The token patterns ------------------------------------------------------------------------

def _either(*parts):
    return '(?:' + '|'.join(parts) + ')'


def _run(digit):
    # Digits of one class, single underscores allowed between them.
    return digit + '(?:_?' + digit + ')*'


def _prefixes():
    # Every legal string prefix in every letter case and order ('' included).
    found = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in {letters, letters[::-1]}:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings for c in (ch.lower(), ch.upper())]
            found.update(spellings)
    return found


_PREFIXES = _prefixes()
_prefix = _either(*sorted((re.escape(p) for p in _PREFIXES), key=len, reverse=True))

_dec = _run('[0-9]')
_integer = _either('0[xX]' + '(?:_?[0-9a-fA-F])+', '0[bB]' + '(?:_?[01])+', '0[oO]' + '(?:_?[0-7])+',
                   '0(?:_?0)*', '[1-9]' + '(?:_?[0-9])*')
_exp = '[eE][-+]?' + _dec
_point = _either(_dec + r'\.(?:' + _dec + ')?', r'\.' + _dec) + '(?:' + _exp + ')?'
_float = _either(_point, _dec + _exp)
_number = _either(_dec + '[jJ]', _float + '[jJ]', _float, _integer)


def _quoted_on_line(q):
    # A one-line string body and its end: the closing quote, or a backslash ending the line (the
    # string goes on on the next line).
    body = '[^\\n' + q + '\\\\]*(?:\\\\.[^\\n' + q + '\\\\]*)*'
    return q + body + '(?:' + q + '|\\\\\\r?\\n)'


_operators = _either(*(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)))

# Tried in this order at each position, after blanks. A family that matches the empty string
# (end) only does so at the end of the text.
_master = re.compile(
    r'[ \f\t]*(?:'
    r'(?P<backslash>\\\r?\n)|(?P<end>\Z)'
    r'|(?P<comment>#[^\r\n]*)'
    r'|(?P<triple>' + _prefix + "(?:'''|\"\"\"))"
    r'|(?P<number>' + _number + ')'
    r'|(?P<newline>\r?\n)'
    r'|(?P<op>' + _operators + ')'
    r'|(?P<string>' + _prefix + _either(_quoted_on_line("'"), _quoted_on_line('"')) + ')'
    r'|(?P<name>\w+)'
    r')')


def _close(text, pos, quote):
    # The index just past `quote` closing a string body that starts at pos, or -1 if the body does
    # not close in text. A backslash escapes the next character, though not a line end.
    escape_or_quote = _close_scanners.get(quote)
    if escape_or_quote is None:
        escape_or_quote = re.compile(r'\\[^\n]|\\|' + re.escape(quote))
        _close_scanners[quote] = escape_or_quote
    while True:
        m = escape_or_quote.search(text, pos)
        if m is None:
            return -1
        found = m.group()
        if found == quote:
            return m.end()
        if found == '\\':   # before a line end, or last
            return -1
        pos = m.end()


_close_scanners = {}


# ---- Encodings --------------------------------------------------------------------------------

def _get_normal_name(orig_enc):
    # Codec names compared as CPython's tokenizer does: the first 12 characters, '_' as '-'.
    short = orig_enc[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if short == latin or short.startswith(latin + '-'):
            return 'iso-8859-1'
    return orig_enc


def _declared_encoding(line, filename, after_bom):
    # The codec a line's coding comment names (checked), or None when it has none.
    where = '' if filename is None else ' for {!r}'.format(filename)
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError('invalid or missing encoding declaration' + where)
    m = cookie_re.match(text)
    if m is None:
        return None
    name = _get_normal_name(m.group(1))
    import codecs
    try:
        codecs.lookup(name)
    except LookupError:
        if filename is None:
            raise SyntaxError('unknown encoding: ' + name)
        raise SyntaxError('unknown encoding{}: {}'.format(where, name))
    if after_bom:
        if name != 'utf-8':
            raise SyntaxError('encoding problem' + where + ': utf-8')
        name = 'utf-8-sig'
    return name


def detect_encoding(readline):
    """The encoding of a Python source (PEP 263 cookie or BOM) and the lines read to find it."""
    filename = getattr(getattr(readline, '__self__', None), 'name', None)

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    read_lines = []
    bom = False
    line = read()
    if line.startswith(b'\xef\xbb\xbf'):
        bom = True
        line = line[3:]
    fallback = 'utf-8-sig' if bom else 'utf-8'
    # The declaration counts on the first line, or on the second after a line without code.
    for attempt in range(2):
        if not line:
            return fallback, read_lines
        read_lines.append(line)
        found = _declared_encoding(line, filename, bom)
        if found:
            return found, read_lines
        if attempt == 0 and not blank_re.match(line):
            break
        if attempt == 0:
            line = read()
    return fallback, read_lines


def open(filename):
    """Open a Python source file in text mode with the encoding it declares."""
    import io
    raw = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        raw.close()
        raise


# ---- The tokenizer ----------------------------------------------------------------------------

class _LineTokenizer:
    def __init__(self, readline, encoding):
        self.readline = readline
        self.encoding = encoding
        self.row = 0
        self.depth = 0              # open brackets
        self.joined = False         # the previous line ended with a backslash
        self.indents = [0]
        self.pending = None         # a string still open: [text so far, start, lines, quote, needs \]

    def next_line(self):
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            line = line.decode(self.encoding if self.encoding is not None else 'utf-8')
        elif not line:
            line = ''
        self.row += 1
        return line

    def tokens(self):
        previous = line = ''
        while True:
            previous, line = line, self.next_line()
            pos = 0
            if self.pending is not None:
                pos = yield from self.continue_string(line)
                if pos is None:
                    continue
            elif self.depth == 0 and not self.joined:
                if not line:
                    break
                pos = yield from self.start_statement(line)
                if pos is None:
                    continue
                if pos < 0:
                    break
            else:
                if not line:
                    raise TokenError('EOF in multi-line statement', (self.row, 0))
                self.joined = False
            yield from self.rest_of_line(line, pos)
        yield from self.finish(previous)

    def continue_string(self, line):
        text, start, lines, quote, needs_backslash = self.pending
        if not line:
            raise TokenError('EOF in multi-line string', start)
        end = _close(line, 0, quote)
        if end >= 0:
            self.pending = None
            yield TokenInfo(STRING, text + line[:end], start, (self.row, end), lines + line)
            return end
        if needs_backslash and not (line.endswith('\\\n') or line.endswith('\\\r\n')):
            self.pending = None
            yield TokenInfo(ERRORTOKEN, text + line, start, (self.row, len(line)), lines)
            return None
        self.pending[0] = text + line
        self.pending[2] = lines + line
        return None

    def start_statement(self, line):
        # Measures the indentation of a new logical line; None for a line without code.
        column = pos = 0
        for ch in line:
            if ch == ' ':
                column += 1
            elif ch == '\t':
                column = column // tabsize * tabsize + tabsize
            elif ch == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == len(line):
            return -1   # a last line of only blanks (no newline): the end
        if line[pos] in '#\r\n':
            if line[pos] == '#':
                comment = line[pos:].rstrip('\r\n')
                yield TokenInfo(COMMENT, comment, (self.row, pos), (self.row, pos + len(comment)), line)
                pos += len(comment)
            yield TokenInfo(NL, line[pos:], (self.row, pos), (self.row, len(line)), line)
            return None
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (self.row, 0), (self.row, pos), line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError('unindent does not match any outer indentation level',
                                       ('<tokenize>', self.row, pos, line))
            self.indents.pop()
            yield TokenInfo(DEDENT, '', (self.row, pos), (self.row, pos), line)
        return pos

    def rest_of_line(self, line, pos):
        row = self.row
        size = len(line)
        while pos < size:
            m = _master.match(line, pos)
            if m is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            kind = m.lastgroup
            start, end = m.span(kind)
            pos = end
            if start == end:
                continue
            token = line[start:end]
            if kind == 'number':
                yield TokenInfo(NUMBER, token, (row, start), (row, end), line)
            elif kind == 'newline':
                yield TokenInfo(NL if self.depth > 0 else NEWLINE, token, (row, start), (row, end), line)
            elif kind == 'comment':
                yield TokenInfo(COMMENT, token, (row, start), (row, end), line)
            elif kind == 'triple':
                quote = token[-3:]
                close = _close(line, end, quote)
                if close < 0:
                    self.pending = [line[start:], (row, start), line, quote, False]
                    return
                pos = close
                yield TokenInfo(STRING, line[start:close], (row, start), (row, close), line)
            elif kind == 'string':
                if token[-1] == '\n':
                    quote = next(ch for ch in token if ch in '\'"')
                    self.pending = [line[start:], (row, start), line, quote, True]
                    return
                yield TokenInfo(STRING, token, (row, start), (row, end), line)
            elif kind == 'backslash':
                self.joined = True
            elif kind == 'name' and token[0].isidentifier():
                yield TokenInfo(NAME, token, (row, start), (row, end), line)
            else:
                if token in ('(', '[', '{'):
                    self.depth += 1
                elif token in (')', ']', '}'):
                    self.depth -= 1
                yield TokenInfo(OP, token, (row, start), (row, end), line)

    def finish(self, last):
        # A last line without its newline still ends a statement; open blocks close at the end.
        row = self.row
        if last and last[-1] not in '\r\n' and not last.strip().startswith('#'):
            yield TokenInfo(NEWLINE, '', (row - 1, len(last)), (row - 1, len(last) + 1), '')
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
        yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')


def _tokenize(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _LineTokenizer(readline, encoding).tokens()


def tokenize(readline):
    """Tokens of a bytes source read by readline, after an ENCODING token."""
    encoding, first_lines = detect_encoding(readline)
    return _tokenize(_lines_after(first_lines, readline), encoding)


def _lines_after(first_lines, readline):
    # A readline that gives the lines detect_encoding consumed, then the rest, then b''.
    queue = list(first_lines)
    finished = False

    def read():
        nonlocal finished
        if queue:
            return queue.pop(0)
        if finished:
            return b''
        try:
            line = readline()
        except StopIteration:
            line = b''
        if not line:
            finished = True
        return line
    return read


def generate_tokens(readline):
    """Tokens of a str source read by readline (no ENCODING token)."""
    return _tokenize(readline, None)


# ---- untokenize -------------------------------------------------------------------------------

class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        # Backslash-newlines, then spaces, from the previous token's end to start.
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(
                row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, text, start, end, _ = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row, self.prev_col = self.prev_row + 1, 0
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        # (type, string) pairs: spacing is made up (a space after names and numbers, between
        # adjacent strings), indentation from INDENT tokens.
        indents = []
        out = self.tokens
        line_start = token[0] in (NEWLINE, NL)
        after_string = False
        first = [token]
        for tok in _chain(first, iterable):
            kind, text = tok[0], tok[1]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text = text + ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indents:
                out.append(indents[-1])
                line_start = False
            out.append(text)


def _chain(first, rest):
    yield from first
    yield from rest


def untokenize(iterable):
    """Source text (bytes when an ENCODING token came first) that tokenizes back to the tokens."""
    u = Untokenizer()
    text = u.untokenize(iterable)
    return text if u.encoding is None else text.encode(u.encoding)


def _main():
    import sys
    import argparse
    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument(dest='filename', nargs='?', metavar='filename.py')
    cli.add_argument('-e', '--exact', dest='exact', action='store_true')
    options = cli.parse_args()
    if options.filename:
        with _builtin_open(options.filename, 'rb') as f:
            stream = list(tokenize(f.readline))
    else:
        stream = _tokenize(sys.stdin.readline, None)
    for tok in stream:
        kind = tok.exact_type if options.exact else tok.type
        where = '%d,%d-%d,%d:' % (tok.start[0], tok.start[1], tok.end[0], tok.end[1])
        print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))


if __name__ == '__main__':
    _main()
