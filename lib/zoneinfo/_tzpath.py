# zoneinfo's search path: TZPATH (from PYTHONTZPATH or the system's default folders), turning a key
# into the TZif file it names, and the keys available on the path.
# Written for pygen from PEP 615 and the documented behaviour of CPython 3.11.

import os

__all__ = ["TZPATH", "reset_tzpath", "find_tzfile", "available_timezones", "InvalidTZPathWarning"]

# Where Debian's (and most systems') tz database lives, as Debian's CPython is configured.
_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")


class InvalidTZPathWarning(RuntimeWarning):
    """Warned when PYTHONTZPATH holds a relative path, which is then left out."""


def _relative_paths_message(paths):
    return ("Paths should be absolute but found the following relative paths:\n"
            + "\n".join("    " + p for p in paths))


def _from_environment(text):
    if not text:
        return ()
    parts = text.split(os.pathsep)
    good = tuple(p for p in parts if os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        bad = [p for p in parts if not os.path.isabs(p)]
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(bad), InvalidTZPathWarning, stacklevel=4)
    return good


def reset_tzpath(to=None):
    """Sets TZPATH: to the sequence of absolute paths given, else from PYTHONTZPATH or the
    system default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        bad = [p for p in to if not os.path.isabs(p)]
        if bad:
            raise ValueError(_relative_paths_message(bad))
        TZPATH = tuple(to)
        return
    env = os.environ.get("PYTHONTZPATH", None)
    TZPATH = _from_environment(env) if env is not None else _DEFAULT_TZPATH


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # Resolved against a stand-in root, a key that climbs out of it names no file under TZPATH.
    if not os.path.normpath(os.path.join("/_root_", normal)).startswith("/_root_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of the first file on TZPATH for key, or None."""
    _check_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        try:
            if os.path.isfile(path):
                return path
        except ValueError:    # an embedded NUL: no such file
            pass
    return None


def available_timezones():
    """The set of keys of every TZif file on TZPATH ('right/' and 'posix/' left out, as they
    repeat the others, and 'posixrules', which is not a zone)."""
    keys = set()
    for root in TZPATH:
        for folder, subfolders, files in os.walk(root):
            if folder == root:
                for special in ("right", "posix"):
                    if special in subfolders:
                        subfolders.remove(special)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, root)
                if key.startswith("right/") or key.startswith("posix/") or key == "posixrules":
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) != b"TZif":
                            continue
                except OSError:
                    continue
                keys.add(key)
    return keys


TZPATH = ()
reset_tzpath()
