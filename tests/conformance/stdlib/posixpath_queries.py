# posixpath: file-type queries, expanduser (HOME, ~user, bytes), realpath through symbolic
# links (chains, loops, .., strict), relpath and commonpath in str and bytes with their errors.
import os
import posixpath as pp
import tempfile

root = os.path.realpath(tempfile.mkdtemp())
os.makedirs(os.path.join(root, 'a', 'b'))
open(os.path.join(root, 'a', 'f.txt'), 'w').close()
os.symlink(os.path.join(root, 'a'), os.path.join(root, 'link_a'))
os.symlink('link_a/b', os.path.join(root, 'chain'))
os.symlink('loop2', os.path.join(root, 'loop1'))
os.symlink('loop1', os.path.join(root, 'loop2'))
os.symlink('missing', os.path.join(root, 'dangling'))


def show(p):
    return p.replace(root, 'ROOT').replace(os.path.basename(root), 'TMP') if isinstance(p, str) else p.replace(os.fsencode(root), b'ROOT')


for name in ('a', 'a/f.txt', 'link_a', 'dangling', 'nothing', 'loop1'):
    p = os.path.join(root, name)
    print(name, pp.exists(p), pp.lexists(p), pp.isfile(p), pp.isdir(p), pp.islink(p), pp.ismount(p))
print(pp.isdir(os.fsencode(root)), pp.exists('\0bad'), pp.ismount('/'), pp.exists(''))
for name in ('chain', 'link_a/../a/f.txt', 'chain/../f.txt', 'loop1', 'loop1/x', 'dangling', 'a/./b//', '../' + os.path.basename(root) + '/link_a'):
    print(show(name), show(pp.realpath(os.path.join(root, name))), show(pp.realpath(os.fsencode(os.path.join(root, name)))))
for name in ('loop1', 'dangling', 'chain'):
    try:
        print(show(pp.realpath(os.path.join(root, name), strict=True)))
    except OSError as e:
        print(name, type(e).__name__, e.errno)
old_home = os.environ.get('HOME')
os.environ['HOME'] = '/home/tester/'
print(pp.expanduser('~'), pp.expanduser('~/x'), pp.expanduser(b'~/y'), pp.expanduser('x~'),
      pp.expanduser('~no_such_user_zz/q'))
os.environ['HOME'] = '/'
print(pp.expanduser('~'), pp.expanduser('~/s'))
if old_home is not None:
    os.environ['HOME'] = old_home
print(pp.relpath('/a/b/c', '/a/x'), pp.relpath('/a/b', '/a/b'), pp.relpath(b'/q/r', b'/q'), pp.relpath('/x', '/a/b/c'),
      pp.relpath(os.path.join(root, 'a', 'b'), os.path.join(root, 'link_a')))
for call in (lambda: pp.relpath(''), lambda: pp.relpath('a', b'b'), lambda: pp.relpath(3)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pp.commonpath(['/usr/lib', '/usr/local/lib', '/usr/lib/x']), pp.commonpath(['a/b', 'a/./b/c', 'a//b']),
      pp.commonpath([b'/x/y', b'/x/z']), pp.commonpath(['/a']), pp.commonpath(['/a', '/b']), repr(pp.commonpath(['a', 'b'])))
for call in (lambda: pp.commonpath([]), lambda: pp.commonpath(['/a', 'b']), lambda: pp.commonpath(['a', b'b'])):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.environ['PP_TEST'] = 'val'
print(pp.expandvars('$PP_TEST/${PP_TEST}/$NOPE_zz/${x'), pp.expandvars(b'$PP_TEST-$'))
