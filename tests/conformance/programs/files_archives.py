# Realistic program: a project tree made with pathlib/os/shutil in a temporary folder, text and binary I/O, zip, gzip, hashlib.
import os, shutil, tempfile, io, glob, fnmatch, stat, json, zipfile, gzip, hashlib, struct
from pathlib import Path, PurePosixPath, PureWindowsPath

base = Path(tempfile.mkdtemp(prefix="rp_"))
try:
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "docs").mkdir()
    files = {"src/pkg/__init__.py": "", "src/pkg/mod.py": "x = 1\n" * 5, "src/main.py": "print('hi')\n",
             "docs/index.md": "# Title\n\nBody\n", "docs/notes.txt": "n1\nn2\n", "README": "readme\n"}
    for rel, content in files.items():
        (base / rel).write_text(content)
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(p.name for p in base.glob("*/*")))
    print(sorted(p.name for p in (base / "docs").iterdir()))
    print([p.relative_to(base).as_posix() for p in sorted(base.glob("**/*.md"))])
    for root, dirs, fs in sorted(os.walk(base)):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(dirs), sorted(fs))
    p = base / "docs" / "index.md"
    print(p.name, p.stem, p.suffix, p.parent.name, p.with_suffix(".rst").name, p.with_name("x.y.z").suffixes)
    print(p.exists(), p.is_file(), p.is_dir(), p.stat().st_size, p.read_text().splitlines())
    with p.open("a") as f:
        f.write("more\n")
    print(p.read_text().count("\n"))
    print(p.read_bytes()[:7])
    q = base / "bin.dat"
    q.write_bytes(struct.pack("<iHd4s", -5, 65535, 2.5, b"abcd"))
    print(struct.unpack("<iHd4s", q.read_bytes()), struct.calcsize("<iHd4s"), struct.calcsize("iHd4s"))
    with open(q, "rb") as f:
        f.seek(4)
        print(f.read(2), f.tell())
        f.seek(-4, os.SEEK_END)
        print(f.read(), f.tell())
    with open(base / "lines.txt", "w", newline="") as f:
        f.write("a\r\nb\rc\nd")
    with open(base / "lines.txt") as f:
        print(f.readlines(), f.newlines)
    with open(base / "lines.txt", newline="") as f:
        print(list(f))
    with open(base / "enc.txt", "w", encoding="utf-16") as f:
        f.write("héllo ☃")
    print((base / "enc.txt").stat().st_size, (base / "enc.txt").read_text(encoding="utf-16"))
    with open(base / "enc.txt", "rb") as f:
        print(f.read(4))
    try:
        (base / "enc.txt").read_text(encoding="ascii")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start)
    print((base / "enc.txt").read_text(encoding="ascii", errors="replace")[:4])
    shutil.copy(p, base / "copy.md")
    shutil.copytree(base / "src", base / "src2", ignore=shutil.ignore_patterns("__init__.py"))
    print(sorted(os.listdir(base / "src2" / "pkg")))
    shutil.move(str(base / "copy.md"), str(base / "docs"))
    print(sorted(os.listdir(base / "docs")))
    os.rename(base / "README", base / "README.txt")
    (base / "README.txt").replace(base / "README.rst")
    print(sorted(x for x in os.listdir(base)))
    shutil.rmtree(base / "src2")
    print(os.path.exists(base / "src2"))
    print(fnmatch.fnmatch("foo.PY", "*.py"), fnmatch.fnmatchcase("foo.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
    print(sorted(os.path.basename(x) for x in glob.glob(str(base / "**" / "*.py"), recursive=True)))
    print(fnmatch.translate("*.[ch]"))
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.S_ISREG(os.stat(p).st_mode), stat.filemode(os.stat(p).st_mode))
    with tempfile.NamedTemporaryFile("w+", suffix=".json", dir=base, delete=False) as tf:
        json.dump({"a": [1, 2]}, tf)
        tf.seek(0)
        print(json.load(tf), tf.name.endswith(".json"))
    with tempfile.TemporaryDirectory() as td:
        Path(td, "x").write_text("1")
        print(os.listdir(td))
    print(os.path.exists(td))
    with tempfile.TemporaryFile() as tf:
        tf.write(b"xyz"); tf.seek(0); print(tf.read())
    sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
    sp.write("short"); sp.seek(0); print(sp.read()); sp.close()
    zp = base / "a.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("one.txt", "first file " * 20)
        z.write(p, arcname="docs/index.md")
    with zipfile.ZipFile(zp) as z:
        print(sorted(z.namelist()), z.read("one.txt")[:11], [i.file_size for i in z.infolist()])
    gz = base / "d.gz"
    with gzip.open(gz, "wt") as g:
        g.write("compressed text\n" * 100)
    with gzip.open(gz, "rt") as g:
        print(len(g.read()), gz.stat().st_size < 200)
    print(hashlib.sha256(p.read_bytes()).hexdigest()[:16], hashlib.md5(b"abc").hexdigest())
    h = hashlib.new("sha1"); h.update(b"a"); h.update(b"bc"); print(h.hexdigest(), h.digest_size, h.name)
    print(shutil.disk_usage(base).total > 0, shutil.which("sh") is not None)
    bio = io.BytesIO(b"line1\nline2\nline3")
    print(bio.readline(), bio.read(3), bio.getvalue()[-5:], bio.seek(0, 2), bio.tell())
    tw = io.TextIOWrapper(io.BytesIO("ü\nv\n".encode("latin-1")), encoding="latin-1")
    print(tw.read())
    sio = io.StringIO("a\nb\n")
    sio.seek(0, io.SEEK_END); sio.write("c\n"); print(repr(sio.getvalue()), sio.readable(), sio.closed)
    buf = io.BufferedReader(io.BytesIO(b"0123456789"), buffer_size=4)
    print(buf.peek(2)[:2], buf.read(3), buf.read1(10))
    print(PurePosixPath("/a/b/../c.tar.gz").suffixes, PurePosixPath("a") / "b" / "/c", PureWindowsPath(r"C:\x\y.txt").parts)
    print(PurePosixPath("/usr/lib/python3").relative_to("/usr"), PurePosixPath("a/b").match("*/b"), Path("a/b/c").parents[1])
    print(os.path.splitext("x/y.tar.gz"), os.path.split("/a/b/"), os.path.join("a", "/b", "c"), os.path.normpath("a//b/./../c"))
    print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interview", "internet"]), os.path.isabs("/x"))
    print(os.sep, os.linesep == "\n", os.curdir, os.pardir, os.path.expanduser("~") != "~")
    os.environ["RP_TEST"] = "v1"
    print(os.environ.get("RP_TEST"), os.getenv("RP_MISSING", "dflt"), "RP_TEST" in os.environ)
    del os.environ["RP_TEST"]
    print(os.getenv("RP_TEST"))
    cwd = os.getcwd(); os.chdir(base); print(sorted(os.listdir("."))[:3]); os.chdir(cwd)
    with os.scandir(base) as it:
        print(sorted((e.name, e.is_dir()) for e in it if not e.name.startswith("tmp")))
    try:
        open(base / "nope.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base / "docs")
    except FileExistsError as e:
        print("exists", e.errno)
    try:
        (base / "docs").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
finally:
    shutil.rmtree(base)
print(base.exists())
