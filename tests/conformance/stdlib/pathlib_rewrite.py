# pathlib after its rewrite: Windows and POSIX parsing (UNC, extended prefixes, drive-relative
# joins), the pieces of a path, relative_to/match/with_* rules and errors, parents, reserved
# names, URIs, ordering across flavours, and glob/rglob, mkdir, touch, resolve on a temp tree.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath as PP, PureWindowsPath as PW


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except OSError as e:          # the message names a temporary path: not printed
        print(label, type(e).__name__, e.errno)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(top_text, '<top>'))


top_text = '<none yet>'


for text in ('c:', 'c:/', 'c:a/b', '/a', '//a/b', '//a/b/c/d', '//?/c:/x', '//?/UNC/srv/share/f', '\\\\a',
             '\\\\\\a\\b', 'c:\\\\a', 'a/./b/', '.', '', '//a'):
    p = PW(text)
    print(repr(text), repr(p), p.drive, p.root, p.anchor, p.parts, p.name, p.is_absolute())
for text in ('//a', '///a/b', '/a/./b//', 'c:\\a', '', '.', 'a/..'):
    p = PP(text)
    print(repr(text), repr(p), p.root, p.parts, p.is_absolute())
print(PW('c:/a', 'c:b'), PW('c:/a') / 'c:b', PW('c:/a') / 'd:b', PW('c:/a') / '/b', PW('a', 'Z:/b', 'c'), PW('//?/Z:/a', '/b', 'c'))
print(PW('C:', '/', 'a'), PW('c:/x', 'd:y', '/z'), 'x' / PW('c:/a'), 'c:' / PW('a'), PP('/a').joinpath('b', '/c', 'd'))
print(PP(PW('a\\b')), PW(PP('a/b')), PP('a') / PP('/b'), PurePath('x/y') == PP('x/y'))

p = PP('/usr/lib/python3.11/lib.tar.gz')
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents), p.parents[-1], p.parents[1:3], p.parents[::2])
print(PP('.bashrc').suffix, PP('a.').suffixes, PP('..a.b').suffixes, PP('/').name, PP('/').parent, PP('.').parent)
attempt('parents-index', lambda: p.parents[5])
attempt('parents-neg', lambda: p.parents[-6])
print(p.with_name('x.txt'), p.with_stem('s'), p.with_suffix('.bz2'), p.with_suffix(''), PP('a').with_suffix('.b'))
for label, fn in (('with-name-empty', lambda: PP('/').with_name('x')), ('with-name-sep', lambda: PP('a').with_name('b/c')),
                  ('with-name-dot', lambda: PP('a').with_name('.')), ('with-name-drive', lambda: PW('a').with_name('c:')),
                  ('with-suffix-bad', lambda: PP('a').with_suffix('b')), ('with-suffix-dot', lambda: PP('a').with_suffix('.')),
                  ('with-suffix-sep', lambda: PW('a').with_suffix('./b')), ('with-suffix-empty-name', lambda: PP('').with_suffix('.x'))):
    attempt(label, fn)
print(PP('/a/b/c').relative_to('/a'), PP('/a/b').relative_to('/', 'a'), PW('c:/a/b').relative_to('c:'), PW('C:/A/b').relative_to('c:/a'),
      PP('a/b').relative_to('a'), PP('/a').is_relative_to('/b'), PW('c:/a').is_relative_to('C:/'))
attempt('rel-other', lambda: PP('/a/b').relative_to('/c'))
attempt('rel-empty', lambda: PP('/a').relative_to(''))
attempt('rel-none', lambda: PP('/a').relative_to())
attempt('rel-mixed', lambda: PP('a').relative_to('/a'))
print(PP('/a/b').match('*/b'), PP('/a').match('*/a'), PP('/a/b').match('/*/b'), PP('/a/b').match('/b'), PW('C:/A/B.PY').match('c:/a/*.py'),
      PW('b.py').match('*.PY'), PP('b.PY').match('*.py'), PP('a/b/c').match('b/*'), PW('//srv/share/x').match('//srv/share/*'))
