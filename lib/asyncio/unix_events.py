# The loop and policy asyncio hands out on Unix.
#
# _UnixSelectorEventLoop adds to the selector loop:
#   * signal handlers: the C-level handler only writes the signal number to the loop's
#     self-pipe (signal.set_wakeup_fd); the loop reads it back and queues the Python callback;
#   * pipe transports (connect_read_pipe/connect_write_pipe and a subprocess's std streams);
#   * subprocesses, whose exit a child watcher reports.
#
# Child watchers: PidfdChildWatcher (the default here) registers a pidfd with the selector; the
# kernel makes it readable when the child exits, and the loop reaps it. No thread and no
# process-wide SIGCHLD handler is needed (CPython 3.11's default, ThreadedChildWatcher, needs a
# thread per child, and pygen has no threads). Where pidfd_open is unavailable (Linux < 5.3,
# seccomp) SafeChildWatcher polls each known child with WNOHANG on every SIGCHLD, delivered
# through the same wakeup-fd machinery as add_signal_handler.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/unix_events.py.

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'PidfdChildWatcher',
           'DefaultEventLoopPolicy')

import errno
import os
import signal
import stat
import sys

from . import base_subprocess
from . import coroutines
from . import events
from . import futures
from . import selector_events
from . import transports
from .log import logger
from .selector_events import _READ, _WRITE


def _sighandler_noop(signum, frame):
    """Installed for watched signals: the wakeup fd does the actual work."""


def _signal_call(install, sig, *args):
    """install(sig, *args) (signal.signal or similar), EINVAL reported as asyncio does."""
    try:
        install(sig, *args)
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise


def _stop_wakeup_fd():
    try:
        signal.set_wakeup_fd(-1)
    except (ValueError, OSError) as exc:
        logger.info('set_wakeup_fd(-1) failed: %s', exc)


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Selector loop with signal handlers, pipes and subprocesses."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}      # signal number -> Handle

    def close(self):
        super().close()
        if sys.is_finalizing():
            self._signal_handlers.clear()
            return
        for signum in tuple(self._signal_handlers):
            self.remove_signal_handler(signum)

    # ---- signals ----

    def _process_self_data(self, data):
        # Each byte the C handler wrote to the wakeup fd is one signal number (0: a plain wake).
        for signum in data:
            if signum:
                self._handle_signal(signum)

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop whenever signal sig arrives."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        self._make_self_pipe()
        try:
            signal.set_wakeup_fd(self._csock.fileno())
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        self._signal_handlers[sig] = events.Handle(callback, args, self, None)
        try:
            _signal_call(signal.signal, sig, _sighandler_noop)
            # Restart interrupted system calls: the handler runs later, in the loop.
            _signal_call(signal.siginterrupt, sig, False)
        except BaseException:
            self._signal_handlers.pop(sig, None)
            if not self._signal_handlers:
                _stop_wakeup_fd()
            raise

    def _handle_signal(self, sig):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
            return
        self._ready.append(handle)

    def remove_signal_handler(self, sig):
        """Remove the handler of sig (its previous disposition is not restored: SIGINT gets
        Python's default_int_handler, others SIG_DFL); True if there was one."""
        self._check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        _signal_call(signal.signal, sig,
                     signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        if not self._signal_handlers:
            _stop_wakeup_fd()
        return True

    # ---- pipes and subprocesses ----

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _UnixReadPipeTransport(self, pipe, protocol, waiter, extra)

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _UnixWritePipeTransport(self, pipe, protocol, waiter, extra)

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        with events.get_child_watcher() as watcher:
            if not watcher.is_active():
                raise RuntimeError("asyncio.get_child_watcher() is not activated, "
                                   "subprocess support is not installed.")
            started = self.create_future()
            transport = _UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout,
                                                 stderr, bufsize, waiter=started, extra=extra,
                                                 **kwargs)
            watcher.add_child_handler(transport.get_pid(), self._child_watcher_callback,
                                      transport)
            try:
                await started
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                # The pipes never connected: stop the child and reap it before failing.
                transport.close()
                await transport._wait()
                raise
        return transport

    def _child_watcher_callback(self, pid, returncode, transport):
        self.call_soon_threadsafe(transport._process_exited, returncode)


# ---- pipe transports ----

def _file_kind(fd):
    """'fifo', 'socket', 'char' (device) or None for what fd refers to."""
    mode = os.fstat(fd).st_mode
    for kind, test in (('fifo', stat.S_ISFIFO), ('socket', stat.S_ISSOCK),
                       ('char', stat.S_ISCHR)):
        if test(mode):
            return kind
    return None


