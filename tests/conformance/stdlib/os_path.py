# os.path (posixpath): the text operations on str and bytes, and the queries over the file system.
import os.path as p

for a in ["", "/", "a", "a/", "/a/b", "a/b/", "//a", "///a//b", "a/./b/../c", "../x", "/..", "a/b.c.d", ".bashrc", "a/.b.c", "x..."]:
    print(repr(a), p.split(a), p.splitext(a), p.basename(a), p.dirname(a), p.normpath(a), p.isabs(a))
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join(b"a", b"b"))
print(p.normpath(b"/a//b/../c/."), p.splitext(b"f.txt"), p.split(b"/x/y"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.relpath("/a/b/c", "/a/x"), p.relpath("a/b", "a"), p.relpath("/a", "/a"))
print(p.expanduser("~") == __import__("os").environ["HOME"], p.expanduser("x~"), p.expandvars("$HOME") == p.expanduser("~"),
      p.expandvars("$NO_SUCH_VAR_X/${NO_SUCH}"))
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.exists("/no/such/thing"), p.islink("/"), p.ismount("/"))
print(p.abspath("/a/./b/../c"), p.realpath("/") == "/", p.samefile(".", p.abspath(".")))
try:
    p.join("a", b"b")
except TypeError as e:
    print(e)
try:
    p.join(1)
except TypeError as e:
    print(e)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
