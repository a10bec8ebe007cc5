"""shlex: shell-like lexing (the shlex class, split, quote, join) as Python 3.11's.

The lexer reads one character at a time; self.state says where it is: ' ' between tokens,
'a' inside a word, 'c' inside a run of punctuation, a quote character inside that quote,
an escape character just after it, None at the end of input. Each state has its own method
below, which returns True when the current token is complete.
Behaviour follows CPython's documentation and observed results."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = 'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'
_DEFAULT_PUNCTUATION = '();<>|&'
_PUNCTUATION_WORD_EXTRA = '~-./*?='   # file-name characters that join words in that mode


class shlex:
    """A lexical analyser for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''      # what get_token returns at the end
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'      # quotes inside which the escape character works
        self.state = ' '
        self.pushback = deque()       # whole tokens given back with push_token
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()      # (infile, instream, lineno) of sources pushed over
        self.source = None            # the keyword that includes a file, if any
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._punctuation_chars = punctuation_chars or ''
        if self._punctuation_chars:
            self._pushback_chars = deque()    # characters read one too far
            # Punctuation never belongs to a word, even the file-name characters added here.
            kept = self.wordchars + _PUNCTUATION_WORD_EXTRA
            self.wordchars = ''.join(c for c in kept if c not in self._punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # ---- sources ----

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then go back to the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Close the current input and go back to the one it was pushed over."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = ' '

    def sourcehook(self, newfile):
        """(name, open file) for an inclusion request; relative to the including file."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        including = self.infile
        if isinstance(including, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(including), newfile)
        return newfile, open(newfile, 'r')

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix of an error message, as compilers print it."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # ---- tokens ----

    def get_token(self):
        """The next token, or self.eof at the end of input."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    name, stream = spec
                    self.push_source(stream, name)
                raw = self.get_token()
        # The end of an included source continues with the one that included it.
        while raw == self.eof and self.filestack:
            self.pop_source()
            raw = self.get_token()
        return raw

    def read_token(self):
        """Read one raw token (no pushback, no inclusions)."""
        self._quoted = False          # in POSIX mode '' is a token only if quotes were seen
        self._after_escape = ' '      # the state an escape character returns to
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between_tokens(ch)
            elif state in self.quotes:
                done = self._inside_quotes(ch)
            elif state in self.escape:
                done = self._after_escape_char(ch)
            elif state in ('a', 'c'):
                done = self._inside_word(ch)
            else:
                done = False
            if done:
                break
        result, self.token = self.token, ''
        if self.posix and not self._quoted and result == '':
            return None
        return result

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _have_token(self):
        return bool(self.token or (self.posix and self._quoted))

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _start_escape(self, ch, back_to):
        self._after_escape = back_to
        self.state = ch

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._start_escape(ch, 'a')
        elif ch in self.wordchars:
            self.token, self.state = ch, 'a'
        elif ch in self.punctuation_chars:
            self.token, self.state = ch, 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch       # outside POSIX mode quotes stay in the token
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, 'a'
        else:
            self.token = ch           # any other character is a token by itself
            return self._have_token()
        return False

    def _inside_quotes(self, ch):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        quote_char = self.state
        if ch == quote_char:
            if self.posix:
                self.state = 'a'      # the word may go on after the closing quote
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and quote_char in self.escapedquotes:
            self._start_escape(ch, quote_char)
        else:
            self.token += ch
        return False

    def _after_escape_char(self, ch):
        if not ch:
            raise ValueError("No escaped character")
        back_to = self._after_escape
        # Within quotes the escape only escapes the quote itself and the escape character.
        if back_to in self.quotes and ch not in (self.state, back_to):
            self.token += self.state
        self.token += ch
        self.state = back_to
        return False

    def _inside_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = ' '
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            if not self.posix:
                return False
            self.state = ' '
            return self._have_token()
        if self.state == 'c':
            if ch in self.punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._start_escape(ch, 'a')
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self.punctuation_chars)):
            self.token += ch
        else:
            # The character starts the next token: give it back.
            if self.punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = ' '
            return self._have_token()
        return False

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split s as a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Inverse of split(): quote each argument and join with spaces."""
    return ' '.join(map(quote, split_command))


# Characters that never need quoting in a POSIX shell word.
_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Quote s for a POSIX shell: in single quotes, each ' written as '"'"'."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'%s'" % s.replace("'", "'\"'\"'")
