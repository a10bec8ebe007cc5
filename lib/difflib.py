"""difflib: comparing sequences (SequenceMatcher), line diffs for people (Differ, ndiff) and for
patch (unified_diff, context_diff), close-match lookup.

The matching is the Ratcliff/Obershelp-style search CPython documents: the longest block
without junk, extended over junk at its ends, then the same on each side; with autojunk, items
making up more than 1% of a sequence of 200 or more are treated as junk. The outputs are
3.11's line for line (unittest's assertEqual diffs rely on ndiff). HtmlDiff and _mdiff live in
_difflib_html, loaded on first use.
pygen's own design; CPython counterpart: Lib/difflib.py.
"""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'Match', 'HtmlDiff']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items: matching blocks, edit opcodes, similarity.

    isjunk(item) marks items of b to ignore when seeding matches; autojunk treats the items
    that are too frequent in a long b as junk too. b is indexed once (set_seq2); compare one
    b against many a's by changing only a.

    >>> m = SequenceMatcher(None, "tomato soup", "potato soap")
    >>> round(m.ratio(), 4)
    0.7273
    >>> for op, a_from, a_to, b_from, b_to in m.get_opcodes():
    ...     print(op, repr(m.a[a_from:a_to]), repr(m.b[b_from:b_to]))
    insert '' 'po'
    equal 't' 't'
    delete 'om' ''
    equal 'ato so' 'ato so'
    replace 'u' 'a'
    equal 'p' 'p'
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Sets both sequences.

        >>> m = SequenceMatcher()
        >>> m.set_seqs("kayak", "kaya")
        >>> m.ratio()
        0.8888888888888888
        """
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Sets the first sequence (cheap: only b is indexed).

        >>> m = SequenceMatcher(None, "lemon", "melon")
        >>> m.ratio()
        0.6
        >>> m.set_seq1("melon")
        >>> m.ratio()
        1.0
        """
        if a is not self.a:
            self.a = a
            self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Sets the second sequence and indexes it.

        >>> m = SequenceMatcher(None, "kayak", "kayak")
        >>> m.set_seq2("kaya")
        >>> m.ratio()
        0.8888888888888888
        """
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None      # item counts of b, made by quick_ratio
        self._index_b()

    def _index_b(self):
        # b2j: item -> increasing positions in b, junk and popular items left out
        positions = {}
        for index, item in enumerate(self.b):
            positions.setdefault(item, []).append(index)
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {item for item in positions if self.isjunk(item)}
            for item in self.bjunk:
                del positions[item]
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            self.bpopular = {item for item, where in positions.items() if len(where) > limit}
            for item in self.bpopular:
                del positions[item]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi] (earliest in a, then in b,
        among equals), grown over junk that matches at both ends.

        >>> SequenceMatcher(None, "=mn op", "op mn op").find_longest_match()
        Match(a=1, b=3, size=5)

        With blanks as junk, and only b[:5] searched:

        >>> m = SequenceMatcher(lambda c: c == " ", "=mn op", "op mn op")
        >>> m.find_longest_match(alo=1, bhi=5)
        Match(a=1, b=3, size=2)
        >>> m.find_longest_match(0, 1, 0, 8)
        Match(a=0, b=0, size=0)
        """
        a, b = self.a, self.b
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        best_i, best_j, best_size = alo, blo, 0
        # run_at[j]: length of the match ending at a[i-1], b[j] (previous row)
        run_at = {}
        for i in range(alo, ahi):
            row = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = row[j] = run_at.get(j - 1, 0) + 1
                if length > best_size:
                    best_i, best_j, best_size = i - length + 1, j - length + 1, length
            run_at = row

        junk = self.bjunk

        def grow(want_junk):
            nonlocal best_i, best_j, best_size
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and (b[best_j + best_size] in junk) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1

        grow(False)    # popular items matching beside the block
        grow(True)     # then junk on both sides
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """Match triples (i, j, n) with a[i:i+n] == b[j:j+n], increasing, adjacent blocks
        merged, ending with the dummy (len(a), len(b), 0).

        >>> SequenceMatcher(None, "grxape", "grape").get_matching_blocks()
        [Match(a=0, b=0, size=2), Match(a=3, b=2, size=3), Match(a=6, b=5, size=0)]
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, size = block
            if not size:
                continue
            found.append(block)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                todo.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = []
        for i, j, size in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                last = merged[-1]
                merged[-1] = (last[0], last[1], last[2] + size)
            else:
                merged.append((i, j, size))
        merged.append((len(self.a), len(self.b), 0))
        self.matching_blocks = [Match._make(block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags 'replace', 'delete', 'insert',
        'equal'.

        >>> for step in SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
        ...     print(step)
        ('delete', 0, 1, 0, 0)
        ('equal', 1, 3, 0, 2)
        ('replace', 3, 4, 2, 3)
        ('equal', 4, 6, 3, 5)
        ('insert', 6, 6, 5, 6)
        """
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for block_i, block_j, size in self.get_matching_blocks():
            if i < block_i or j < block_j:
                if i < block_i and j < block_j:
                    tag = 'replace'
                else:
                    tag = 'delete' if i < block_i else 'insert'
                steps.append((tag, i, block_i, j, block_j))
            i, j = block_i + size, block_j + size
            if size:
                steps.append(('equal', block_i, i, block_j, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with at most n lines of context around each change (the hunks
        of a unified or context diff).

        >>> old = ["%d\\n" % i for i in range(1, 30)]
        >>> new = old[:3] + ["four\\n"] + old[4:20] + old[21:]
        >>> for hunk in SequenceMatcher(None, old, new).get_grouped_opcodes(1):
        ...     print(hunk)
        [('equal', 2, 3, 2, 3), ('replace', 3, 4, 3, 4), ('equal', 4, 5, 4, 5)]
        [('equal', 19, 20, 19, 20), ('delete', 20, 21, 20, 20), ('equal', 21, 22, 20, 21)]
        """
        # (like CPython, the ends are trimmed in the cached opcode list itself)
        steps = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        hunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long unchanged stretch ends this hunk and starts the next
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        """2*M/T: M matched items, T items in both sequences; 1.0 for two empty ones.

        >>> m = SequenceMatcher(None, "stop", "pots")
        >>> m.ratio(), m.quick_ratio(), m.real_quick_ratio()
        (0.25, 1.0, 1.0)
        >>> SequenceMatcher(None, "", "").ratio()
        1.0
        """
        matched = sum(size for _, _, size in self.get_matching_blocks())
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from item counts alone."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for item in self.a:
            available = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = available - 1
            if available > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _calculate_ratio(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word, scoring at least cutoff, best
    first.

    >>> get_close_matches("bananna", ["banana", "bandana", "cabana", "apple"])
    ['banana', 'bandana', 'cabana']
    >>> get_close_matches("wheel", ["while", "whale", "wheat", "heel", "shell"], n=2)
    ['heel', 'while']
    >>> get_close_matches("xyz", ["abc"])
    []
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # the cheap bounds first
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    # a '?' hint line keeps the tabs of the line it marks where nothing changed
    return ''.join(c if mark == ' ' and c.isspace() else mark for c, mark in zip(s, tag_s))


class Differ:
    """Line-by-line deltas for people: '- ' and '+ ' lines, '  ' for common lines, and '? '
    lines pointing at the changed characters of similar line pairs.

    >>> old = ["one\\n", "two\\n", "three\\n"]
    >>> new = ["one\\n", "tree\\n", "four\\n"]
    >>> print("".join(Differ().compare(old, new)), end="")
      one
    - two
    - three
    ?  -
    + tree
    + four
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta from lines a to lines b (each line keeping its newline).

        >>> delta = Differ().compare(["kitten\\n", "same\\n"], ["sitting\\n", "same\\n"])
        >>> print("".join(delta), end="")
        - kitten
        + sitting
          same
        """
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for index in range(lo, hi):
            yield '%s %s' % (tag, x[index])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        # the shorter block first
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: the most similar pair of lines (ratio at least 0.75) is shown
        with '?' hints, the lines before and after it handled the same way, recursively.

        >>> d = Differ()
        >>> for line in d._fancy_replace(["abcDefghiJkl\\n"], 0, 1, ["abcdefGhijkl\\n"], 0, 1):
        ...     print(line, end="")
        - abcDefghiJkl
        ?    ^  ^  ^
        + abcdefGhijkl
        ?    ^  ^  ^

        Without a similar pair, the shorter side comes first:

        >>> list(d._fancy_replace(["cat\\n", "dog\\n"], 0, 2, ["mouse\\n"], 0, 1))
        ['+ mouse\\n', '- cat\\n', '- dog\\n']
        """
        best, cutoff = 0.74, 0.75
        pair_matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None      # the first identical pair, the fallback synch point
        for j in range(blo, bhi):
            pair_matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                pair_matcher.set_seq1(a[i])
                if (pair_matcher.real_quick_ratio() > best and pair_matcher.quick_ratio() > best
                        and pair_matcher.ratio() > best):
                    best, best_i, best_j = pair_matcher.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, identical = same_i, same_j, True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if identical:
            yield '  ' + old
        else:
            old_marks, new_marks = [], []
            pair_matcher.set_seqs(old, new)
            for tag, i1, i2, j1, j2 in pair_matcher.get_opcodes():
                width_a, width_b = i2 - i1, j2 - j1
                if tag == 'replace':
                    old_marks.append('^' * width_a)
                    new_marks.append('^' * width_b)
                elif tag == 'delete':
                    old_marks.append('-' * width_a)
                elif tag == 'insert':
                    new_marks.append('+' * width_b)
                elif tag == 'equal':
                    old_marks.append(' ' * width_a)
                    new_marks.append(' ' * width_b)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(old, new, ''.join(old_marks), ''.join(new_marks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        """The two lines, each followed by its hint line when it has marks; a hint keeps the
        line's tabs where nothing is marked, so the marks stay under their characters.

        >>> d = Differ()
        >>> for line in d._qformat("\\tabXd\\n", "\\tabYde\\n", "   ^ ", "   ^ +"):
        ...     print(repr(line))
        '- \\tabXd\\n'
        '? \\t  ^\\n'
        '+ \\tabYde\\n'
        '? \\t  ^ +\\n'
        """
        hint_a = _keep_original_ws(aline, atags).rstrip()
        hint_b = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if hint_a:
            yield "? " + hint_a + "\n"
        yield "+ " + bline
        if hint_b:
            yield "? " + hint_b + "\n"


_BLANK_OR_HASH = re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_BLANK_OR_HASH):
    """True for a blank line or one holding only '#' (and whitespace).

    >>> IS_LINE_JUNK("\\n"), IS_LINE_JUNK("   #  \\n"), IS_LINE_JUNK("x = 1  # no\\n")
    (True, True, False)
    """
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab.

    >>> [IS_CHARACTER_JUNK(c) for c in " \\t\\nx"]
    [True, True, False, False]
    """
    return ch in ws


def _format_range_unified(start, stop):
    # 'first,count' ('first' alone for one line); an empty range names the line before it
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _format_range_context(start, stop):
    # 'first,last' ('first' alone for at most one line)
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(marks, names, dates, lineterm):
    for mark, name, date in zip(marks, names, dates):
        yield '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The unified diff of two lists of lines, with n lines of context.

    >>> old = ["one\\n", "two\\n", "three\\n"]
    >>> new = ["one\\n", "tree\\n", "four\\n"]
    >>> print("".join(unified_diff(old, new, "old", "new")), end="")
    --- old
    +++ new
    @@ -1,3 +1,3 @@
     one
    -two
    -three
    +tree
    +four
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = _file_headers(('---', '+++'), (fromfile, tofile), (fromfiledate, tofiledate),
                            lineterm)
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield from headers      # only before the first hunk
        old_range = _format_range_unified(hunk[0][1], hunk[-1][2])
        new_range = _format_range_unified(hunk[0][3], hunk[-1][4])
        yield '@@ -%s +%s @@%s' % (old_range, new_range, lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                yield from (' ' + line for line in a[i1:i2])
                continue
            if tag != 'insert':
                yield from ('-' + line for line in a[i1:i2])
            if tag != 'delete':
                yield from ('+' + line for line in b[j1:j2])


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The context diff of two lists of lines, with n lines of context.

    >>> old = ["one\\n", "two\\n", "three\\n"]
    >>> new = ["one\\n", "tree\\n", "four\\n"]
    >>> print("".join(context_diff(old, new, "old", "new")), end="")
    *** old
    --- new
    ***************
    *** 1,3 ****
      one
    ! two
    ! three
    --- 1,3 ----
      one
    ! tree
    ! four
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = _file_headers(('***', '---'), (fromfile, tofile), (fromfiledate, tofiledate),
                            lineterm)
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield from headers
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(hunk[0][1], hunk[-1][2]), lineterm)
        if any(step[0] in ('replace', 'delete') for step in hunk):
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    yield from (_CONTEXT_PREFIX[tag] + line for line in a[i1:i2])
        yield '--- %s ----%s' % (_format_range_context(hunk[0][3], hunk[-1][4]), lineterm)
        if any(step[0] in ('replace', 'insert') for step in hunk):
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    yield from (_CONTEXT_PREFIX[tag] + line for line in b[j1:j2])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """unified_diff or context_diff (dfunc) over bytes: the bytes pass through as
    surrogate-escaped ASCII text and come back as bytes."""
    def as_text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err
    a_text = [as_text(line) for line in a]
    b_text = [as_text(line) for line in b]
    texts = [as_text(v) for v in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a_text, b_text, *texts[:4], n, texts[4]):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b).

    >>> delta = ndiff(["one\\n", "two\\n"], ["one\\n", "tw0\\n"])
    >>> print("".join(delta), end="")
      one
    - two
    ?   ^
    + tw0
    ?   ^
    """
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (1 or 2) an ndiff/compare delta was made from.

    >>> delta = list(ndiff(["one\\n", "two\\n"], ["one\\n", "tw0\\n"]))
    >>> "".join(restore(delta, 1)), "".join(restore(delta, 2))
    ('one\\ntwo\\n', 'one\\ntw0\\n')
    """
    try:
        own = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", own):
            yield line[2:]


def __getattr__(name):
    # HtmlDiff and its row generator are loaded on first use (most programs never ask for them)
    if name in ('HtmlDiff', '_mdiff'):
        import _difflib_html
        value = getattr(_difflib_html, name)
        globals()[name] = value
        return value
    raise AttributeError('module %r has no attribute %r' % (__name__, name))
