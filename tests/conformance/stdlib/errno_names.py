# errno: names, errorcode, and the OSError subclass each errno picks.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK])
print(len(errno.errorcode) > 100, all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.ECONNRESET, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EAGAIN, errno.EINTR, errno.ECHILD,
             errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL]:
    e = OSError(code, "message", "file")
    print(code, type(e).__name__, e)
print(OSError(2, "x"), OSError("just text"), OSError(2, "x", "a", None, "b"))
