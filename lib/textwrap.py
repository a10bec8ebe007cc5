"""textwrap: TextWrapper, wrap, fill, shorten, dedent and indent as Python 3.11 has them.

Text is split into chunks (whitespace runs, words, word pieces after hyphens, em-dashes) and
chunks are packed greedily into lines; long words are broken when allowed.
CPython counterpart: Lib/textwrap.py (behaviour only)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'shorten', 'dedent', 'indent']

_WHITESPACE = '\t\n\x0b\x0c\r '     # what str.split() would call whitespace, ASCII only
_whitespace = _WHITESPACE


class TextWrapper:
    """Wraps paragraphs of text; the attributes are the options of wrap() and fill()."""

    # Every whitespace character becomes a space (replace_whitespace).
    unicode_whitespace_trans = {ord(c): ord(' ') for c in _WHITESPACE}

    # One chunk is: a whitespace run; an em-dash (2+ hyphens) between a word and a letter; or a
    # word, ending at whitespace, before an em-dash, or after a hyphen that sits between letters
    # ("high-level" splits after "high-"; "--x", "-1" and "a-" do not split).
    _ws = r'[\t\n\x0b\x0c\r ]'
    _nws = r'[^\t\n\x0b\x0c\r ]'
    _wp = r'[\w!"\'&.,?]'
    _lt = r'[^\d\W]'
    wordsep_re = re.compile(
        r'(' + _ws + r'+'
        r'|(?<=' + _wp + r')-{2,}(?=\w)'
        r'|' + _nws + r'+?(?:'
        r'-(?:(?<=' + _lt + r'{2}-)|(?<=' + _lt + r'-' + _lt + r'-))(?=' + _lt + r'-?' + _lt + r')'
        r'|(?=' + _ws + r'|\Z)'
        r'|(?<=' + _wp + r')(?=-{2,}\w)'
        r'))')
    wordsep_simple_re = re.compile(r'(' + _ws + r'+)')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width, self.max_lines, self.placeholder = width, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace, self.drop_whitespace = replace_whitespace, drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings       # two spaces after a sentence
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens

    # ---- text to chunks ----

    def _munge_whitespace(self, text):
        """Tabs expanded and every whitespace character made a space, as the options ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(self.unicode_whitespace_trans) if self.replace_whitespace else text

    def _split(self, text):
        """The chunks of text: words, word pieces and whitespace runs, in order."""
        splitter = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return list(filter(None, splitter.split(text)))

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two (in place)."""
        ends_sentence = self.sentence_end_re.search
        index = 0
        last = len(chunks) - 1
        while index < last:
            if chunks[index + 1] == ' ' and ends_sentence(chunks[index]):
                chunks[index + 1] = '  '
                index += 2
            else:
                index += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- chunks to lines ----

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk longer than a whole line: break it (at a hyphen if one fits) when allowed,
        else put it alone on the line."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Prefer a break after a hyphen within reach, unless only hyphens precede it.
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        last_indent = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _only_blank_left(self, pending):
        # Nothing but a whitespace chunk (which would be dropped) remains.
        if not pending:
            return True
        return self.drop_whitespace and len(pending) == 1 and not pending[0].strip()

    def _wrap_chunks(self, chunks):
        """Pack chunks greedily into lines; honour max_lines with the placeholder."""
        self._check_limits()
        lines = []
        pending = chunks           # consumed in place: reversed, so pop() takes the next one
        pending.reverse()
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of any line but the first goes.
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= width:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            fits = self.max_lines is None or len(lines) + 1 < self.max_lines
            if fits or (self._only_blank_left(pending) and used <= width):
                lines.append(indent + ''.join(line))
                continue
            self._close_with_placeholder(lines, line, used, indent, width)
            break
        return lines

    def _close_with_placeholder(self, lines, line, used, indent, width):
        # The last allowed line: drop chunks from its end until the placeholder fits after
        # a word; failing that, put it after the previous line or alone.
        marker = self.placeholder
        while line:
            if line[-1].strip() and used + len(marker) <= width:
                lines.append(indent + ''.join(line) + marker)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(marker) <= self.width:
                lines[-1] = previous + marker
                return
        lines.append(indent + marker.lstrip())

    # ---- public ----

    def wrap(self, text):
        """The lines of text wrapped to self.width (no line breaks at their ends)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to width with the placeholder if needed."""
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.split()))


# Lines of spaces and tabs only; the indentation of the other lines.
_whitespace_only_re = re.compile(r'(?m)^[ \t]+$')
_leading_whitespace_re = re.compile(r'(?m)(^[ \t]*)(?:[^ \t\n])')


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line (blank lines become empty)."""
    text = _whitespace_only_re.sub('', text)
    margins = _leading_whitespace_re.findall(text)
    if not margins:
        return text
    # The prefix common to all of them is the one common to the smallest and the largest.
    low, high = min(margins), max(margins)
    size = 0
    while size < len(low) and low[size] == high[size]:
        size += 1
    common = low[:size]
    if common:
        text = re.sub('(?m)^' + common, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (default: non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
