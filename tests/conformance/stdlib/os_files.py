# os: folders, files, descriptors, stat, scandir, walk, rename/replace/remove and the OSError
# subclasses with their messages, all inside a scratch folder that the case removes.
import os
import stat

base = "os_files_scratch_%d" % os.getpid()
os.mkdir(base)
try:
    sub = os.path.join(base, "a", "b")
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, e.filename == sub)
    fd = os.open(os.path.join(base, "f.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello\nworld\n"))
    os.close(fd)
    fd = os.open(os.path.join(base, "f.txt"), os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
    st = os.fstat(fd)
    os.close(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st))
    s = os.stat(os.path.join(base, "f.txt"))
    print(s.st_size == st.st_size, isinstance(s.st_mtime, float), isinstance(s[stat.ST_MTIME], int))
    print(stat.filemode(s.st_mode & ~0o022 | 0o600))
    print(sorted(os.listdir(base)))
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    print(entries[0].path == os.path.join(base, "a"), os.fspath(entries[1]) == entries[1].path)
    os.symlink("f.txt", os.path.join(base, "link"))
    print(os.readlink(os.path.join(base, "link")), os.path.islink(os.path.join(base, "link")))
    os.rename(os.path.join(base, "f.txt"), os.path.join(base, "g.txt"))
    os.replace(os.path.join(base, "g.txt"), os.path.join(base, "h.txt"))
    print(os.path.exists(os.path.join(base, "g.txt")), os.path.isfile(os.path.join(base, "h.txt")),
          os.path.getsize(os.path.join(base, "h.txt")))
    for top, dirs, files in os.walk(base):
        print(top[len(base):] or ".", sorted(dirs), sorted(files))
    for top, dirs, files in os.walk(base, topdown=False):
        print(top[len(base):] or ".", sorted(dirs), sorted(files))
    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)
    try:
        os.remove(os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.rmdir(os.path.join(base, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno == 39)
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print(str(e) == "[Errno 17] File exists: %r" % base)
    try:
        os.listdir(os.path.join(base, "h.txt"))
    except NotADirectoryError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.rename(os.path.join(base, "nope"), os.path.join(base, "other"))
    except FileNotFoundError as e:
        print(str(e) == "[Errno 2] No such file or directory: %r -> %r" % (os.path.join(base, "nope"), os.path.join(base, "other")))
    try:
        os.close(12345)
    except OSError as e:
        print(type(e).__name__, e)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            p = os.path.join(top, d)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
