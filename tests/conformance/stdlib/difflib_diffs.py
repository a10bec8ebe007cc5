# difflib: SequenceMatcher blocks/opcodes/ratios, ndiff with '?' hints, unified and context diffs,
# get_close_matches, restore.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for op in s.get_opcodes():
    print(op)

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['one\n', 'tree\n', 'three\n', 'fours\n', 'five\n', 'six\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt', '2020', '2021')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(a, a)))
long_a = ['line %d\n' % i for i in range(30)]
long_b = long_a[:5] + ['changed\n'] + long_a[6:20] + long_a[21:]
print(''.join(difflib.unified_diff(long_a, long_b, n=2)), end='')
delta = list(difflib.ndiff(a, b))
print(''.join(difflib.restore(delta, 1)) == ''.join(a), ''.join(difflib.restore(delta, 2)) == ''.join(b))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'for', 'with', 'wheeler', 'whale'], n=2, cutoff=0.5))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(list(difflib.ndiff(['abc def\n'], ['abc  deg\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
big = difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 250 + 'b')
print(big.bpopular, len(big.get_matching_blocks()))
for bad in ((['x'], [b'y']), ):
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print(e)
try:
    difflib.get_close_matches('x', [], n=0)
except ValueError as e:
    print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
