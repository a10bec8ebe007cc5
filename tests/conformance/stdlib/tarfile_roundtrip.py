# tarfile: writing archives in the three header formats, plain and gz/bz2/xz compressed (and
# the '|' stream modes), reading them back (members, names, data through extractfile), the
# exact bytes of uncompressed ustar/GNU/pax archives, extractall, appending, and the errors.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
os.makedirs('src/sub')
with open('src/a.txt', 'w') as f:
    f.write('hello\n' * 100)
with open('src/sub/b.bin', 'wb') as f:
    f.write(bytes(range(256)) * 3)
for path in ['src', 'src/a.txt', 'src/sub', 'src/sub/b.bin']:
    os.utime(path, (1000000000, 1000000000))


def owner_free(info):
    # The test machine's users are not part of the expected output.
    info.uid = info.gid = 1000
    info.uname = info.gname = 'user'
    return info


def build(name, mode, fmt):
    with tarfile.open(name, mode, format=fmt) as tar:
        tar.add('src', filter=owner_free)
        link = tarfile.TarInfo('src/link')
        link.type = tarfile.SYMTYPE
        link.linkname = 'a.txt'
        link.mtime = 1000000000
        tar.addfile(link)
        info = tarfile.TarInfo('x' * 120 + '/long-name-\xe9')
        data = b'payload bytes'
        info.size = len(data)
        info.mtime = 123
        info.uname = 'u'
        try:
            tar.addfile(info, io.BytesIO(data))
        except ValueError as e:
            print('ValueError', e)


for mode in ['w', 'w:gz', 'w:bz2', 'w:xz']:
    for fmt in [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT]:
        name = 'out.tar' + ('.' + mode[2:] if ':' in mode else '')
        build(name, mode, fmt)
        if mode == 'w':
            print(fmt, hashlib.sha256(open(name, 'rb').read()).hexdigest(), os.path.getsize(name))
        with tarfile.open(name) as tar:
            print(mode, fmt, [(m.name, m.type, m.size, oct(m.mode), int(m.mtime), m.linkname, m.uname, sorted(m.pax_headers))
                              for m in tar])
            print(tar.extractfile('src/a.txt').read(12), tar.extractfile('src/link').read(5), tar.extractfile('src/sub'))
            tar.extractall('dest')
        print(sorted(os.path.join(r, f) for r, d, fs in os.walk('dest') for f in fs + d),
              open('dest/src/link').read(6), os.readlink('dest/src/link'), os.path.getmtime('dest/src/sub/b.bin'))
        shutil.rmtree('dest')

with tarfile.open('out.tar') as tar:
    tar.list(verbose=False)
    print()
    member = tar.getmember('src/a.txt')
    print(tar.getnames(), repr(member).split(' at ')[0], member.isfile(), member.isdir(), member.get_info()['mode'])
    with tar.extractfile(member) as f:
        print(f.readline(), f.read(4), f.tell(), f.seek(-3, 2), f.read(), f.name)
    try:
        tar.getmember('nope')
    except KeyError as e:
        print('KeyError', e)
print(tarfile.is_tarfile('out.tar'), tarfile.is_tarfile('src/a.txt'), tarfile.is_tarfile(io.BytesIO(open('out.tar.xz', 'rb').read())))
for mode in ['r|*', 'r|gz', 'r:*']:
    with tarfile.open('out.tar.gz', mode) as tar:
        print(mode, len(tar.getnames()))
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w|bz2') as tar:
    tar.add('src/a.txt', arcname='a', filter=owner_free)
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:bz2') as tar:
    print(tar.getnames(), tar.getmembers()[0].size)
with tarfile.open('out.tar', 'a') as tar:
    tar.add('src/a.txt', arcname='appended')
with tarfile.open('out.tar') as tar:
    print(tar.getnames()[-2:])
for bad in [lambda: tarfile.open('out.tar', 'q'), lambda: tarfile.open('out.tar', 'r:zz'), lambda: tarfile.open(),
            lambda: tarfile.open('src/a.txt'), lambda: tarfile.open('src/a.txt', 'r:gz'), lambda: tarfile.open('src/a.txt', 'r:bz2'),
            lambda: tarfile.open('src/a.txt', 'r:xz'), lambda: tarfile.open('out.tar', 'w:gz', compresslevel=10),
            lambda: tarfile.TarInfo('n' * 300).tobuf(tarfile.USTAR_FORMAT), lambda: tarfile.TarInfo(None).tobuf(),
            lambda: tarfile.TarFile('out.tar').addfile(tarfile.TarInfo('x'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, '<tmp>'))
d = tarfile.TarInfo('d')
d.type = tarfile.DIRTYPE
print(d.tobuf(tarfile.USTAR_FORMAT)[:160], d.get_info()['name'], d.isdir(), d.isfile())
print(tarfile.TarInfo('big').tobuf(tarfile.GNU_FORMAT)[100:160], tarfile.DEFAULT_FORMAT, tarfile.ENCODING)
