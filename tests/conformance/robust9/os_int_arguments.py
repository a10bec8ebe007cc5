# os functions convert their integer arguments as CPython's do, each with its converter's
# OverflowError, and never truncate: os.kill(1 << 32, sig) signalled the process group (pid 0),
# os._exit(1 << 32) exited with status 0, pwd.getpwuid(1 << 32) found root. Every call here fails
# before any system call is made.
import os
import pwd
import grp

BIG = [1 << 31, 1 << 32, -(1 << 32), 1 << 63, 1 << 64, -(1 << 64)]
calls = {
    "kill pid": lambda v: os.kill(v, 0),
    "kill sig": lambda v: os.kill(os.getpid(), v) if abs(v) >= 1 << 63 else None,
    "killpg pgid": lambda v: os.killpg(v, 0),
    "killpg sig": lambda v: os.killpg(os.getpgrp(), v) if v != 1 << 32 else os.killpg(os.getpgrp(), 1 << 32),
    "getpgid": lambda v: os.getpgid(v),
    "getsid": lambda v: os.getsid(v),
    "waitpid pid": lambda v: os.waitpid(v, 0),
    "waitpid options": lambda v: os.waitpid(-1, v),
    "sched_getaffinity": lambda v: os.sched_getaffinity(v),
    "_exit": lambda v: os._exit(v),
    "strerror": lambda v: os.strerror(v),
    "umask": lambda v: os.umask(v),
    "nice": lambda v: os.nice(v),
    "close": lambda v: os.close(v),
    "dup": lambda v: os.dup(v),
    "dup2": lambda v: os.dup2(0, v),
    "isatty": lambda v: os.isatty(v),
    "fsync": lambda v: os.fsync(v),
    "read fd": lambda v: os.read(v, 1),
    "read size": lambda v: os.read(0, v) if v > 1 << 62 or v < 0 else None,
    "write": lambda v: os.write(v, b""),
    "lseek how": lambda v: os.lseek(0, 0, v),
    "lseek pos": lambda v: os.lseek(0, v, 0) if abs(v) >= 1 << 63 else None,
    "pread offset": lambda v: os.pread(0, 1, v) if abs(v) >= 1 << 63 else None,
    "pwrite offset": lambda v: os.pwrite(1, b"", v) if abs(v) >= 1 << 63 else None,
    "open flags": lambda v: os.open("/nonexistent/x", v),
    "open mode": lambda v: os.open("/nonexistent/x", os.O_RDONLY, v),
    "mkdir mode": lambda v: os.mkdir("/nonexistent/x", v),
    "access mode": lambda v: os.access("/nonexistent", v),
    "chmod mode": lambda v: os.chmod("/nonexistent", v),
    "mkfifo mode": lambda v: os.mkfifo("/nonexistent/x", v),
    "urandom": lambda v: os.urandom(v) if v > 1 << 62 or v < 0 else None,
    "truncate length": lambda v: os.truncate("/nonexistent", v) if abs(v) >= 1 << 63 else None,
    "get_terminal_size": lambda v: os.get_terminal_size(v),
    "chown uid": lambda v: os.chown("/nonexistent", v, -1),
    "chown gid": lambda v: os.chown("/nonexistent", -1, v),
    "pidfd_open flags": lambda v: os.pidfd_open(os.getpid(), v),
    "WEXITSTATUS": lambda v: os.WEXITSTATUS(v),
    "WIFEXITED": lambda v: os.WIFEXITED(v),
    "waitstatus_to_exitcode": lambda v: os.waitstatus_to_exitcode(v),
    "getpwuid": lambda v: pwd.getpwuid(v),
    "getgrgid": lambda v: grp.getgrgid(v),
}
for name, f in calls.items():
    out = []
    for v in BIG:
        try:
            r = f(v)
            out.append("ok" if r is None else type(r).__name__)
        except (OverflowError, ValueError, KeyError, OSError) as e:
            out.append(f"{type(e).__name__}: {e}" if not isinstance(e, OSError) else type(e).__name__)
    print(name, "|", " | ".join(out))
for v in [-1, -2, 4294967295, 4294967294, "x", 1.5, None]:
    for f in (pwd.getpwuid, grp.getgrgid):
        try:
            f(v)
            print(f.__name__, repr(v), "found")
        except Exception as e:
            print(f.__name__, repr(v), type(e).__name__, e)
    try:
        os.chown("/nonexistent", v, -1)
    except Exception as e:
        print("chown", repr(v), type(e).__name__, e)
for v in [1.5, "3", None, True]:
    for f in (os.WIFEXITED, os.WEXITSTATUS, os.umask, os.strerror):
        try:
            r = f(v)
            print(f.__name__, repr(v), type(r).__name__)
        except TypeError as e:
            print(f.__name__, repr(v), e)
os.umask(0o22)