class _PipeTransport:
    """What both pipe directions share: the pipe and its fd, the protocol, the repr and the
    final connection_lost."""

    _watch_slot = None      # the direction whose watch the repr reports

    def _adopt(self, loop, pipe, protocol, accepted, refusal):
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        kind = _file_kind(self._fileno)
        if kind not in accepted:
            self._pipe = self._fileno = self._protocol = None
            raise ValueError(refusal)
        os.set_blocking(self._fileno, False)
        return kind

    def _status_words(self):
        if self._pipe is None:
            return ['closed']
        if getattr(self._loop, '_selector', None) is None:
            return ['open']
        polling = selector_events._watched(self._loop, self._fileno, self._watch_slot)
        return ['polling' if polling else 'idle']

    def __repr__(self):
        words = [type(self).__name__]
        if self._pipe is None:
            words.append('closed')
        elif self._closing:
            words.append('closing')
        words.append(f'fd={self._fileno}')
        words += self._status_words()
        return '<' + ' '.join(words) + '>'

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def _report_fatal(self, exc, message, quiet):
        """An error the transport dies of: logged in debug mode when quiet (an expected end
        of the pipe), otherwise passed to the loop's exception handler."""
        if quiet:
            if self._loop.get_debug():
                logger.debug('%r: %s', self, message, exc_info=True)
            return
        self._loop.call_exception_handler({'message': message, 'exception': exc,
                                           'transport': self, 'protocol': self._protocol})

    def _lose_soon(self, exc):
        # connection_lost runs from the loop, after what is already queued.
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = self._protocol = self._loop = None


