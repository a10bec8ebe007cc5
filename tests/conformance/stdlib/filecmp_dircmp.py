# filecmp: cmp (shallow by signature, deep by content), cmpfiles, and dircmp's lists, subdirs
# and reports on two small trees built in a temporary folder (named relatively).
import filecmp
import os
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
tree = {
    'a/same.txt': 'same\n', 'b/same.txt': 'same\n',
    'a/diff.txt': 'left\n', 'b/diff.txt': 'right\n',
    'a/samesize.txt': 'aaaa\n', 'b/samesize.txt': 'bbbb\n',
    'a/only_a.txt': 'x', 'b/only_b.txt': 'y',
    'a/sub/inner.txt': '1', 'b/sub/inner.txt': '2',
    'a/sub/deep/d.txt': 'd', 'b/sub/deep/d.txt': 'd',
    'a/kind': 'file', 'b/kind/x': 'dir',
    'a/CVS/ignored': '', 'b/.git/ignored': '',
}
for path, text in tree.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
for root, dirs, files in os.walk('.'):
    for name in files:
        os.utime(os.path.join(root, name), (1_000_000, 1_000_000))

print(filecmp.cmp('a/same.txt', 'b/same.txt'), filecmp.cmp('a/diff.txt', 'b/diff.txt'))
print(filecmp.cmp('a/samesize.txt', 'b/samesize.txt'), filecmp.cmp('a/samesize.txt', 'b/samesize.txt', shallow=False))
print(filecmp.cmp('a/sub', 'b/sub'), filecmp.cmpfiles('a', 'b', ['same.txt', 'diff.txt', 'samesize.txt', 'missing', 'sub']))
print(filecmp.cmpfiles('a', 'b', ['samesize.txt'], shallow=False))
try:
    filecmp.cmp('a/missing', 'b/missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)

d = filecmp.dircmp('a', 'b')
for attr in ['left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs', 'common_files',
             'common_funny', 'same_files', 'diff_files', 'funny_files']:
    print(attr, getattr(d, attr))
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__, d.subdirs['sub'].left, d.subdirs['sub'].diff_files)
d.report()
print('--')
d.report_partial_closure()
print('--')
d.report_full_closure()
print('--')
filecmp.dircmp('a', 'b', ignore=[], hide=['kind']).report()
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE, filecmp.dircmp[int])
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError', e)
filecmp.clear_cache()
