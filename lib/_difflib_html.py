"""difflib's side-by-side HTML comparison: HtmlDiff and the row generator _mdiff it is built on.

difflib loads this module the first time HtmlDiff or _mdiff is asked for, so programs that only
use ndiff or unified_diff never compile it. The rows follow ndiff's delta; the HTML is 3.11's
byte for byte (tables, anchors, legend), since tools compare those files.
pygen's own design; CPython counterpart: Lib/difflib.py (_mdiff, HtmlDiff).
"""

import re
from collections import deque
from difflib import ndiff, IS_CHARACTER_JUNK

# A run of one kind of '?' hint mark: added, removed or changed characters.
_HINT_RUN = re.compile(r'\++|-+|\^+')

# ndiff's delta is read with four lines of look-ahead (their tags, 'X' past the end). Each
# pattern below, tried in order, says what the first line(s) become:
#   'pair'    a '-' and a '+' line shown on one row; its two flags say whether each side has a
#             '?' hint line after it (its characters marked) or not (shown unmarked);
#   'from'/'to'   one removed/added line, held until the other side catches up;
#   'from_sync'/'to_sync'  the same, but the run of unequal counts ends here: blank rows first
#             fill the shorter side, then the line;
#   'same'    an unchanged line, on both sides.
_LOOKAHEAD_RULES = (
    ('-?+?', ('pair', True, True)),
    ('--++', ('from',)),
    ('--?+', ('from_sync',)),
    ('--+', ('from_sync',)),
    ('- ', ('from_sync',)),
    ('-+?', ('pair', False, True)),
    ('-?+', ('pair', True, False)),
    ('-', ('from',)),
    ('+--', ('to',)),
    ('+ ', ('to_sync',)),
    ('+-', ('to_sync',)),
    ('+', ('to',)),
    (' ', ('same',)),
)

_BLANK = ('', '\n')        # a filler row on the shorter side (no line number)


def _rule_for(tags):
    for pattern, rule in _LOOKAHEAD_RULES:
        if tags.startswith(pattern):
            return rule
    raise ValueError('unexpected ndiff line tags %r' % (tags,))


def _marked_by_hints(line, hints):
    # line and hints both keep ndiff's two-character prefix, so columns line up
    pieces = []
    done = 0
    for run in _HINT_RUN.finditer(hints):
        begin, end = run.span()
        pieces.append(line[done:begin])
        pieces.append('\0' + run.group()[0] + line[begin:end] + '\1')
        done = end
    pieces.append(line[done:])
    return ''.join(pieces)[2:]


def _side_events(delta):
    """(side, line, changed) events from an ndiff delta: side 0 is the from column, 1 the to
    column; line is (number, text) with change marks, or _BLANK."""
    delta = iter(delta)
    window = []
    numbers = [0, 0]
    balance = 0         # added minus removed lines not yet lined up

    def take(side, how):
        # how: None unmarked, '?' marked by the hint line after it, else the whole line in a
        # mark of that kind
        numbers[side] += 1
        line = window.pop(0)
        if how is None:
            text = line[2:]
        elif how == '?':
            text = _marked_by_hints(line, window.pop(0))
        else:
            text = '\0' + how + (line[2:] or ' ') + '\1'
        return numbers[side], text

    def fillers(count):
        # count > 0: blank rows on the from side; < 0: on the to side
        for _ in range(abs(count)):
            yield (0 if count > 0 else 1), _BLANK, True

    while True:
        while len(window) < 4:
            window.append(next(delta, 'X'))
        tags = ''.join(line[0] for line in window)
        if tags[0] == 'X':
            yield from fillers(balance)
            return
        rule = _rule_for(tags)
        kind = rule[0]
        if kind == 'pair':
            yield 0, take(0, '?' if rule[1] else None), True
            yield 1, take(1, '?' if rule[2] else None), True
        elif kind == 'from':
            balance -= 1
            yield 0, take(0, '-'), True
        elif kind == 'to':
            balance += 1
            yield 1, take(1, '+'), True
        elif kind == 'from_sync':
            line = take(0, '-')
            yield from fillers(balance - 1)
            balance = 0
            yield 0, line, True
        elif kind == 'to_sync':
            line = take(1, '+')
            yield from fillers(balance + 1)
            balance = 0
            yield 1, line, True
        else:
            numbers[0] += 1
            numbers[1] += 1
            text = window.pop(0)[2:]
            yield 0, (numbers[0], text), False
            yield 1, (numbers[1], text), False


