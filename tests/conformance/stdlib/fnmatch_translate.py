# fnmatch.translate's exact regular expressions (star runs, atomic groups, sets with ranges,
# negation, backwards ranges, escapes), and fnmatch/fnmatchcase/filter on str and bytes.
import fnmatch

patterns = ['', '*', '**', 'a*', '*a', 'a*b', 'a*b*c', '*a*', 'a**b', '?', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]',
            '[a-c]', '[a-c-e]', '[z-a]', '[a-]', '[-a]', '[!-]', '[\\]', '[a\\-z]', '[&~|]', '[^x]', '[[]', '[!]',
            '[', '[!', 'x[', '[a-c][!d-f]*?', 'a.b+c(d)', '[a-z-]x', '[b-a-c]', '*.py', '[!a-b-c]']
for pat in patterns:
    print(repr(pat), fnmatch.translate(pat))
names = ['a.py', 'b.txt', 'A.PY', 'abc', 'a]c', '.hidden', 'x[y']
for pat in ('*.py', 'a?c', '[!a]*', '*', 'x[y', '[a-c]*'):
    print(pat, fnmatch.filter(names, pat), [fnmatch.fnmatch(n, pat) for n in names], fnmatch.fnmatchcase('A.PY', pat))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.[ch]'), fnmatch.fnmatch('a\nb', 'a*b'))
