# tempfile: str/bytes inference (and mixing errors), mkstemp/mkdtemp names and modes, the
# NamedTemporaryFile wrapper (attributes, delete on close, iteration), TemporaryFile,
# SpooledTemporaryFile rollover and its properties, TemporaryDirectory cleanup of read-only
# contents, mktemp and the prefix functions.
import os, stat, tempfile

base = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
print(os.path.basename(base).startswith("pre_"), base.endswith("_suf"), oct(stat.S_IMODE(os.stat(base).st_mode)))
fd, path = tempfile.mkstemp(suffix=".txt", dir=base, text=True)
print(os.path.dirname(path) == base, path.endswith(".txt"), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.close(fd)
fd, bpath = tempfile.mkstemp(prefix=b"b_", dir=os.fsencode(base))
print(type(bpath).__name__, os.path.basename(bpath).startswith(b"b_"), len(os.path.basename(bpath)))
os.close(fd)
for args in [dict(prefix=b"x", suffix="y"), dict(prefix="x", dir=os.fsencode(base))]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print("TypeError", e)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__)

with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".log", encoding="utf-8") as f:
    name = f.name
    f.write("line one\nline two\n")
    f.seek(0)
    print(os.path.exists(name), list(f), f.closed, f.mode, f.delete)
print(os.path.exists(name), f.closed)
keep = tempfile.NamedTemporaryFile(dir=base, delete=False)
keep.write(b"kept")
keep.close()
print(os.path.exists(keep.name), open(keep.name, "rb").read())
t = tempfile.TemporaryFile("w+b", dir=base)
t.write(b"anon")
t.seek(0)
print(t.read(), sorted(os.listdir(base)) == sorted([os.path.basename(path), os.path.basename(os.fsdecode(bpath)), os.path.basename(keep.name)]))
t.close()

s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+", encoding="utf-8", dir=base)
print(s._rolled, s.name, s.mode, s.encoding, s.closed)
s.write("12345")
print(s._rolled, s.tell())
s.write("67890abc")
print(s._rolled, s.tell(), type(s.name).__name__)
s.seek(0)
print(s.read(), s.readable(), s.writable(), s.seekable())
s.close()
print(s.closed)
b = tempfile.SpooledTemporaryFile(max_size=100)
b.write(b"abc")
b.truncate(200)
print(b._rolled)
b.seek(0)
print(len(b.read()))
b.close()
try:
    with b:
        pass
except ValueError as e:
    print("ValueError", e)

d = tempfile.TemporaryDirectory(dir=base, prefix="td_")
print(repr(d).startswith("<TemporaryDirectory '"), os.path.isdir(d.name))
inner = os.path.join(d.name, "ro")
os.mkdir(inner)
with open(os.path.join(inner, "f"), "w") as fh:
    fh.write("x")
os.chmod(os.path.join(inner, "f"), 0o400)
os.chmod(inner, 0o500)
with d as name:
    print(name == d.name)
print(os.path.exists(d.name))
d.cleanup()
print(os.path.dirname(tempfile.mktemp(dir=base)) == base)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
