"""getpass: the user's login name, and reading a password without echo.

pygen has no terminal control, so getpass() reads a line from stdin and
warns that the input may be echoed (as CPython does when it cannot turn
echo off)."""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: the first of LOGNAME, USER, LNAME, USERNAME that is
    set, else the password database entry of the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd
    except ImportError:
        raise OSError('No username set in the environment')
    return pwd.getpwuid(os.getuid())[0]


def getpass(prompt='Password: ', stream=None):
    import warnings
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line
