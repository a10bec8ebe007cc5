# shutil: copyfile errors (same file, named pipe, missing folder), copytree with ignore,
# symlinks kept or followed, dangling links, dirs_exist_ok and collected errors, move (into a
# folder, a folder into itself, over an existing name), rmtree on files, links and missing
# paths with onerror, which() with bytes and PATH, archive registry checks, chown, terminal size.
import os, shutil, tempfile, stat

base = tempfile.mkdtemp()
os.chdir(base)
def write(path, text="data"):
    with open(path, "w") as f:
        f.write(text)
def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files) + [d + "/" for d in dirs if os.path.islink(os.path.join(root, d))]:
            p = os.path.join(root, name)
            out.append(p + ("@" if os.path.islink(p.rstrip("/")) else ""))
    return sorted(out)
def attempt(fn, *args, **kw):
    try:
        result = fn(*args, **kw)
        print("ok", result)
    except (OSError, ValueError, TypeError, LookupError, shutil.RegistryError) as e:
        text = str(e).replace(base, "BASE")
        print(type(e).__name__, text)

os.makedirs("src/sub/deep")
write("src/a.txt"); write("src/b.log"); write("src/sub/c.txt"); write("src/sub/deep/d.txt")
os.symlink("a.txt", "src/link_a")
os.symlink("sub", "src/link_sub")
os.symlink("missing_target", "src/dangling")
attempt(shutil.copyfile, "src/a.txt", "src/a.txt")
attempt(shutil.copyfile, "src/a.txt", "nowhere/x.txt")
attempt(shutil.copyfile, "src/a.txt", "src/sub")
attempt(shutil.copyfile, "src/link_a", "linkcopy", follow_symlinks=False)
print(os.path.islink("linkcopy"), os.readlink("linkcopy"))
attempt(shutil.copy, "src/a.txt", "src/sub")
os.chmod("src/b.log", 0o640)
attempt(shutil.copy2, "src/b.log", "b2.log")
print(oct(stat.S_IMODE(os.stat("b2.log").st_mode)), os.stat("b2.log").st_mtime == os.stat("src/b.log").st_mtime)

attempt(shutil.copytree, "src", "dst1", symlinks=True, ignore=shutil.ignore_patterns("*.log", "deep"))
print(tree("dst1"))
attempt(shutil.copytree, "src", "dst2", ignore_dangling_symlinks=True)
print(tree("dst2"))
try:
    shutil.copytree("src", "dst3")
except shutil.Error as e:
    print("Error", [(s.replace(base, "BASE"), d.replace(base, "BASE"), w.replace(base, "BASE")) for s, d, w in e.args[0]])
attempt(shutil.copytree, "src", "dst1")
attempt(shutil.copytree, "src/sub", "dst1", dirs_exist_ok=True)
print(tree("dst1"))
seen = []
def record(path, names):
    seen.append((path, sorted(names)))
    return set()
shutil.copytree("src/sub", "dst4", copy_function=shutil.copy, ignore=record)
print(seen)

os.makedirs("m/inner"); write("m/file")
attempt(shutil.move, "m/file", "m/inner")
attempt(shutil.move, "m", "m/inner")
write("m/inner/file2"); os.makedirs("target/inner")
attempt(shutil.move, "m/inner", "target")
attempt(shutil.move, "m", "target2")
print(tree("target2"))

errors = []
def onerror(func, path, exc_info):
    errors.append((func.__name__, path, exc_info[0].__name__))
shutil.rmtree("missing_dir", onerror=onerror)
shutil.rmtree("src/link_sub", onerror=onerror)
shutil.rmtree("src/a.txt", onerror=onerror)
print(errors)
attempt(shutil.rmtree, "src/link_sub")
shutil.rmtree("missing_dir", ignore_errors=True)
shutil.rmtree("dst1")
print(os.path.exists("dst1"), os.path.exists("src/sub"))

os.makedirs("bin")
write("bin/tool")
os.chmod("bin/tool", 0o755)
write("bin/plain")
print(shutil.which("tool", path="bin") == os.path.join("bin", "tool"), shutil.which("plain", path="bin"),
      shutil.which(b"tool", path=b"bin:bin"), shutil.which("bin/tool"), shutil.which("tool", path=""))
attempt(shutil.register_archive_format, "x", "notcallable")
attempt(shutil.register_archive_format, "x", len, extra_args=[("a",)])
attempt(shutil.register_archive_format, "x", len, extra_args="ab")
attempt(shutil.make_archive, "out", "nosuchformat")
attempt(shutil.unpack_archive, "file.unknownext")
attempt(shutil.unpack_archive, "file.zip", format="nosuch")
shutil.register_unpack_format("mine", [".mine"], lambda f, d, **k: print("unpack", f, d == os.getcwd(), k), [("level", 1)])
attempt(shutil.register_unpack_format, "other", [".mine"], len)
shutil.unpack_archive("thing.mine")
print([f for f in shutil.get_unpack_formats() if f[0] == "mine"])
shutil.unregister_unpack_format("mine")
shutil.register_archive_format("fake", lambda base_name, base_dir, **kw: (os.path.basename(base_name), base_dir, sorted(kw)), [("extra", 2)], "a fake")
print([f for f in shutil.get_archive_formats() if f[0] == "fake"])
attempt(shutil.make_archive, "arch", "fake", root_dir="bin")
attempt(shutil.make_archive, "arch", "fake", root_dir="bin/tool")
print(os.getcwd() == base)
attempt(shutil.chown, "bin/tool")
os.environ["COLUMNS"], os.environ["LINES"] = "123", "45"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "-1"
print(shutil.get_terminal_size((77, 11)).columns in (77, os.get_terminal_size().columns if os.isatty(1) else 77))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
