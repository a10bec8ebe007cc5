# _markupbase: the position bookkeeping and the comment / marked-section scanners html.parser's
# HTMLParser builds on. CPython counterpart: Lib/_markupbase.py (its DTD declaration parser,
# which HTMLParser no longer calls, is not carried over).
import re

_COMMENT_END = re.compile(r'--\s*>')
_SECTION_END = re.compile(r']\s*]\s*>')            # <![CDATA[ ... ]]>
_MS_SECTION_END = re.compile(r']\s*>')             # <![if ...]>, Microsoft's conditional sections
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')

# Marked-section keywords and which closing form each takes.
_SGML_SECTIONS = frozenset(('temp', 'cdata', 'ignore', 'include', 'rcdata'))
_MS_SECTIONS = frozenset(('if', 'else', 'endif'))


class ParserBase:
    """Base of markup parsers: keeps (lineno, offset) of the text consumed so far."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line number, offset) of the start of the text being handled."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        """Handles '<!--...-->' at i; the index after it, or -1 if it is not complete yet."""
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(text, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(text[i + 4:close.start()])
        return close.end()

    def parse_marked_section(self, i, report=1):
        """Handles '<![keyword ...]]>' at i through unknown_decl; -1 if not complete yet."""
        text = self.rawdata
        assert text[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _SGML_SECTIONS:
            close = _SECTION_END.search(text, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _MS_SECTION_END.search(text, i + 3)
        else:
            raise AssertionError(f'unknown status keyword {text[i + 3:j]!r} in marked section')
        if close is None:
            return -1
        if report:
            self.unknown_decl(text[i + 3:close.start()])
        return close.end()

    def _scan_name(self, i, declstartpos):
        """(lower-cased name, index after it and its spaces) at i; (None, -1) at the buffer end."""
        text = self.rawdata
        if i == len(text):
            return None, -1
        found = _DECL_NAME.match(text, i)
        if found is None:
            self.updatepos(declstartpos, i)
            raise AssertionError(f"expected name token at {text[declstartpos:declstartpos + 20]!r}")
        if found.end() == len(text):
            return None, -1
        return found.group().strip().lower(), found.end()

    def unknown_decl(self, data):
        raise NotImplementedError("subclasses of _markupbase.ParserBase must override unknown_decl()")
