"""logging: loggers named in a dotted hierarchy, handlers, formatters, filters, adapters.

pygen's own implementation of the documented Python 3.11 API: the records, messages, reprs
and error texts are CPython's (programs and tests compare them); the structure is ours.
Handlers beyond the stream and file ones live in logging.handlers, configuration in
logging.config. CPython counterpart: Lib/logging/__init__.py (behaviour only).
"""

import sys, os, time, io, re, traceback, warnings, weakref
import collections.abc
import threading
from types import GenericAlias
from string import Template
from string import Formatter as _FieldParser

__all__ = [
    'addLevelName', 'BASIC_FORMAT', 'basicConfig', 'BufferingFormatter', 'captureWarnings',
    'CRITICAL', 'critical', 'DEBUG', 'debug', 'disable',
    'ERROR', 'error', 'exception', 'FATAL', 'fatal',
    'FileHandler', 'Filter', 'Formatter', 'getLevelName', 'getLevelNamesMapping',
    'getLogger', 'getLoggerClass', 'getLogRecordFactory', 'Handler', 'INFO',
    'info', 'lastResort', 'log', 'Logger', 'LoggerAdapter',
    'LogRecord', 'makeLogRecord', 'NOTSET', 'NullHandler', 'raiseExceptions',
    'setLoggerClass', 'setLogRecordFactory', 'shutdown', 'StreamHandler', 'WARN',
    'warn', 'WARNING', 'warning',
]

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

_startTime = time.time()     # relativeCreated counts from here

# Switches a program may flip to make records cheaper or handlers quieter.
raiseExceptions = True       # handleError reports (rather than swallows) emit failures
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG',
                0: 'NOTSET'}
_nameToLevel = {name: number for number, name in _levelToName.items()}
_nameToLevel.update(FATAL=FATAL, WARN=WARNING)

# One reentrant lock guards the logger tree, the level tables and the handler registry.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number; the number of a level name; else 'Level %s'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName.update({level: levelName})
        _nameToLevel.update({levelName: level})


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


# After fork() the child gets fresh locks: the parent's may have been held by another thread.
_at_fork_reinit_lock_weakset = weakref.WeakSet()    # handlers with a lock to renew


def _register_at_fork_reinit_lock(instance):
    with _lock:
        _at_fork_reinit_lock_weakset.add(instance)  # weakly: a dead handler drops out


def _reinit_locks_in_child():
    for holder in _at_fork_reinit_lock_weakset:
        holder._at_fork_reinit()
    _lock._at_fork_reinit()


if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_acquireLock, after_in_child=_reinit_locks_in_child,
                        after_in_parent=_releaseLock)

# ---------------------------------------------------------------------------------------------
# Finding the caller: the first frame, going outwards, that is not logging's own code
# ---------------------------------------------------------------------------------------------

def currentframe():
    return sys._getframe(1)


# Taken from a code object, so it is right whether this module runs from a file or embedded.
_srcfile = os.path.normcase(currentframe.__code__.co_filename)


def _is_internal_frame(frame):
    path = os.path.normcase(frame.f_code.co_filename)
    if path == _srcfile:
        return True
    return 'importlib' in path and '_bootstrap' in path


def _in_logging_package(path):
    # handleError leaves out every frame of the package (handlers and config too);
    # embedded modules carry names like "<frozen logging.handlers>".
    if path.startswith('<frozen logging'):
        return True
    return os.path.dirname(path) == os.path.dirname(_srcfile)

# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------

def _process_name():
    if not logMultiprocessing:
        return None
    # asked only when the program itself imported multiprocessing
    if 'multiprocessing' in sys.modules:
        try:
            return sys.modules['multiprocessing'].current_process().name
        except Exception:
            pass
    return 'MainProcess'


