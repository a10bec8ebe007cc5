# fileinput: iterate over the lines of several files (or stdin, '-') as one stream, knowing
# which file and line each comes from; optionally rewriting the files in place (print goes to
# the file being read). CPython counterpart: Lib/fileinput.py.
import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None   # the FileInput of input(), while one is active


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """Starts the module-level FileInput that the functions below ask about, and returns it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                       errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Closes the module-level FileInput."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def nextfile():
    """Skips the rest of the current file."""
    return _active().nextfile()


def filename():
    """The name of the file being read ('<stdin>' for standard input)."""
    return _active().filename()


def lineno():
    """The number of the last line read, counted over all files."""
    return _active().lineno()


def filelineno():
    """The number of the last line read within its file."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the file being read, or -1."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup='', *, mode='r', openhook=None,
    encoding=None, errors=None): the lines of files (a name, a path or a sequence of them;
    by default sys.argv[1:], or stdin) one after another. With inplace, each file is moved to
    a backup and standard output is redirected into a new file of the original name."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            # No names at all (None: the command line's) means standard input.
            files = tuple(sys.argv[1:] if files is None else files) or ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if "b" not in mode and encoding is None and sys.flags.warn_default_encoding:
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = 'wb' if mode == 'rb' else 'w'
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readline(self):
        """The next line; '' (b'' in binary mode) once every file is read."""
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def nextfile(self):
        """Closes the current file (restoring stdout after an in-place file); the next read
        opens the next file."""
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            # Reading goes back through _readline, which opens the next file.
            self.__dict__.pop('_readline', None)
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _readline(self):
        """Opens the next file and reads its first line; an instance attribute of the same
        name (the open file's readline) stands in front of this while a file is open."""
        if not self._files:
            return b'' if 'b' in self._mode else ''
        self._filename, self._files = self._files[0], self._files[1:]
        self._startlineno += self._filelineno
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        encoding = None if 'b' in self._mode else (self._encoding or "locale")
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if 'b' in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_in_place(encoding)
        elif self._openhook:
            # Hooks written before 3.10 take no encoding: pass one only when it was given.
            extra = {} if self._encoding is None else {'encoding': self._encoding, 'errors': self._errors}
            self._file = self._openhook(self._filename, self._mode, **extra)
        else:
            self._file = open(self._filename, self._mode, errors=self._errors, encoding=encoding)
        self._readline = self._file.readline
        return self._readline()

    def _open_in_place(self, encoding):
        """Renames the file to its backup, reads from that, and sends stdout to a new file
        with the original name and permissions."""
        backup = self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
        try:
            os.unlink(backup)
        except OSError:
            pass
        os.rename(self._filename, backup)
        self._file = open(self._backupfilename, self._mode, encoding=encoding, errors=self._errors)
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(self._filename, self._write_mode, encoding=encoding,
                                errors=self._errors)
        else:
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, 'O_BINARY', 0)
            fd = os.open(self._filename, flags, permissions)
            self._output = os.fdopen(fd, self._write_mode, encoding=encoding, errors=self._errors)
            try:
                os.chmod(self._filename, permissions)
            except OSError:
                pass
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def filename(self):
        return self._filename

    def lineno(self):
        return self._filelineno + self._startlineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files through gzip and bz2."""
    text = "b" not in mode
    if encoding is None and text:
        encoding = "locale"
    suffix = os.path.splitext(filename)[1]
    if suffix not in ('.gz', '.bz2'):
        return open(filename, mode, errors=errors, encoding=encoding)
    if suffix == '.gz':
        import gzip
        raw = gzip.open(filename, mode)
    else:
        import bz2
        raw = bz2.BZ2File(filename, mode)
    # The compressed files open in binary mode; text mode wraps them.
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors) if text else raw


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding and errors."""
    def openhook(filename, mode):
        return open(filename, mode, errors=errors, encoding=encoding)
    return openhook


def _test():
    """python -m fileinput [-i] [-b backup] files...: numbers the lines of the files."""
    import getopt
    flags, names = getopt.getopt(sys.argv[1:], "ib:")
    settings = {'inplace': False, 'backup': False}
    for flag, value in flags:
        if flag == '-i':
            settings['inplace'] = True
        elif flag == '-b':
            settings['backup'] = value
    for line in input(names, **settings):
        text = line.rstrip('\n')
        if text.endswith('\r'):
            text = text[:-1]
        mark = "*" if isfirstline() else ""
        print(f"{lineno()}: {filename()}[{filelineno()}]{mark} {text}")
    print(f"{lineno()}: {filename()}[{filelineno()}]")


if __name__ == '__main__':
    _test()
