# subprocess for pygen: Popen and the run/call/check_* helpers, on POSIX only.
#
# How the work is split:
#   - the fork and the child's fd wiring are C++ (_posixsubprocess.fork_exec);
#   - _Plumbing decides the six descriptors (child's end, our end, per standard stream) and
#     remembers which of them this Popen opened, so one list says what to close and when;
#   - _child_failure turns the child's error-pipe report into FileNotFoundError and friends;
#   - _Exchange is one communicate() session (input still to send, output gathered so far),
#     kept on the Popen so a communicate() retried after TimeoutExpired resumes it; it is a
#     selectors loop, no threads.
# Written for pygen; CPython counterpart: Lib/subprocess.py.

import errno
import io
import os
import selectors
import signal
import sys
import time
import types

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

_mswindows = False
_USE_VFORK = False           # pygen's fork_exec always forks
_USE_POSIX_SPAWN = False
_fork_exec = _posixsubprocess.fork_exec
# communicate() registers at most three fds: poll() is the lightest selector for that.
_PopenSelector = selectors.PollSelector
_active = []                 # children are reaped by wait()/__exit__, never left for _cleanup

PIPE = -1
STDOUT = -2
DEVNULL = -3

_NONE = -1                   # "no descriptor" in the six-fd plan
_WRITE_CHUNK = 65536         # bytes offered per write to a non-blocking stdin pipe
_READ_CHUNK = 32768
_ERRPIPE_LIMIT = 50000       # the child's report is short; more than this is garbage


class SubprocessError(Exception):
    pass


def _output_alias():
    # Both exceptions below keep the child's standard output in .output; .stdout names the same
    # slot, as CompletedProcess spells it.
    def read(self):
        return self.output

    def write(self, value):
        self.output = value
    return property(read, write)


class CalledProcessError(SubprocessError):
    """Raised by check_call/check_output/run(check=True) on a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        status = self.returncode
        if not status or status > 0:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, status)
        # A negative status is the signal that ended the child.
        try:
            cause = signal.Signals(-status)
        except ValueError:
            return "Command '%s' died with unknown signal %d." % (self.cmd, -status)
        return "Command '%s' died with %r." % (self.cmd, cause)

    stdout = _output_alias()


class TimeoutExpired(SubprocessError):
    """Raised when a wait or communicate() outlives its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias()


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = [('args', self.args), ('returncode', self.returncode)]
        # The captured streams are shown only when something was captured.
        shown += [(name, getattr(self, name)) for name in ('stdout', 'stderr')
                  if getattr(self, name) is not None]
        body = ', '.join('%s=%r' % pair for pair in shown)
        return '%s(%s)' % (type(self).__name__, body)

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- The convenience functions ----

def _cleanup():
    """Reap finished children left behind by discarded Popen objects. pygen's Popen waits for
    its child when it is waited on or closed, so there is nothing left to reap here."""


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait, return its exit status."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except:
            # Whatever interrupted the wait (timeout, Ctrl-C), the child must not outlive us.
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero status raises CalledProcessError."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    command = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if command is None else command)


_TEXT_SWITCHES = ('universal_newlines', 'text', 'encoding', 'errors')


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; a non-zero status raises."""
    for fixed in ('stdout', 'check'):
        if fixed in kwargs:
            raise ValueError(f'{fixed} argument not allowed, it will be overridden.')
    if kwargs.get('input', 0) is None:
        # An explicit input=None means "send nothing" here, not "inherit our stdin".
        textual = any(kwargs.get(switch) for switch in _TEXT_SWITCHES)
        kwargs['input'] = '' if textual else b''
    done = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return done.stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command to completion and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if (kwargs.get('stdout'), kwargs.get('stderr')) != (None, None):
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs.update(stdout=PIPE, stderr=PIPE)
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already carries the output read before the deadline; reap the
            # killed child so it leaves no zombie.
            child.kill()
            child.wait()
            raise
        except:
            child.kill()
            raise
        status = child.poll()
    if check and status:
        raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of cmd run by the shell, stderr included, last newline removed."""
    try:
        status = 0
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
    except CalledProcessError as failed:
        status, text = failed.returncode, failed.output
    return status, (text[:-1] if text.endswith('\n') else text)


