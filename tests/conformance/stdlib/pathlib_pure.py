# pathlib pure paths: parsing, parts, joining, suffixes, parents, relative_to, with_*, match,
# comparisons and errors (POSIX and Windows flavours).
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath
P = PurePosixPath
for s in ['', '.', '/', '//', '///', 'a', 'a/b/', '/a//b/./c/', './a/../b', '//a/b', '///a/b', 'a/b.tar.gz', '.bashrc', 'a/.hidden.txt', 'x.', '..', '/..']:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute())
print(P('a', 'b', '/c', 'd'), P('/etc') / 'init.d' / 'x', 'usr' / P('bin'), P('a').joinpath('b', P('c'), '/abs'))
print(repr(PurePath('a/b')), type(PurePath()).__name__, repr(Path('x')), type(Path('x')).__name__)
p = P('/usr/local/lib/python3.11/site.py')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2], repr(p.parents[0]))
try: p.parents[10]
except IndexError as e: print('IndexError', e)
print(list(P('a/b/c').parents), list(P('.').parents))
print(p.relative_to('/usr'), p.relative_to('/usr/local', 'lib'), p.relative_to(p), P('a/b').relative_to('a'), p.relative_to('/'))
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a', 'a'), ('a', '')]:
    try: print(P(a).relative_to(b))
    except ValueError as e: print('ValueError', e)
try: p.relative_to()
except TypeError as e: print('TypeError', e)
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'))
print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('other'), P('a/b.tar.gz').with_suffix('.bz2'), P('README').with_suffix('.md'))
for f, arg in [('with_name', ''), ('with_name', 'a/b'), ('with_suffix', 'txt'), ('with_suffix', '.'), ('with_suffix', './x'), ('with_name', 'ok')]:
    for base in [p, P('/')]:
        try: print(getattr(base, f)(arg))
        except ValueError as e: print('ValueError', e)
print(P('/a/b.py').match('*.py'), P('/a/b.py').match('a/*.py'), P('/a/b.py').match('/*.py'), P('/a/b.py').match('/a/*.py'), P('a/b/c.py').match('b/*.py'), P('a/b/C.PY').match('*.py'), P('b.py').match('a/b.py'))
try: P('a').match('')
except ValueError as e: print('ValueError', e)
print(P('a') == P('a'), P('a') == P('a/'), P('a') == P('A'), P('a') == 'a', P('a') < P('b'), sorted([P('b'), P('a/c'), P('a')]), hash(P('x/y')) == hash(P('x//y')))
try: P('a') < PureWindowsPath('a')
except TypeError as e: print('TypeError', e)
print(P('/a b/c%d').as_uri(), P('/tmp/é').as_uri())
try: P('rel').as_uri()
except ValueError as e: print('ValueError', e)
print(P('a/b').as_posix(), bytes(P('/a/b')), str(P('x')), P('x').__fspath__(), P('/x').is_reserved())
try: P(1)
except TypeError as e: print('TypeError', e)
try: P(b'bytes')
except TypeError as e: print('TypeError', e)
print(P('a') / P('/b'), P('/a') / '..' / 'b')
W = PureWindowsPath
for s in ['c:\\Windows\\System32', 'c:/a/b.TXT', '\\\\server\\share\\dir\\f', 'c:rel', '\\root', 'C:', 'nul', 'a/b']:
    w = W(s)
    print(repr(w), str(w), w.parts, repr(w.drive), repr(w.root), repr(w.anchor), w.is_absolute(), w.is_reserved(), repr(w.name))
print(W('C:/a') == W('c:/A'), W('c:/a', 'd:b'), W('c:/a', '/b'), W('c:/a', 'c:b'), W('C:/a/B.txt').match('*.TXT'), W('c:/x y').as_uri(), W('c:/a/b').relative_to('C:/A'))
import pickle
print(pickle.loads(pickle.dumps(P('/a/b'))) == P('/a/b'), P('/a/b').__reduce__())
