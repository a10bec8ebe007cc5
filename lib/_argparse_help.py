"""Help and usage text for argparse: HelpFormatter and its four documented variants.

argparse re-exports these classes (they report __module__ 'argparse'). The formatter collects
usage, text and argument entries into nested sections first and lays them out only in
format_help, because the help column depends on the widest invocation of the whole page.
Behaviour (spacing, wrapping, the bracket clean-up of usage) follows CPython 3.11's
Lib/argparse.py; the code is pygen's own. The nargs vocabulary lives here so both modules share it.
"""

import os as _os
import re as _re
import sys as _sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

_RUNS_OF_SPACE = _re.compile(r'\s+', _re.ASCII)
_BLANK_LINES = _re.compile(r'\n\n\n+')
# A usage line breaks only between these pieces: a whole bracketed or parenthesized group
# (however many closers end it) or else one word.
_USAGE_PIECE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _screen_width():
    """Columns as shutil.get_terminal_size() reports them: $COLUMNS, the terminal, else 80."""
    try:
        columns = int(_os.environ.get('COLUMNS', ''))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80


class _Section:
    """A heading and the entries under it; entries are (kind, payload) pairs or sub-sections."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []


class HelpFormatter(object):
    """Lays out an ArgumentParser's usage and help pages (wrapping text to the width).

    The class name is the public part; its methods are hooks that may change.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _screen_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment   # columns per nesting level
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0   # widest invocation plus its indent, over the whole page
        self._root_section = _Section(None, None)
        self._current_section = self._root_section   # where add_* calls append

    # ---- building the page ----

    def _indent(self):
        self._level += 1
        self._current_indent = self._level * self._indent_increment

    def _dedent(self):
        assert self._level > 0, 'Indent decreased below 0.'
        self._level -= 1
        self._current_indent = self._level * self._indent_increment

    def start_section(self, heading):
        self._indent()
        child = _Section(self._current_section, heading)
        self._current_section.entries.append(('section', child))
        self._current_section = child

    def end_section(self):
        finished = self._current_section
        self._current_section = finished.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._current_section.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._current_section.entries.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._current_section.entries.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # ---- laying the page out ----

    def format_help(self):
        text = self._render(self._root_section)
        if not text:
            return text
        return _BLANK_LINES.sub('\n\n', text).strip('\n') + '\n'

    def _render(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        pieces = []
        for kind, payload in section.entries:
            if kind == 'section':
                pieces.append(self._render(payload))
            elif kind == 'text':
                pieces.append(self._format_text(payload))
            elif kind == 'usage':
                pieces.append(self._format_usage(*payload))
            else:
                pieces.append(self._format_action(payload))
        if nested:
            self._dedent()
        body = self._join_parts(pieces)
        if not body:
            return ''
        if section.heading is None or section.heading is SUPPRESS:
            title = ''
        else:
            title = ' ' * self._current_indent + section.heading + ':\n'
        return '\n' + title + body + '\n'

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    # ---- usage ----

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        prog = '%(prog)s' % {'prog': self._prog}
        if not actions:
            return prefix + prog + '\n\n'
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(flagged + bare, groups)
        line = ' '.join(s for s in (prog, whole) if s)
        room = self._width - self._current_indent
        if len(prefix) + len(line) > room:
            line = self._wrapped_usage(prog, prefix, flagged, bare, groups, room)
        return prefix + line + '\n\n'

    def _wrapped_usage(self, prog, prefix, flagged, bare, groups, room):
        """The usage too long for one line, broken between groups and words."""
        flag_pieces = _USAGE_PIECE.findall(self._format_actions_usage(flagged, groups))
        bare_pieces = _USAGE_PIECE.findall(self._format_actions_usage(bare, groups))

        def fill(pieces, margin, start_at=None):
            # Greedy filling; the first line may begin after the prefix instead of the margin.
            rows, row = [], []
            used = (len(margin) if start_at is None else start_at) - 1
            for piece in pieces:
                if row and used + 1 + len(piece) > room:
                    rows.append(margin + ' '.join(row))
                    row, used = [], len(margin) - 1
                row.append(piece)
                used += 1 + len(piece)
            if row:
                rows.append(margin + ' '.join(row))
            if start_at is not None:
                rows[0] = rows[0][len(margin):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * room:
            # prog stays on the first line and the rest hangs under its end
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if flag_pieces:
                rows = fill([prog] + flag_pieces, margin, len(prefix))
                rows += fill(bare_pieces, margin)
            elif bare_pieces:
                rows = fill([prog] + bare_pieces, margin, len(prefix))
            else:
                rows = [prog]
        else:
            # prog alone on the first line; options, then positionals, under the prefix
            margin = ' ' * len(prefix)
            rows = fill(flag_pieces + bare_pieces, margin)
            if len(rows) > 1:
                rows = fill(flag_pieces, margin) + fill(bare_pieces, margin)
            rows = [prog] + rows
        return '\n'.join(rows)

    def _format_actions_usage(self, actions, groups):
        # marks[i]: what is written just before actions[i] (group openers, closers, '|')
        marks = {}
        in_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            past = first + len(members)
            if actions[first:past] != members:
                continue
            in_group.update(members)
            if not group.required:
                opener, closer = '[]'
            elif sum(m.help is not SUPPRESS for m in members) > 1:
                opener, closer = '()'
            else:
                opener = closer = ''    # a required choice of one needs no parentheses
            if opener:
                marks[first] = marks[first] + ' ' + opener if first in marks else opener
                marks[past] = marks.get(past, '') + closer
            for between in range(first + 1, past):
                marks[between] = '|'

        words = []
        for position, action in enumerate(actions):
            if action.help is SUPPRESS:
                # a hidden member takes one neighbouring separator away with it
                if marks.get(position) == '|':
                    del marks[position]
                elif marks.get(position + 1) == '|':
                    del marks[position + 1]
                words.append(None)
                continue
            if action.option_strings:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    word = action.option_strings[0] + ' ' + self._format_args(action, metavar)
                if not action.required and action not in in_group:
                    word = '[' + word + ']'
            else:
                metavar = self._get_default_metavar_for_positional(action)
                word = self._format_args(action, metavar)
                if action in in_group and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            words.append(word)
        for position in sorted(marks, reverse=True):
            words.insert(position, marks[position])

        text = ' '.join(w for w in words if w is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # ---- one argument's entry ----

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(11, self._width - help_position)
        label_width = help_position - self._current_indent - 2
        label = self._format_action_invocation(action)
        lead = ' ' * self._current_indent
        if not action.help:
            head, first_pad = lead + label + '\n', 0
        elif len(label) <= label_width:
            head, first_pad = lead + label.ljust(label_width) + '  ', 0
        else:
            head, first_pad = lead + label + '\n', help_position
        out = [head]
        if action.help and not action.help.isspace():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                out.append(' ' * first_pad + lines[0] + '\n')
                out.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not head.endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(flag + ' ' + shown for flag in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        # metavar=, else the choices in braces, else the caller's default (dest-based)
        name = action.metavar
        if name is None:
            choices = action.choices
            name = default_metavar if choices is None else '{%s}' % ','.join(map(str, choices))

        def as_tuple(count):
            return name if isinstance(name, tuple) else (name,) * count
        return as_tuple

    def _format_args(self, action, default_metavar):
        # '%' against the metavar tuple raises TypeError when its length does not fit nargs;
        # add_argument turns that into its ValueError.
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            shown = names(1)
            return ('[%s [%s ...]]' if len(shown) == 2 else '[%s ...]') % shown
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join('%s' for _ in range(nargs))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return slots % names(nargs)

    def _expand_help(self, action):
        fields = {k: v for k, v in vars(action).items() if v is not SUPPRESS}
        fields['prog'] = self._prog
        for key, value in list(fields.items()):
            if hasattr(value, '__name__'):
                fields[key] = value.__name__
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(str(c) for c in fields['choices'])
        return self._get_help_string(action) % fields

    def _iter_indented_subactions(self, action):
        listing = getattr(action, '_get_subactions', None)
        if listing is None:
            return
        self._indent()
        yield from listing()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_RUNS_OF_SPACE.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _RUNS_OF_SPACE.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (line breaks and indentation).

    The class name is the public part; its methods are hooks that may change.
    """

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written, argument help included.

    The class name is the public part; its methods are hooks that may change.
    """

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends "(default: VALUE)" to the help of arguments that have a default.

    The class name is the public part; its methods are hooks that may change.
    """

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type= callable rather than their dest.

    The class name is the public part; its methods are hooks that may change.
    """

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


for _cls in (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
             ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter):
    _cls.__module__ = 'argparse'
del _cls
