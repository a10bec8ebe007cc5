# fnmatch: translate's regex text, fnmatch/fnmatchcase/filter with *, ?, sets, ranges, negation.
import fnmatch

for pat in ['*.py', 'a?c', '[abc]x', '[!a-c]*', '*a*b*', 'x[', '[]]', '[!]]', '[a-]', '[z-a]',
            '**', 'foo*bar*baz', '[&|~]', '[\\]', '[^x]']:
    print(repr(pat), fnmatch.translate(pat))
names = ['main.py', 'test_a.py', 'README', 'setup.cfg', 'x.PY', 'abc', 'a-c', 'Abc']
for pat in ['*.py', '*.[pP][yY]', '?bc', '[!a]*', 'a[-b]c', '[a-z]bc', '*']:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
print(fnmatch.fnmatch('File.TXT', '*.txt'), fnmatch.fnmatchcase('File.TXT', '*.TXT'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.fnmatchcase('a\nb', 'a?b'))
print(fnmatch.fnmatchcase('foo.bar.baz', 'foo*bar*baz'), fnmatch.fnmatchcase('foo.baz', 'foo*bar*baz'))