class LogRecord(object):
    """One logged event: what, where in the source, when, and by which thread and process.

    Every attribute a format string may name is set here; message and asctime are added by
    Formatter.format.
    """

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log('%(key)s', {'key': ...}): a lone non-empty mapping is the argument dict itself
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, collections.abc.Mapping) and only:
                args = only
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None          # the formatted traceback, cached by Formatter.format
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = threading.get_ident(), threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _process_name()
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record built from a dict of attributes (as sent over a socket)."""
    made = _logRecordFactory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made

# ---------------------------------------------------------------------------------------------
# Format styles: '%', '{' and '$' strings over a record's attributes
# ---------------------------------------------------------------------------------------------

_field_parser = _FieldParser()


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults     # values for fields a record lacks

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError unless the format names at least one field."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        named = []
        try:
            for _, field, spec, conversion in _field_parser.parse(self._fmt):
                if field:
                    if not self.field_spec.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    named.append(field)
                if conversion and conversion not in ('r', 's', 'a'):
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not named:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)   # compiled once, substituted per record

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen_field = False
        for found in Template.pattern.finditer(self._fmt):
            groups = found.groupdict()
            if groups['named'] or groups['braced']:
                seen_field = True
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen_field:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses for it)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_check(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))

# ---------------------------------------------------------------------------------------------
# Formatters and filters
# ---------------------------------------------------------------------------------------------

class Formatter(object):
    """Turns a record into text: the message through a format string in one of three styles,
    then the traceback and stack, if any, on the following lines."""

    converter = time.localtime       # seconds -> struct_time, for asctime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        _style_check(style)
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        sink = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sink)
        return sink.getvalue().removesuffix('\n')

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        # message and asctime become record attributes, visible to the format string
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, datefmt=self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(ei=record.exc_info)
        tails = []
        if record.exc_text:
            tails.append(record.exc_text)
        if record.stack_info:
            tails.append(self.formatStack(record.stack_info))
        for tail in tails:
            if not text.endswith('\n'):
                text += '\n'
            text += tail
        return text


_defaultFormatter = Formatter()    # used by handlers without a formatter of their own


class BufferingFormatter(object):
    """Formats a batch of records: header, each record with linefmt, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


class Filter(object):
    """Passes records of the named logger and its descendants ('' passes everything)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    """Base of loggers and handlers: a list of filters, every one of which must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True

# ---------------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------------

_handlers = weakref.WeakValueDictionary()   # handler name -> handler (for logging.config)
_handlerList = []                           # weak references, oldest first; shutdown() walks it


def _removeHandlerRef(wr):
    # Called by the weakref when a handler dies; at interpreter exit the globals may be gone.
    lock, registry = _lock, _handlerList
    if lock and registry:
        with lock:
            try:
                registry.remove(wr)
            except ValueError:
                pass


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))  # dies with the handler


class Handler(Filterer):
    """Sends records somewhere. Subclasses implement emit(); handle() filters, locks and
    calls it."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record if the filters pass it; returns the filters' verdict."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised in emit() on stderr (when raiseExceptions is set):
        the traceback, the logging call's stack, then the message and its arguments."""
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        kind, problem, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, problem, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame and _in_logging_package(frame.f_code.co_filename):
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting '
                          'error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            kind = problem = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class _Held:
    """with _Held(handler): the handler's acquire() ... release(), overridable as they are."""
    __slots__ = ('handler',)

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream (default sys.stderr)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with _Held(self):
            out = self.stream
            if out and hasattr(out, 'flush'):
                out.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to stream (flushing the old one); returns the old stream, or None if
        stream is already the current one."""
        if stream is self.stream:
            return None
        previous = self.stream
        with _Held(self):
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or on the first record if delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if 'b' in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open      # kept: at shutdown the builtins may be gone
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with _Held(self):
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        done, self.stream = self.stream, None
                        if hasattr(done, 'close'):
                            done.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        # reopen after close(), except that a closed 'w' handler must not truncate again
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort    # used when no handler is found; None to disable


class NullHandler(Handler):
    """Does nothing; lets a library have a handler without producing output."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