def getoutput(cmd, *, encoding=None, errors=None):
    """Output (stdout and stderr) of cmd run by the shell."""
    status_and_text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return status_and_text[1]


def _quote_for_msvcrt(arg):
    # Backslashes are literal except in front of a double quote, where each must be doubled and
    # the quote escaped; a quoted argument's trailing run is doubled too, since the closing
    # quote follows it.
    quoted = not arg or ' ' in arg or '\t' in arg
    out = []
    pending = 0
    for ch in arg:
        if ch == '\\':
            pending += 1
            continue
        out.append('\\' * (2 * pending + 1) + ch if ch == '"' else '\\' * pending + ch)
        pending = 0
    if quoted:
        return '"' + ''.join(out) + '\\' * (2 * pending) + '"'
    return ''.join(out) + '\\' * pending


def list2cmdline(seq):
    """Join arguments into one command line with the MS C runtime's quoting rules."""
    return ' '.join(_quote_for_msvcrt(os.fsdecode(arg)) for arg in seq)


def _text_encoding():
    return 'utf-8'


def _decode_output(data, stream):
    # Text mode reads universal newlines: \r\n and a lone \r both become \n.
    text = data.decode(stream.encoding, stream.errors)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _quietly(action, *args, einval=False):
    """Runs a write/flush/close on stdin, ignoring a reader that has gone away (the child
    exited early: not the caller's error; some systems say EINVAL for it)."""
    try:
        action(*args)
    except BrokenPipeError:
        pass
    except OSError as exc:
        if not einval or exc.errno != errno.EINVAL:
            raise


# ---- Starting the child ----

class _Plumbing:
    """The six descriptors for fork_exec, -1 where a stream is inherited, and the ones opened
    here for the child (pipe ends, /dev/null), which the parent closes once the child has them
    or when starting it failed."""

    def __init__(self):
        self.opened = []
        self.devnull = None

    def null(self):
        if self.devnull is None:
            self.devnull = os.open(os.devnull, os.O_RDWR)
            self.opened.append(self.devnull)
        return self.devnull

    def route(self, spec, child_reads):
        """(child's fd, our fd) for one stream specification."""
        if spec is None:
            return _NONE, _NONE
        if spec == PIPE:
            read_end, write_end = os.pipe()
            ours, theirs = (write_end, read_end) if child_reads else (read_end, write_end)
            self.opened.append(theirs)
            return theirs, ours
        if spec == DEVNULL:
            return self.null(), _NONE
        # An int is taken as is (a bad one is the child's dup2 to report, as EBADF).
        return (spec if isinstance(spec, int) else spec.fileno()), _NONE

    def release(self, strict=True):
        fds, self.opened = self.opened, []
        for fd in fds:
            try:
                os.close(fd)
            except OSError:
                if strict:
                    raise


def _normalize_args(args, shell, executable):
    """(argv list, program to look up) for fork_exec."""
    if isinstance(args, (str, bytes)):
        argv = [args]
    elif isinstance(args, os.PathLike):
        if shell:
            raise TypeError('path-like args is not allowed when shell is true')
        argv = [args]
    else:
        argv = list(args)
    if shell:
        argv[:0] = [executable or '/bin/sh', '-c']
    return argv, (argv[0] if executable is None else executable)


def _candidates(program, env):
    # A name with a directory part is used as is; a bare name is tried in each PATH entry
    # (the child's PATH when env is given) in order.
    program = os.fsencode(program)
    if os.path.dirname(program):
        return (program,)
    return tuple(os.path.join(os.fsencode(folder), program) for folder in os.get_exec_path(env))


