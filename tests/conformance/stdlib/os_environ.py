# os: environ/getenv/putenv, process facts, fspath/PathLike, constants and wait-status helpers.
import os

os.environ["PYGEN_TEST_VAR"] = "value 1"
print(os.environ["PYGEN_TEST_VAR"], os.getenv("PYGEN_TEST_VAR"), "PYGEN_TEST_VAR" in os.environ)
print(os.environb[b"PYGEN_TEST_VAR"])
del os.environ["PYGEN_TEST_VAR"]
print(os.getenv("PYGEN_TEST_VAR"), os.getenv("PYGEN_TEST_VAR", "dflt"), "PYGEN_TEST_VAR" in os.environ)
try:
    os.environ["PYGEN_TEST_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(os.environ.setdefault("PYGEN_OTHER", "d"), os.environ.pop("PYGEN_OTHER"), os.environ.pop("PYGEN_OTHER", None))
print(isinstance(os.environ.copy(), dict), os.getcwd() == os.path.abspath("."))
print(os.getpid() > 0, os.getppid() > 0, isinstance(os.getuid(), int), os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.F_OK, os.W_OK)


class P:
    def __fspath__(self):
        return "some/path"


print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()), isinstance(P(), os.PathLike), isinstance("x", os.PathLike))
for bad in (1, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(os.fsencode("x"), os.fsdecode(b"y"))
print(os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9),
      os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(15))
pid = os.fork()
if pid == 0:
    os._exit(7)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
print(os.path is __import__("posixpath"), __import__("sys").modules["os.path"] is os.path)