# ---------------------------------------------------------------------------------------------
# The logger tree
# ---------------------------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the tree for a dotted name nobody asked for yet (the 'a.b' of 'a.b.c'),
    remembering the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}     # used as an ordered set

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Owns the logger tree: loggerDict maps every dotted name to a Logger or PlaceHolder."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            known = self.loggerDict.get(name)
            if known is not None and not isinstance(known, PlaceHolder):
                return known
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if known is not None:
                self._fixupChildren(known, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Links alogger to its nearest existing ancestor, placing placeholders on the way."""
        name = alogger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            slot = self.loggerDict.get(prefix)
            if slot is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(slot, Logger):
                parent = slot
            else:
                slot.append(alogger)
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: loggers below it that hung from a higher ancestor
        now hang from alogger."""
        prefix = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _logs_at(level):
    """A Logger method logging at a fixed level (debug, info, ...)."""
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    return method


class Logger(Filterer):
    """A named channel. Records pass its level and filters, go to its handlers, then (while
    propagate is set) to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}        # level -> isEnabledFor answer; cleared on any level change

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _logs_at(DEBUG)
    info = _logs_at(INFO)
    warning = _logs_at(WARNING)
    error = _logs_at(ERROR)
    critical = _logs_at(CRITICAL)
    for _method, _name in ((debug, 'debug'), (info, 'info'), (warning, 'warning'),
                           (error, 'error'), (critical, 'critical')):
        _method.__name__, _method.__qualname__ = _name, 'Logger.' + _name
    del _method, _name

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text or None) of the code that called logging,
        stacklevel - 1 frames further out; logging's own frames do not count."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                stacklevel -= 1
        stack_text = None
        if stack_info:
            sink = io.StringIO()
            sink.write("Stack (most recent call last):\n")
            traceback.print_stack(frame, file=sink)
            stack_text = sink.getvalue().removesuffix('\n')
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, stack_text

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        made = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or ()):
            if key in ('message', 'asctime') or key in made.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            made.__dict__[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = ("(unknown file)", 0, "(unknown function)", None)
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        path, line, func, stack_text = where
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info, func,
                                    extra, stack_text))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _chain(self):
        # this logger and the ancestors records propagate to
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        handler_count = 0
        for node in self._chain():
            for handler in node.handlers:
                handler_count += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if handler_count:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        answer = self._cache.get(level)
        if answer is None:
            with _lock:
                answer = self.manager.disable < level and level >= self.getEffectiveLevel()
                self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapts_at(level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    return method


class LoggerAdapter(object):
    """Wraps a logger, passing every call through process() (which by default adds extra)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapts_at(DEBUG)
    info = _adapts_at(INFO)
    warning = _adapts_at(WARNING)
    error = _adapts_at(ERROR)
    critical = _adapts_at(CRITICAL)
    for _method, _name in ((debug, 'debug'), (info, 'info'), (warning, 'warning'),
                           (error, 'error'), (critical, 'critical')):
        _method.__name__, _method.__qualname__ = _name, 'LoggerAdapter.' + _name
    del _method, _name

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

# ---------------------------------------------------------------------------------------------
# Module-level conveniences on the root logger
# ---------------------------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Gives the root logger a handler (stream, file or the handlers= given) with a
    Formatter, unless it already has one; force=True replaces existing handlers."""
    with _lock:
        options = dict(kwargs)
        force = options.pop('force', False)
        encoding = options.pop('encoding', None)
        errors = options.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = options.pop('handlers', None)
        if handlers is not None and ('stream' in options or 'filename' in options):
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        if handlers is None:
            if 'stream' in options and 'filename' in options:
                raise ValueError("'stream' and 'filename' should not be specified together")
            filename = options.pop('filename', None)
            mode = options.pop('filemode', 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                else:
                    encoding = io.text_encoding(encoding)
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(options.pop('stream', None))]
        datefmt = options.pop('datefmt', None)
        style = options.pop('style', '%')
        _style_check(style)
        shared = Formatter(options.pop('format', _STYLES[style][1]), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        level = options.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if options:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger of that dotted name, made on first use; the root logger for no name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _root_call(level_method):
    """A module function (logging.info, ...) that configures the root logger on first use."""
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, level_method)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = level_method
    return function


critical = _root_call('critical')
error = _root_call('error')
warning = _root_call('warning')
info = _root_call('info')
debug = _root_call('debug')


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignores every record at or below level, whatever the loggers' own levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes the handlers still alive, newest first (registered with atexit)."""
    for ref in reversed(list(handlerList)):
        try:
            handler = ref()
            if not handler:
                continue
            try:
                handler.acquire()
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass      # a stream closed under us is not worth a report at exit
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)

# ---------------------------------------------------------------------------------------------
# warnings -> the 'py.warnings' logger
# ---------------------------------------------------------------------------------------------

_warnings_showwarning = None     # warnings.showwarning as it was before captureWarnings(True)


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        # an explicit file keeps the original behaviour
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning(str(text))


def captureWarnings(capture):
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