attempt('match-empty', lambda: PP('a').match(''))
print(PW('nul').is_reserved(), PW('c:/x/COM1.txt').is_reserved(), PW('//srv/share/nul').is_reserved(), PW('lpt\xb9:x').is_reserved(), PP('nul').is_reserved())
print(PP('/a b/%c').as_uri(), PW('c:/x y/z').as_uri(), PW('//srv/share/f').as_uri(), PP('/\xe9').as_uri())
attempt('uri-relative', lambda: PP('a').as_uri())
print(PW('A/b') == PW('a/B'), hash(PW('A/b')) == hash(PW('a/B')), PP('A') == PP('a'), PW('a') == PP('a'), PP('a') < PP('b'), sorted([PW('b'), PW('A'), PW('c')]))
attempt('order-mixed', lambda: PP('a') < PW('a'))
attempt('bad-arg', lambda: PP(b'x'))
attempt('bad-arg2', lambda: PP('a') / 3)
print(bytes(PP('/x')), os.fspath(PW('c:/a')), PW('c:/a').as_posix(), str(PP()), repr(PurePath('a')), PP('a', PP('b'), 'c'))

with tempfile.TemporaryDirectory() as top:
    top_text = top
    base = Path(top)
    (base / 'dirA' / 'sub').mkdir(parents=True)
    (base / 'dirA' / 'sub').mkdir(parents=True, exist_ok=True)
    attempt('mkdir-exists', lambda: (base / 'dirA').mkdir())
    attempt('mkdir-missing-parent', lambda: (base / 'no' / 'where').mkdir())
    (base / 'dirB').mkdir()
    for name in ('fileA', 'dirA/f1.py', 'dirA/sub/f2.py', 'dirB/f3.txt', 'dirB/.hidden'):
        (base / name).write_text(name)
    (base / 'fileA').touch()
    attempt('touch-excl', lambda: (base / 'fileA').touch(exist_ok=False))
    (base / 'linkA').symlink_to(base / 'dirA', target_is_directory=True)
    (base / 'loop1').symlink_to('loop2')
    (base / 'loop2').symlink_to('loop1')

    def rel(paths):
        return sorted(p.relative_to(base).as_posix() for p in paths)
    for pattern in ('*', 'dir*/', '*/*.py', '**/*.py', '**', '**/', 'dirA/**', 'file?', '[d]ir[AB]/*', 'fileA', 'missing', 'dirB/.*'):
        print('glob', pattern, rel(base.glob(pattern)))
    for pattern in ('*.py', '', '*/', 'f*'):
        print('rglob', pattern, rel(base.rglob(pattern)))
    attempt('glob-empty', lambda: list(base.glob('')))
    attempt('glob-abs', lambda: list(base.glob('/x')))
    attempt('glob-doublestar', lambda: list(base.glob('a**b')))
    print(sorted(p.name for p in base.iterdir()), (base / 'dirB' / 'f3.txt').read_text(), (base / 'fileA').read_bytes())
    print((base / 'linkA').is_symlink(), (base / 'linkA').is_dir(), (base / 'loop1').exists(), (base / 'loop1').is_symlink(), (base / 'nope').is_file())
    try:
        (base / 'loop1').resolve()
    except RuntimeError as e:
        print('resolve-loop RuntimeError', str(e).startswith('Symlink loop from'))
    print((base / 'linkA' / 'sub').resolve() == (base / 'dirA' / 'sub').resolve(), (base / 'x' / '..' / 'fileA').resolve().name)
    attempt('resolve-strict', lambda: (base / 'missing').resolve(strict=True).name)
    print(Path('/').is_mount(), base.is_mount(), (base / 'fileA').is_mount(), (base / 'fileA').samefile(str(base / 'fileA')), (base / 'dirA').samefile(base / 'linkA'))
    moved = (base / 'fileA').rename(base / 'fileB')
    print(type(moved).__name__, moved.name, (base / 'fileA').exists(), moved.replace(base / 'fileC').name)
    print((base / 'new.bin').write_bytes(bytearray(b'abc')), (base / 'new.txt').write_text('h\xe9', encoding='utf-8'))
    attempt('write-text-bytes', lambda: (base / 'x').write_text(b'x'))
    (base / 'fileC').unlink()
    (base / 'fileC').unlink(missing_ok=True)
    attempt('unlink-missing', lambda: (base / 'fileC').unlink())
    old_home = os.environ.get('HOME')
    os.environ['HOME'] = top
    print(Path('~/x').expanduser() == base / 'x', Path('x/~').expanduser(), Path.home() == base)
    if old_home is not None:
        os.environ['HOME'] = old_home
    print(Path('a/b').absolute() == Path.cwd() / 'a' / 'b', Path('/x').absolute())
