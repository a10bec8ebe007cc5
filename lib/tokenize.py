# tokenize: Python source as a stream of TokenInfo(type, string, start, end, line) as 3.11's
# pure-Python tokenizer gives it: COMMENT and NL tokens, INDENT/DEDENT, whole f-strings as STRING,
# OP for operators (exact_type tells which), ENCODING first for bytes input; detect_encoding,
# open, untokenize. CPython counterpart: Lib/tokenize.py (written here from its behaviour).
import re
import collections
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'open', 'TokenInfo', 'TokenError',
           'COMMENT', 'NL', 'ENCODING'] + [n for n in tok_name.values()]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- Token patterns ---------------------------------------------------------------------------

def _group(*choices):
    return '(' + '|'.join(choices) + ')'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = _group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = _group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?', r'\.[0-9](?:_?[0-9])*') + '(?:' + Exponent + ')?'
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = _group(Pointfloat, Expfloat)
Imagnumber = _group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = _group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    # Every case and order of the legal prefixes: b, r, u, f, br, fr (and '').
    result = {''}
    for prefix in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = {prefix, prefix[::-1]}
        for p in orders:
            combos = ['']
            for ch in p:
                combos = [c + x for c in combos for x in (ch, ch.upper())]
            result.update(combos)
    return result


StringPrefix = _group(*sorted(_all_string_prefixes(), key=len, reverse=True))

Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = _group(StringPrefix + "'''", StringPrefix + '"""')

Special = _group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = _group(r'\r?\n', Special)

ContStr = _group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _group("'", r'\\\r?\n'),
                 StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _group('"', r'\\\r?\n'))
PseudoExtras = _group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + _group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for t in _all_string_prefixes():
    for u in (t + '"', t + "'"):
        single_quoted.add(u)
    for u in (t + '"""', t + "'''"):
        triple_quoted.add(u)
del t, u

tabsize = 8

_compiled = {}


def _compile(expr):
    pat = _compiled.get(expr)
    if pat is None:
        pat = _compiled[expr] = re.compile(expr, re.UNICODE)
    return pat


# ---- Encodings --------------------------------------------------------------------------------

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The encoding of a Python source (PEP 263 cookie or BOM) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            import codecs
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(b'\xef\xbb\xbf'):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file in text mode with the encoding it declares."""
    import builtins
    import io
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---- The tokenizer ----------------------------------------------------------------------------

def tokenize(readline):
    """Tokens of a bytes source read by readline, after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    empty = iter(())
    rl_gen = _chain_lines(consumed, readline)
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokenize(rl_gen, encoding)


def _chain_lines(consumed, readline):
    for line in consumed:
        yield line
    while True:
        try:
            line = readline()
        except StopIteration:
            return
        if not line:
            return
        yield line


def generate_tokens(readline):
    """Tokens of a str source read by readline (no ENCODING token)."""
    def lines():
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line
    return _tokenize(lines(), None)


def _tokenize(line_iter, encoding):
    lnum = parenlev = continued = 0
    numchars = '0123456789'
    contstr, needcont = '', 0
    contline = None
    strstart = None
    endprog = None
    indents = [0]
    last_line = b'' if encoding is not None else ''
    line = b'' if encoding is not None else ''
    pseudoprog = _compile(PseudoToken)
    while True:
        last_line = line
        line = next(line_iter, b'' if encoding is not None else '')
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        elif isinstance(line, bytes):
            line = line.decode('utf-8')
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            # Inside a string that continues onto this line.
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = '', 0
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            # A new statement: measure the indentation.
            if not line:
                break
            column = 0
            while pos < max:
                if line[pos] == ' ':
                    column += 1
                elif line[pos] == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif line[pos] == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break

            if line[pos] in '#\r\n':
                # A blank or comment-only line does not change the indentation.
                if line[pos] == '#':
                    comment_token = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment_token, (lnum, pos), (lnum, pos + len(comment_token)), line)
                    pos += len(comment_token)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError("unindent does not match any outer indentation level",
                                           ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets or after a backslash: no indentation handling.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < max:
            pseudomatch = pseudoprog.match(line, pos)
            if pseudomatch:
                start, end = pseudomatch.span(1)
                spos, epos, pos = (lnum, start), (lnum, end), end
                if start == end:
                    continue
                token, initial = line[start:end], line[start]

                if (initial in numchars or (initial == '.' and token != '.' and token != '...')):
                    yield TokenInfo(NUMBER, token, spos, epos, line)
                elif initial in '\r\n':
                    if parenlev > 0:
                        yield TokenInfo(NL, token, spos, epos, line)
                    else:
                        yield TokenInfo(NEWLINE, token, spos, epos, line)
                elif initial == '#':
                    yield TokenInfo(COMMENT, token, spos, epos, line)
                elif token in triple_quoted:
                    endprog = _compile(endpats[token])
                    endmatch = endprog.match(line, pos)
                    if endmatch:
                        pos = endmatch.end(0)
                        token = line[start:pos]
                        yield TokenInfo(STRING, token, spos, (lnum, pos), line)
                    else:
                        strstart = (lnum, start)
                        contstr = line[start:]
                        contline = line
                        break
                elif (initial in single_quoted or token[:2] in single_quoted or token[:3] in single_quoted):
                    if token[-1] == '\n':
                        strstart = (lnum, start)
                        endprog = _compile(endpats.get(initial) or endpats.get(token[1]) or endpats.get(token[2]))
                        contstr, needcont = line[start:], 1
                        contline = line
                        break
                    else:
                        yield TokenInfo(STRING, token, spos, epos, line)
                elif initial.isidentifier():
                    yield TokenInfo(NAME, token, spos, epos, line)
                elif initial == '\\':
                    continued = 1
                else:
                    if initial in '([{':
                        parenlev += 1
                    elif initial in ')]}':
                        parenlev -= 1
                    yield TokenInfo(OP, token, spos, epos, line)
            else:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1

    # A last line without its newline still ends a statement.
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for indent in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


# ---- untokenize -------------------------------------------------------------------------------

class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(row, col, self.prev_row,
                                                                                 self.prev_col))
        row_offset = row - self.prev_row
        if row_offset:
            self.tokens.append("\\\n" * row_offset)
            self.prev_col = 0
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        import itertools
        for tok in itertools.chain([token], iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            toks_append(tokval)


def untokenize(iterable):
    """Source text (bytes when an ENCODING token came first) that tokenizes back to the tokens."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


def _main():
    import sys
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true')
    args = parser.parse_args()
    if args.filename:
        import builtins
        with builtins.open(args.filename, 'rb') as f:
            tokens = list(tokenize(f.readline))
    else:
        tokens = _tokenize(iter(sys.stdin.readline, ''), None)
    for token in tokens:
        token_type = token.type
        if args.exact:
            token_type = token.exact_type
        token_range = "%d,%d-%d,%d:" % (token.start + token.end)
        print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))


if __name__ == "__main__":
    _main()