def _environment_block(env):
    if env is None:
        return None
    block = []
    for name, value in env.items():
        raw_name = os.fsencode(name)
        if b'=' in raw_name:
            raise ValueError("illegal environment variable name")
        block.append(b'%s=%s' % (raw_name, os.fsencode(value)))
    return block


def _drain(fd):
    # The error pipe is close-on-exec in the child: EOF with nothing read means exec worked.
    report = bytearray()
    while len(report) <= _ERRPIPE_LIMIT:
        try:
            piece = os.read(fd, _ERRPIPE_LIMIT)
        except InterruptedError:
            continue
        if not piece:
            break
        report += piece
    return bytes(report)


# Which file an OSError from the child names, by the step the child reports as failing.
_BLAMED = {'chdir': lambda cwd, program: cwd, 'noexec': lambda cwd, program: None}


def _child_failure(report, cwd, program):
    """The exception for the child's report 'ExceptionName:hex errno:detail'."""
    try:
        kind, code, detail = report.split(b':', 2)
        detail = detail.decode()
    except ValueError:
        return SubprocessError('Bad exception data from child: {!r}'.format(bytes(report)))
    if kind != b'OSError':
        return SubprocessError(detail)
    number = int(code, 16)
    filename = _BLAMED.get(detail, lambda cwd, program: program)(cwd, program)
    message = os.strerror(number) if number else detail
    if filename is None:
        return OSError(number, message)
    return OSError(number, message, filename)


# ---- communicate() ----

class _Exchange:
    """One communicate() session: feeds stdin from a non-blocking pipe and collects stdout and
    stderr chunks until every registered stream is done, or the deadline passes."""

    def __init__(self, proc, data):
        self.proc = proc
        self.data = data
        self.sent = 0
        self.chunks = {stream: [] for stream in (proc.stdout, proc.stderr) if stream}

    def gathered(self, stream):
        return self.chunks[stream] if stream else None

    def joined(self, stream):
        parts = self.gathered(stream)
        return None if parts is None else b''.join(parts)

    def overdue(self, timeout):
        # The output so far travels with the exception (bytes even in text mode, as CPython);
        # a stream that has produced nothing yet shows as None.
        parts = [self.gathered(stream) for stream in (self.proc.stdout, self.proc.stderr)]
        out, err = [b''.join(p) if p else None for p in parts]
        return TimeoutExpired(self.proc.args, timeout, output=out, stderr=err)

    def feed(self, selector, stdin, fd):
        piece = self.data[self.sent:self.sent + _WRITE_CHUNK]
        try:
            self.sent += os.write(fd, piece)
        except BlockingIOError:
            return
        except BrokenPipeError:
            pass
        else:
            if self.sent < len(self.data):
                return
        selector.unregister(stdin)
        stdin.close()

    def collect(self, selector, stream, fd):
        piece = os.read(fd, _READ_CHUNK)
        if not piece:
            selector.unregister(stream)
            stream.close()
        self.chunks[stream].append(piece)

    def run(self, sending, endtime, timeout):
        proc = self.proc
        with _PopenSelector() as selector:
            if proc.stdin and sending:
                selector.register(proc.stdin, selectors.EVENT_WRITE)
            for stream in (proc.stdout, proc.stderr):
                if stream and not stream.closed:
                    selector.register(stream, selectors.EVENT_READ)
            while selector.get_map():
                left = None if endtime is None else endtime - time.monotonic()
                if left is not None and left < 0:
                    raise self.overdue(timeout)
                ready = selector.select(left)
                if endtime is not None and time.monotonic() > endtime:
                    raise self.overdue(timeout)
                for key, _ in ready:
                    if key.fileobj is proc.stdin:
                        self.feed(selector, key.fileobj, key.fd)
                    elif key.fileobj in self.chunks:
                        self.collect(selector, key.fileobj, key.fd)