class _UnixReadPipeTransport(_PipeTransport, transports.ReadTransport):
    """Reads a pipe (or socket, or character device) without blocking."""

    max_size = 256 * 1024       # bytes read at most per readiness event
    _watch_slot = _READ

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._adopt(loop, pipe, protocol, ('fifo', 'socket', 'char'),
                    'Pipe transport is for pipes/sockets only.')
        self._paused = False
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def _start_reading(self):
        if self.is_reading():
            self._loop._watch(self._fileno, _READ, self._read_ready, ())

    def is_reading(self):
        return not (self._paused or self._closing)

    def _read_ready(self):
        try:
            data = os.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        # The writer closed its end: EOF, then the connection is over.
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._closing = True
        self._loop._unwatch(self._fileno, _READ)
        self._loop.call_soon(self._protocol.eof_received)
        self._lose_soon(None)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop._unwatch(self._fileno, _READ)

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._loop._watch(self._fileno, _READ, self._read_ready, ())

    def close(self):
        if not self._closing:
            self._shut(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        # EIO is how a pty reports that its other side went away.
        self._report_fatal(exc, message, isinstance(exc, OSError) and exc.errno == errno.EIO)
        self._shut(exc)

    def _shut(self, exc):
        self._closing = True
        self._loop._unwatch(self._fileno, _READ)
        self._lose_soon(exc)


class _UnixWritePipeTransport(_PipeTransport, transports._FlowControlMixin,
                              transports.WriteTransport):
    """Writes a pipe without blocking; what the kernel does not take waits in a buffer.
    close() is write_eof(): the pipe closes once the buffer has been written."""

    _watch_slot = _WRITE

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        kind = self._adopt(loop, pipe, protocol, ('fifo', 'socket', 'char'),
                           'Pipe transport is only for pipes, sockets and character devices')
        self._pending = bytearray()
        self._dead_writes = 0       # writes refused after an error or close (logged from 5)
        loop.call_soon(protocol.connection_made, self)
        if kind in ('fifo', 'socket'):
            # The write end turns readable when the reader closes its end: that is how the
            # transport learns the peer went away without writing to it.
            loop.call_soon(loop._watch, self._fileno, _READ, self._peer_gone, ())
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def _status_words(self):
        words = super()._status_words()
        if self._pipe is not None and words != ['open']:
            words.append(f'bufsize={self.get_write_buffer_size()}')
        return words

    def get_write_buffer_size(self):
        return len(self._pending)

    def _peer_gone(self):
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._shut(BrokenPipeError() if self._pending else None)

    def write(self, data):
        assert isinstance(data, (bytes, bytearray, memoryview)), repr(data)
        if not data:
            return
        if self._dead_writes or self._closing:
            if self._dead_writes >= selector_events.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('pipe closed by peer or os.write(pipe, data) raised exception.')
            self._dead_writes += 1
            return
        if not self._pending:
            # Nothing queued: write what the pipe takes now and queue the rest.
            written = self._attempt_write(data)
            if written is None:
                return
            if written == len(data):
                return
            data = memoryview(data)[written:]
            self._loop._watch(self._fileno, _WRITE, self._write_ready, ())
        self._pending += data
        self._maybe_pause_protocol()

    def _attempt_write(self, data):
        """os.write of data: the count written (0 if the pipe is full), None after a fatal
        error."""
        try:
            return os.write(self._fileno, data)
        except (BlockingIOError, InterruptedError):
            return 0
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._pending.clear()
            self._dead_writes += 1
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return None

    def _write_ready(self):
        written = self._attempt_write(self._pending)
        if not written:
            return
        if written < len(self._pending):
            del self._pending[:written]
            return
        self._pending.clear()
        self._loop._unwatch(self._fileno, _WRITE)
        self._maybe_resume_protocol()       # the protocol may write again from here
        if self._closing:
            self._loop._unwatch(self._fileno, _READ)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        assert self._pipe
        self._closing = True
        if not self._pending:
            self._loop._unwatch(self._fileno, _READ)
            self._lose_soon(None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._shut(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        self._report_fatal(exc, message, isinstance(exc, OSError))
        self._shut(exc)

    def _shut(self, exc=None):
        self._closing = True
        self._pending.clear()
        for slot in (_WRITE, _READ):
            self._loop._unwatch(self._fileno, slot)
        self._lose_soon(exc)


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        import subprocess
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, universal_newlines=False, bufsize=bufsize,
                                      **kwargs)


# ---- child watchers ----

class AbstractChildWatcher:
    """Calls callback(pid, returncode, *args) in the event loop when a child exits."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass


def _reap(pid, flags, unknown_note):
    """waitpid for pid: its returncode, None while it runs (with WNOHANG), 255 (logging
    unknown_note) when it is not our child or was reaped elsewhere."""
    try:
        got, status = os.waitpid(pid, flags)
    except ChildProcessError:
        logger.warning(unknown_note, pid)
        return 255
    return None if got == 0 else os.waitstatus_to_exitcode(status)


class PidfdChildWatcher(AbstractChildWatcher):
    """Watches each child through a pidfd registered with the running loop's selector."""

    def __init__(self):
        self._watched = {}      # pid -> [loop, pidfd, callback, args]

    def is_active(self):
        return True

    def attach_loop(self, loop):
        pass            # a child is watched by the loop running when it is added

    @staticmethod
    def _forget(loop, pidfd):
        if not loop.is_closed():
            loop._unwatch(pidfd, _READ)
        os.close(pidfd)

    def close(self):
        for loop, pidfd, _, _ in self._watched.values():
            self._forget(loop, pidfd)
        self._watched.clear()

    def add_child_handler(self, pid, callback, *args):
        entry = self._watched.get(pid)
        if entry is not None:
            entry[2:] = [callback, args]     # a new callback for a child already watched
            return
        loop = events.get_running_loop()
        pidfd = os.pidfd_open(pid)
        loop._watch(pidfd, _READ, self._exited, (pid,))
        self._watched[pid] = [loop, pidfd, callback, args]

    def _exited(self, pid):
        loop, pidfd, callback, args = self._watched.pop(pid)
        self._forget(loop, pidfd)
        callback(pid, _reap(pid, 0, 'child process pid %d exit status already read: '
                                    ' will report returncode 255'), *args)

    def remove_child_handler(self, pid):
        entry = self._watched.pop(pid, None)
        if entry is None:
            return False
        self._forget(entry[0], entry[1])
        return True


class SafeChildWatcher(AbstractChildWatcher):
    """Watches children with a SIGCHLD handler on the loop: each signal polls every known
    child with waitpid(pid, WNOHANG) (never waitpid(-1), so other children are left alone)."""

    def __init__(self):
        self._loop = None
        self._handlers = {}     # pid -> (callback, args)

    def is_active(self):
        return True

    def close(self):
        self.attach_loop(None)

    def attach_loop(self, loop):
        previous = self._loop
        if previous is not None and not previous.is_closed():
            previous.remove_signal_handler(signal.SIGCHLD)
        self._loop = loop
        if loop is None:
            return
        loop.add_signal_handler(signal.SIGCHLD, self._poll_all)
        self._poll_all()        # children that exited before the handler was in place

    def add_child_handler(self, pid, callback, *args):
        running = events.get_running_loop()
        if running is not self._loop:
            self.attach_loop(running)
        self._handlers[pid] = (callback, args)
        self._poll(pid)         # it may have exited already

    def remove_child_handler(self, pid):
        return self._handlers.pop(pid, None) is not None

    def _poll_all(self):
        for pid in tuple(self._handlers):
            self._poll(pid)

    def _poll(self, pid):
        returncode = _reap(pid, os.WNOHANG,
                           'Unknown child process pid %d, will report returncode 255')
        if returncode is None:
            return
        entry = self._handlers.pop(pid, None)
        if entry is not None:
            callback, args = entry
            callback(pid, returncode, *args)


def _pidfd_supported():
    try:
        probe = os.pidfd_open(os.getpid())
    except (AttributeError, OSError):
        return False
    os.close(probe)
    return True


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        """The watcher asyncio's subprocess support uses (made on first use)."""
        if self._watcher is None:
            self._watcher = PidfdChildWatcher() if _pidfd_supported() else SafeChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        assert watcher is None or isinstance(watcher, AbstractChildWatcher)
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