def _rows(delta):
    # the two columns' events zipped into rows; a row is changed if either side is
    columns = (deque(), deque())
    for side, line, changed in _side_events(delta):
        columns[side].append((line, changed))
        if columns[0] and columns[1]:
            (from_line, from_changed), (to_line, to_changed) = (columns[0].popleft(),
                                                                columns[1].popleft())
            yield from_line, to_line, from_changed or to_changed


def _with_context(rows, numlines):
    # only the changed rows with numlines unchanged rows around each; (None, None, None) where
    # rows were left out
    rows = iter(rows)
    keep = numlines + 1
    while True:
        recent = deque(maxlen=keep)
        read = 0
        for row in rows:
            recent.append(row)
            read += 1
            if row[2]:
                break
        else:
            return
        if read > keep:
            yield None, None, None
        yield from recent
        quiet_left = numlines
        while quiet_left:
            row = next(rows, None)
            if row is None:
                return
            yield row
            quiet_left = numlines if row[2] else quiet_left - 1


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side rows ((from_number, from_text), (to_number, to_text), changed) for two lists
    of lines. Changed characters are wrapped in '\\0' + one of '+-^' ... '\\1'; a side without a
    line has ('', '\\n'). With context (a number of lines), only the changes and that many
    unchanged rows around them come out, a (None, None, None) row where rows were skipped."""
    rows = _rows(ndiff(fromlines, tolines, linejunk, charjunk))
    if context is None:
        return rows
    return _with_context(rows, context)


def _expand_tabs(line, tabsize):
    # Tabs become as many '\t' as the columns they fill (each turns into &nbsp; at the very end,
    # but, unlike spaces, not when trailing: they count as whitespace for _format_line's
    # rstrip). A NUL becomes a space, a '\r' or '\n' restarts the column, as str.expandtabs.
    out = []
    column = 0
    for ch in line:
        if ch == '\t':
            if tabsize > 0:
                width = tabsize - column % tabsize
                out.append('\t' * width)
                column += width
        else:
            out.append(' ' if ch == '\0' else ch)
            column = 0 if ch in '\r\n' else column + 1
    return ''.join(out).rstrip('\n')


class HtmlDiff:
    """An HTML table (or a whole page) showing two lists of lines side by side, the changed
    characters highlighted, with links from each change to the next.

    tabsize: columns of a tab stop; wrapcolumn: where long lines wrap (None: they do not);
    linejunk, charjunk: passed to ndiff.
    """

    _file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

    # The page's style sheet: one rule a line.
    _styles = ''.join('\n        %s {%s}' % rule for rule in (
        ('table.diff', 'font-family:Courier; border:medium;'),
        ('.diff_header', 'background-color:#e0e0e0'),
        ('td.diff_header', 'text-align:right'),
        ('.diff_next', 'background-color:#c0c0c0'),
        ('.diff_add', 'background-color:#aaffaa'),
        ('.diff_chg', 'background-color:#ffff77'),
        ('.diff_sub', 'background-color:#ffaaaa')))

    # Six columns: navigation, number and text for each side; two lines of three colgroups.
    _table_template = ('\n    <table class="diff" id="difflib_chg_%(prefix)s_top"\n'
                       '           cellspacing="0" cellpadding="0" rules="groups" >\n'
                       + ('        ' + ' '.join(['<colgroup></colgroup>'] * 3) + '\n') * 2
                       + '        %(header_row)s\n'
                       '        <tbody>\n'
                       '%(data_rows)s        </tbody>\n'
                       '    </table>')

    # What the colours and the navigation letters mean.
    _legend = ('\n    <table class="diff" summary="Legends">\n'
               '        <tr> <th colspan="2"> Legends </th> </tr>\n'
               '        <tr> <td> <table border="" summary="Colors">\n'
               '                      <tr><th> Colors </th> </tr>\n'
               '                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>\n'
               + ''.join('                      <tr><td class="diff_%s">%s</td> </tr>\n' % cell
                         for cell in (('chg', 'Changed'), ('sub', 'Deleted')))
               + '                  </table></td>\n'
               '             <td> <table border="" summary="Links">\n'
               '                      <tr><th colspan="2"> Links </th> </tr>\n'
               + ''.join('                      <tr><td>%s</td> </tr>\n' % link
                         for link in ('(f)irst change', '(n)ext change', '(t)op'))
               + '                  </table></td> </tr>\n'
               '    </table>')

    # Numbers the tables made in this process, so that several in one page have distinct
    # anchors (from0_1, to0_1, difflib_chg_to0__top, then from1_..., ...).
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5,
                  *, charset='utf-8'):
        """A complete HTML page: make_table's table and a legend. Characters the charset cannot
        encode become character references."""
        page = self._file_template % dict(
            styles=self._styles,
            legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                  numlines=numlines),
            charset=charset)
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """An HTML table comparing two lists of lines; with context, only the changes and
        numlines lines around each. fromdesc and todesc head the columns (HTML, not escaped)."""
        self._make_prefix()
        fromlines = [_expand_tabs(line, self._tabsize) for line in fromlines]
        tolines = [_expand_tabs(line, self._tabsize) for line in tolines]
        rows = _mdiff(fromlines, tolines, numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._line_wrapper(rows)
        fromlist, tolist, flaglist = self._collect_lines(rows)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)

        out = []
        for index, flag in enumerate(flaglist):
            if flag is None:
                # a gap between shown hunks; the one _mdiff puts before the first is dropped
                if index > 0:
                    out.append('        </tbody>        \n        <tbody>\n')
                continue
            # both sides' navigation cells carry the same link
            link = next_href[index]
            out.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">'
                       '%s</td>%s</tr>\n' % (next_id[index], link, fromlist[index], link,
                                            tolist[index]))
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                          % (fromdesc, todesc))
        else:
            header_row = ''
        table = self._table_template % dict(data_rows=''.join(out), header_row=header_row,
                                            prefix=self._prefix[1])
        # the change marks _mdiff left in the text become spans; tab columns become spaces
        return (table.replace('\0+', '<span class="diff_add">')
                .replace('\0-', '<span class="diff_sub">')
                .replace('\0^', '<span class="diff_chg">')
                .replace('\1', '</span>')
                .replace('\t', '&nbsp;'))

    def _split_line(self, data_list, line_num, text):
        """Appends (line_num, text) to data_list, cut into pieces of wrapcolumn visible
        characters (the pieces after the first numbered '>'); a mark open at a cut is closed
        and opened again on the next piece."""
        while True:
            width = self._wrapcolumn
            size = len(text)
            # a mark costs 3 characters ('\0', its kind, '\1'), not shown
            if not line_num or size <= width or size - 3 * text.count('\0') <= width:
                data_list.append((line_num, text))
                return
            index = shown = 0
            mark = ''
            while shown < width and index < size:
                ch = text[index]
                if ch == '\0':
                    mark = text[index + 1]
                    index += 2
                elif ch == '\1':
                    mark = ''
                    index += 1
                else:
                    index += 1
                    shown += 1
            head, text = text[:index], text[index:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            data_list.append((line_num, head))
            line_num = '>'

    def _line_wrapper(self, diffs):
        # each row cut at wrapcolumn; the shorter side gets filler pieces
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            from_pieces, to_pieces = [], []
            self._split_line(from_pieces, *fromdata)
            self._split_line(to_pieces, *todata)
            for index in range(max(len(from_pieces), len(to_pieces))):
                yield (from_pieces[index] if index < len(from_pieces) else ('', ' '),
                       to_pieces[index] if index < len(to_pieces) else ('', ' '), flag)

    def _collect_lines(self, diffs):
        # the from cells, the to cells (None for a gap row) and each row's flag
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if flag is None:
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        """One side's two cells: the line number (an anchor id when it is a number) and the
        text, escaped, spaces made non-breaking, trailing whitespace dropped."""
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''     # a filler or a continuation ('>')
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        # the anchor prefixes of the next table
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The navigation column: each change gets an anchor numlines rows before it and the
        row where it starts links to the next change; the last link goes to the top, and 'f'
        on the first row links to the first change. An empty comparison gets one message row."""
        toprefix = self._prefix[1]
        link = '<a href="#difflib_chg_%s_%s">%s</a>'
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        in_change = False
        last = 0
        for index, flag in enumerate(flaglist):
            if not flag:
                in_change = False
                continue
            if in_change:
                continue
            in_change = True
            last = index
            next_id[max(0, index - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
            changes += 1
            next_href[index] = link % (toprefix, changes, 'n')
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            message = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % message]
        if not flaglist[0]:
            next_href[0] = link % (toprefix, 0, 'f')
        next_href[last] = link % (toprefix, 'top', 't')
        return fromlist, tolist, flaglist, next_href, next_id


HtmlDiff.__module__ = 'difflib'
_mdiff.__module__ = 'difflib'