class Popen:
    """A child process with optional pipes to its standard streams."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._exchange = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if (user, group, extra_groups) != (None, None, None):
            raise NotImplementedError("user, group and extra_groups are not supported by pygen")
        if text is not None and universal_newlines is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = self.returncode = None
        self.pipesize = pipesize
        self.errors = errors
        # Any of these asks for text; the attribute keeps the first truthy value, as CPython's.
        wants_text = encoding or errors or text or universal_newlines
        self.text_mode = wants_text
        if wants_text and encoding is None:
            encoding = _text_encoding()
        self.encoding = encoding
        self._sigint_wait_secs = 0.25

        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        self._plumbing = _Plumbing()
        fds = self._get_handles(stdin, stdout, stderr)
        try:
            self._open_streams(fds, bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env, shell, *fds, restore_signals,
                                -1 if process_group is None else process_group,
                                start_new_session, umask)
        except:
            for stream in (self.stdin, self.stdout, self.stderr):
                if stream:
                    try:
                        stream.close()
                    except OSError:
                        pass
            self._plumbing.release(strict=False)
            raise

    def _open_streams(self, fds, bufsize):
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = fds
        line_buffering = bufsize == 1 and bool(self.text_mode)
        if line_buffering:
            # Line buffering is the text layer's job; the binary layer keeps its default.
            bufsize = -1
        coding = dict(encoding=self.encoding, errors=self.errors)
        if p2cwrite != _NONE:
            self.stdin = io.open(p2cwrite, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering, **coding)
        for name, fd in (('stdout', c2pread), ('stderr', errread)):
            if fd != _NONE:
                stream = io.open(fd, 'rb', bufsize)
                setattr(self, name, io.TextIOWrapper(stream, **coding) if self.text_mode
                        else stream)

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        # Long command lines are cut to 80 characters, the end marked with "...>".
        return text if len(text) <= 80 else text[:76] + "...>"

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        try:
            for stream in (self.stdout, self.stderr):
                if stream:
                    stream.close()
            if self.stdin:
                _quietly(self.stdin.close)
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()
            else:
                # Ctrl-C went to the child too: give it a moment to exit, once, then let the
                # interrupt propagate without waiting further.
                if self._sigint_wait_secs > 0:
                    self._grace_after_interrupt(None)
                self._sigint_wait_secs = 0

    def _get_devnull(self):
        return self._plumbing.null()

    def _get_handles(self, stdin, stdout, stderr):
        """The six fds (-1 for none): child stdin read/parent write, and so on."""
        plumbing = self._plumbing
        p2cread, p2cwrite = plumbing.route(stdin, child_reads=True)
        c2pwrite, c2pread = plumbing.route(stdout, child_reads=False)
        if stderr == STDOUT:
            # Both go where stdout goes: our own stdout when the child inherits it.
            errread = _NONE
            errwrite = c2pwrite if c2pwrite != _NONE else sys.__stdout__.fileno()
        else:
            errwrite, errread = plumbing.route(stderr, child_reads=False)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, process_group, start_new_session, umask):
        argv, program = _normalize_args(args, shell, executable)
        search = _candidates(program, env)
        env_block = _environment_block(env)
        keep = tuple(sorted({int(fd) for fd in pass_fds}))
        workdir = None if cwd is None else os.fsencode(cwd)

        # fork_exec needs the child's descriptors off 0..2 in our numbering or its dup2 steps
        # would clobber one another; os.pipe never hands those out while 0..2 are open.
        report_fd, child_report_fd = os.pipe()
        try:
            try:
                self.pid = _fork_exec(
                    [os.fsencode(a) for a in argv], search, close_fds, keep, workdir, env_block,
                    p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, report_fd,
                    child_report_fd, restore_signals, start_new_session, process_group, umask,
                    preexec_fn)
                self._child_created = True
            finally:
                os.close(child_report_fd)
            self._plumbing.release()
            report = _drain(report_fd)
        finally:
            os.close(report_fd)
        if report:
            # exec failed: the child has exited; reap it before raising its error here.
            try:
                reaped, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            else:
                if reaped == self.pid:
                    self._handle_exitstatus(status)
                else:
                    self.returncode = sys.maxsize
            raise _child_failure(report, cwd, program)

    def _handle_exitstatus(self, sts):
        # A stopped child reports the stopping signal, negated like a killing one.
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _reap(self, flags):
        """One waitpid(); records the status if the child has ended. A child reaped elsewhere
        (or with SIGCHLD ignored) has lost its status: 0 then, as CPython says."""
        try:
            pid, status = os.waitpid(self.pid, flags)
        except ChildProcessError:
            self.returncode = 0
            return
        if pid == self.pid:
            self._handle_exitstatus(status)

    def poll(self):
        """Exit status if the child has ended (it is reaped then), else None."""
        return self._internal_poll()

    def _internal_poll(self):
        if self.returncode is None:
            self._reap(os.WNOHANG)
        return self.returncode

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - time.monotonic()

    def _grace_after_interrupt(self, endtime):
        # After Ctrl-C (which the child got too) wait a little for it to exit, never past the
        # caller's own deadline, and only the first time.
        grace = self._sigint_wait_secs
        if endtime is not None:
            grace = min(grace, endtime - time.monotonic())
        self._sigint_wait_secs = 0
        try:
            self._wait(timeout=grace)
        except TimeoutExpired:
            pass

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit status."""
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._grace_after_interrupt(endtime)
            raise

    def _wait(self, timeout):
        if timeout is None:
            while self.returncode is None:
                self._reap(0)
            return self.returncode
        # A bounded wait polls, the pause doubling from half a millisecond up to 50 ms.
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while self._internal_poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            pause = min(2 * pause, left, 0.05)
            time.sleep(pause)
        return self.returncode

    def _stdin_write(self, input):
        if input:
            _quietly(self.stdin.write, input, einval=True)
        _quietly(self.stdin.close, einval=True)

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout/stderr to the end, wait; returns (stdout, stderr)."""
        started = self._communication_started
        if started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and not started and len(pipes) <= 1:
            # One pipe at most: plain blocking I/O cannot deadlock.
            return self._communicate_simply(input)
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            out, err = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            self._grace_after_interrupt(endtime)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (out, err)

    def _communicate_simply(self, input):
        captured = [None, None]
        if self.stdin:
            self._stdin_write(input)
        else:
            for slot, stream in enumerate((self.stdout, self.stderr)):
                if stream:
                    captured[slot] = stream.read()
                    stream.close()
        self.wait()
        return tuple(captured)

    def _communicate(self, input, endtime, orig_timeout):
        stdin = self.stdin
        if stdin and not self._communication_started:
            _quietly(stdin.flush)
            if not input:
                _quietly(stdin.close)
        if self._exchange is None:
            data = input
            if stdin and input is not None and self.text_mode:
                data = input.encode(stdin.encoding, stdin.errors)
            self._exchange = _Exchange(self, data)
        exchange = self._exchange
        if stdin and input and not stdin.closed:
            # Our end only: a partial write returns at once, so a full pipe never stalls the
            # loop while the child waits for us to read its output.
            os.set_blocking(stdin.fileno(), False)
        exchange.run(input, endtime, orig_timeout)
        self.wait(timeout=self._remaining_time(endtime))
        results = [exchange.joined(self.stdout), exchange.joined(self.stderr)]
        if self.text_mode:
            for slot, stream in enumerate((self.stdout, self.stderr)):
                if results[slot] is not None:
                    results[slot] = _decode_output(results[slot], stream)
        return tuple(results)

    def send_signal(self, sig):
        """Send signal sig to the child (nothing if it has been reaped)."""
        if self.poll() is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """SIGTERM the child."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """SIGKILL the child."""
        self.send_signal(signal.SIGKILL)
