# subprocess for pygen: Popen and the run/call/check_* helpers, on POSIX only. The fork and the
# child's fd wiring are in C++ (_posixsubprocess.fork_exec); this file chooses the fds, builds
# argv/env, turns the child's error-pipe report into FileNotFoundError and friends, and does the
# waiting and communicate() (a selectors loop, no threads).
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
PIPE = -1
STDOUT = -2
DEVNULL = -3

# Bytes offered to a pipe per write by communicate() (the fd is non-blocking there).
_PIPE_CHUNK = 65536


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call/check_output/run(check=True) on a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a wait or communicate() outlives its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- Helpers ----

def _cleanup():
    """Reap finished children left behind by discarded Popen objects. pygen's Popen waits for
    its child when it is waited on or closed, so there is nothing left to reap here."""


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait, return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero status raises CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; a non-zero status raises."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None means "no input", not "inherit stdin" here (as CPython).
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command to completion and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            # _communicate already put the output read so far into the exception.
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of cmd run by the shell, stderr included, last newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Output (stdout and stderr) of cmd run by the shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line with the MS C runtime's quoting rules."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs.append(c)
            elif c == '"':
                result.append('\\' * len(bs) * 2)
                bs = []
                result.append('\\"')
            else:
                if bs:
                    result.extend(bs)
                    bs = []
                result.append(c)
        if bs:
            result.extend(bs)
        if needquote:
            result.extend(bs)
            result.append('"')
    return ''.join(result)


def _text_encoding():
    return 'utf-8'


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """A child process with optional pipes to its standard streams."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("user, group and extra_groups are not supported by pygen")
        if pass_fds and not close_fds:
            close_fds = True
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if text is not None and universal_newlines is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        self._sigint_wait_secs = 0.25
        self._closed_child_pipe_fds = False
        if process_group is None:
            process_group = -1

        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        line_buffering = False
        if bufsize == 1 and self.text_mode:
            # Line buffering is the text layer's job; the binary layer keeps its default.
            line_buffering = True
            bufsize = -1
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                restore_signals, process_group, start_new_session, umask)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                to_close = []
                if stdin == PIPE:
                    to_close.append(p2cread)
                if stdout == PIPE:
                    to_close.append(c2pwrite)
                if stderr == PIPE:
                    to_close.append(errwrite)
                if hasattr(self, '_devnull'):
                    to_close.append(self._devnull)
                for fd in to_close:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

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
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type == KeyboardInterrupt:
                # Give the child a moment to exit on its own SIGINT, as CPython does.
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
                return
            self.wait()

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _stream_fd(self, stream):
        # A bad fd number is the child's dup2 to report (EBADF through the error pipe).
        if isinstance(stream, int):
            return stream
        return stream.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        """The six fds (-1 for none): child stdin read/parent write, and so on."""
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        else:
            p2cread = self._stream_fd(stdin)
        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        else:
            c2pwrite = self._stream_fd(stdout)
        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        else:
            errwrite = self._stream_fd(stderr)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, process_group, start_new_session, umask):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable

        argv = [os.fsencode(a) for a in args]
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(os.path.join(os.fsencode(d), executable)
                                    for d in os.get_exec_path(env))
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b'=' + os.fsencode(v))
        else:
            env_list = None
        fds_to_keep = set(pass_fds)
        cwd_bytes = os.fsencode(cwd) if cwd is not None else None

        errpipe_read, errpipe_write = os.pipe()
        # The child's descriptors must not sit on 0..2 in the parent's numbering, or the
        # child's dup2 dance would clobber them; os.pipe never gives those while 0..2 are open.
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    argv, executable_list, close_fds, tuple(sorted(map(int, fds_to_keep))),
                    cwd_bytes, env_list, p2cread, p2cwrite, c2pread, c2pwrite, errread,
                    errwrite, errpipe_read, errpipe_write, restore_signals, start_new_session,
                    process_group, umask, preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

            # An empty error pipe means exec succeeded (it was close-on-exec).
            parts = []
            while True:
                try:
                    part = os.read(errpipe_read, 50000)
                except InterruptedError:
                    continue
                if not part:
                    break
                parts.append(part)
                if sum(map(len, parts)) > 50000:
                    break
            errpipe_data = b''.join(parts)
        finally:
            os.close(errpipe_read)

        if errpipe_data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            try:
                exception_name, hex_errno, err_msg = errpipe_data.split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exception_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(errpipe_data))
            exc_type = {b'OSError': OSError}.get(exception_name, SubprocessError)
            if exc_type is OSError:
                errno_num = int(hex_errno, 16)
                if err_msg == 'chdir':
                    err_filename = cwd
                elif err_msg == 'noexec':
                    err_filename = None
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                if err_filename is not None:
                    raise exc_type(errno_num, err_msg, err_filename)
                raise exc_type(errno_num, err_msg)
            raise exc_type(err_msg)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        """Closes the parent's copies of the child's ends (only those Popen opened)."""
        devnull = getattr(self, '_devnull', None)
        if p2cread != -1 and p2cwrite != -1:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1:
            os.close(errwrite)
        if devnull is not None:
            os.close(devnull)
        self._closed_child_pipe_fds = True

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Exit status if the child has ended (it is reaped then), else None."""
        return self._internal_poll()

    def _internal_poll(self):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                # Reaped by someone else (or SIGCHLD ignored): status lost, as CPython says 0.
                self.returncode = 0
        return self.returncode

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or time.monotonic() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit status."""
        if timeout is not None:
            endtime = time.monotonic() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                if self._internal_poll() is not None:
                    break
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                try:
                    pid, sts = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    pid, sts = self.pid, 0
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout/stderr to the end, wait; returns (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if timeout is None and not self._communication_started and \
                [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            endtime = time.monotonic() + timeout if timeout is not None else None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            except KeyboardInterrupt:
                if timeout is not None:
                    sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
                else:
                    sigint_timeout = self._sigint_wait_secs
                self._sigint_wait_secs = 0
                try:
                    self._wait(timeout=sigint_timeout)
                except TimeoutExpired:
                    pass
                raise
            finally:
                self._communication_started = True
            self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        stdout = None
        stderr = None
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]
        self._save_input(input)
        if self.stdin and input and not self.stdin.closed:
            # Non-blocking writes of large chunks: a partial write returns at once, so a full
            # pipe never blocks the loop (the flag is on our end of the pipe only).
            os.set_blocking(self.stdin.fileno(), False)
        with selectors.DefaultSelector() as selector:
            if self.stdin and input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            if self.stdout and not self.stdout.closed:
                selector.register(self.stdout, selectors.EVENT_READ)
            if self.stderr and not self.stderr.closed:
                selector.register(self.stderr, selectors.EVENT_READ)
            while selector.get_map():
                timeout = self._remaining_time(endtime)
                if timeout is not None and timeout < 0:
                    self._check_timeout(endtime, orig_timeout, stdout, stderr,
                                        skip_check_and_raise=True)
                    raise RuntimeError('_check_timeout(..., skip_check_and_raise=True) failed '
                                       'to raise TimeoutExpired.')
                ready = selector.select(timeout)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
                for key, events in ready:
                    if key.fileobj is self.stdin:
                        chunk = self._input[self._input_offset:self._input_offset + _PIPE_CHUNK]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BlockingIOError:
                            continue
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    elif key.fileobj in (self.stdout, self.stderr):
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._fileobj2output[key.fileobj].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send signal sig to the child (nothing if it has been reaped)."""
        self.poll()
        if self.returncode is not None:
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
