"""logging.handlers: files rotated by size or time, a watched file, sockets, syslog, mail, HTTP,
memory buffers and queues.

pygen's own implementation of the documented Python 3.11 classes and their observable
behaviour (file names of rotated files, the pickled wire format, syslog priorities). The
socket, mail and HTTP modules are imported when first needed, so importing this module stays
cheap. CPython counterpart: Lib/logging/handlers.py.
"""

import copy
import io
import os
import pickle
import re
import struct
import threading
import time
import logging
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60       # seconds in a day


def _sockets():
    import socket
    return socket


def _is_special_file(path):
    # a device or pipe (/dev/null, a fifo) is never rolled over
    return os.path.exists(path) and not os.path.isfile(path)


def _shut(sock):
    if sock:
        sock.close()


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------

class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls doRollover().

    namer(default_name) may rename the rotated files, rotator(source, dest) may replace the
    plain rename (to compress, say)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        # keep the arguments as given: doRollover reopens with them
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would exceed maxBytes, keeping backupCount old
    ones as NAME.1 (newest) ... NAME.backupCount."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'      # truncating would lose what the size check counts on
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)   # warns under -X warn_default_encoding
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def _numbered(self, number):
        return self.rotation_filename('%s.%d' % (self.baseFilename, number))

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            # shift NAME.k to NAME.k+1, oldest first, then the live file becomes NAME.1
            for number in reversed(range(1, self.backupCount)):
                older, newer = self._numbered(number), self._numbered(number + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if _is_special_file(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pending = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(pending) >= self.maxBytes


# when -> (seconds per unit, strftime suffix of rotated files, regex matching that suffix)
_INTERVALS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (3600, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'W': (7 * _MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


def _dst_shift(was_dst, will_be_dst):
    """Seconds to add to a local rollover time when daylight saving changes before it."""
    if was_dst == will_be_dst:
        return 0
    return 3600 if was_dst else -3600


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval units of when ('S', 'M', 'H', 'D', 'midnight',
    'W0'-'W6'), naming the old one NAME.<time suffix>; keeps backupCount of them."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=io.text_encoding(encoding),
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _INTERVALS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, pattern = _INTERVALS[unit]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _daily(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def computeRollover(self, currentTime):
        """The time of the next rollover after currentTime."""
        if not self._daily():
            return currentTime + self.interval
        parts = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        hour, minute, second, weekday = parts[3], parts[4], parts[5], parts[6]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            # today's moment has passed: the next one is tomorrow
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        when = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            when += days * _MIDNIGHT
            if not self.utc:
                when += _dst_shift(parts[-1], time.localtime(when)[-1])
        return when

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if _is_special_file(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem, extension = os.path.splitext(base)
        prefix = stem + '.'
        cut = len(prefix)
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(extension)
                  and len(name) > cut + 1 and not name[cut + 1].isdigit()):
                continue
            if name.startswith(prefix) and any(self.extMatch.match(piece)
                                               for piece in name[cut:].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        began = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(began)
        else:
            stamp = time.localtime(began)
            if stamp[-1] != dst_now:
                # name the file by the wall-clock time in force now
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        rotated = self.rotation_filename(self.baseFilename + '.' +
                                         time.strftime(self.suffix, stamp))
        if os.path.exists(rotated):
            os.remove(rotated)
        self.rotate(self.baseFilename, rotated)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if self._daily() and not self.utc:
            following += _dst_shift(dst_now, time.localtime(following)[-1])
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when the path no longer names the file it has open (moved away by
    logrotate, say)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)   # warns under -X warn_default_encoding
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def reopenIfNeeded(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        same = info is not None and (info[ST_DEV], info[ST_INO]) == (self.dev, self.ino)
        if same or self.stream is None:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None          # stays None if _open fails
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


# ---------------------------------------------------------------------------------------------
# Sockets
# ---------------------------------------------------------------------------------------------

class SocketHandler(logging.Handler):
    """Sends each record's attribute dict, pickled and prefixed by its 4-byte big-endian
    length, over TCP (or a Unix stream socket when port is None); reconnects with
    exponential back-off."""

    def __init__(self, host, port):
        super().__init__()
        self.host, self.port = host, port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None      # when the next connection attempt is allowed
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        socket = _sockets()
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        made = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        made.settimeout(timeout)
        try:
            made.connect(self.address)
        except OSError:
            made.close()
            raise
        return made

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            # back off: retryStart, then times retryFactor up to retryMax
            first = self.retryTime is None
            wait = self.retryStart if first else min(self.retryPeriod * self.retryFactor,
                                                     self.retryMax)
            self.retryPeriod, self.retryTime = wait, now + wait

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if not self.sock:
            return
        try:
            self.sock.sendall(s)
        except OSError:
            self.sock.close()
            self.sock = None

    def makePickle(self, record):
        if record.exc_info:
            self.format(record)      # fills record.exc_text, which travels instead
        fields = dict(record.__dict__)
        fields.update(msg=record.getMessage(), args=None, exc_info=None)
        fields.pop('message', None)
        payload = pickle.dumps(fields, 1)
        return struct.pack('>L', len(payload)) + payload

    def handleError(self, record):
        if not (self.closeOnError and self.sock):
            return super().handleError(record)
        self.sock.close()
        self.sock = None      # reconnect on the next record

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with logging._Held(self):
            held, self.sock = self.sock, None
            _shut(held)
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler's packets over UDP (or a Unix datagram socket), one per record."""

    def __init__(self, host, port):
        super().__init__(host, port)
        self.closeOnError = False

    def makeSocket(self):
        socket = _sockets()
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)   # no retry: a lost datagram is lost


class SysLogHandler(logging.Handler):
    """Sends '<PRI>message' to a syslog daemon over UDP, TCP or a Unix socket."""

    # priorities
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7
    # facilities
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG = 0, 1, 2, 3, 4, 5
    LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 6, 7, 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = dict(
        alert=LOG_ALERT, crit=LOG_CRIT, critical=LOG_CRIT, debug=LOG_DEBUG, emerg=LOG_EMERG,
        err=LOG_ERR, error=LOG_ERR, info=LOG_INFO, notice=LOG_NOTICE, panic=LOG_EMERG,
        warn=LOG_WARNING, warning=LOG_WARNING)

    facility_names = dict(
        auth=LOG_AUTH, authpriv=LOG_AUTHPRIV, console=LOG_CONSOLE, cron=LOG_CRON,
        daemon=LOG_DAEMON, ftp=LOG_FTP, kern=LOG_KERN, lpr=LOG_LPR, mail=LOG_MAIL,
        news=LOG_NEWS, ntp=LOG_NTP, security=LOG_SECURITY, syslog=LOG_SYSLOG, user=LOG_USER,
        uucp=LOG_UUCP)
    facility_names['solaris-cron'] = LOG_SOLCRON
    for _number in range(8):      # local0 .. local7 (a loop: class names are not seen
        facility_names['local%d' % _number] = 16 + _number   # inside a comprehension)
    del _number

    # logging level name -> syslog priority name
    priority_map = {name: name.lower() for name in ('DEBUG', 'INFO', 'WARNING', 'ERROR',
                                                   'CRITICAL')}

    ident = ''          # put before every message
    append_nul = True   # old daemons want a NUL after each message

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        super().__init__()
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.createSocket()

    def _connect_unixsocket(self, address):
        socket = _sockets()
        # without a socktype, datagram first, then stream
        kinds = [self.socktype] if self.socktype is not None else [socket.SOCK_DGRAM,
                                                                    socket.SOCK_STREAM]
        for position, kind in enumerate(kinds):
            self.socket = socket.socket(socket.AF_UNIX, kind)
            try:
                self.socket.connect(address)
                self.socktype = kind
                return
            except OSError:
                self.socket.close()
                if position == len(kinds) - 1:
                    raise

    def createSocket(self):
        socket = _sockets()
        address = self.address
        self.unixsocket = isinstance(address, str)
        if self.unixsocket:
            try:
                self._connect_unixsocket(address)
            except OSError:
                pass    # the next emit tries again
            return
        kind = socket.SOCK_DGRAM if self.socktype is None else self.socktype
        host, port = address
        candidates = socket.getaddrinfo(host, port, 0, kind)
        if not candidates:
            raise OSError("getaddrinfo returns an empty list")
        for family, kind, proto, _, where in candidates:
            failure = made = None
            try:
                made = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    made.connect(where)
                break
            except OSError as problem:
                failure = problem
                _shut(made)
        if failure is not None:
            raise failure
        self.socket, self.socktype = made, kind

    def encodePriority(self, facility, priority):
        code = self.facility_names[facility] if isinstance(facility, str) else facility
        level = self.priority_names[priority] if isinstance(priority, str) else priority
        return code << 3 | level

    def close(self):
        with logging._Held(self):
            held, self.socket = self.socket, None
            _shut(held)
            logging.Handler.close(self)

    def mapPriority(self, levelName):
        known = self.priority_map
        return known.get(levelName, "warning")

    def emit(self, record):
        try:
            text = self.ident + self.format(record)
            if self.append_nul:
                text += '\0'
            priority = self.encodePriority(self.facility, self.mapPriority(record.levelname))
            packet = ('<%d>' % priority).encode('utf-8') + text.encode('utf-8')
            if not self.socket:
                self.createSocket()
            if self.unixsocket:
                try:
                    self.socket.send(packet)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(packet)
            elif self.socktype == _sockets().SOCK_DGRAM:
                self.socket.sendto(packet, self.address)
            else:
                self.socket.sendall(packet)
        except Exception:
            self.handleError(record)


# ---------------------------------------------------------------------------------------------
# Mail, HTTP, the Windows event log
# ---------------------------------------------------------------------------------------------

def _pair(value):
    return tuple(value) if isinstance(value, (list, tuple)) else (value, None)


class SMTPHandler(logging.Handler):
    """Mails each record (subject from getSubject) through an SMTP server."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        super().__init__()
        self.mailhost, self.mailport = _pair(mailhost)
        if not isinstance(credentials, (list, tuple)):
            self.username = None
        else:
            self.username, self.password = credentials
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            import email.utils
            from email.message import EmailMessage
            server = smtplib.SMTP(self.mailhost, self.mailport or smtplib.SMTP_PORT,
                                  timeout=self.timeout)
            message = EmailMessage()
            message['From'] = self.fromaddr
            message['To'] = ','.join(self.toaddrs)
            message['Subject'] = self.getSubject(record)
            message['Date'] = email.utils.localtime()
            message.set_content(self.format(record))
            if self.username:
                if self.secure is not None:
                    server.ehlo()
                    server.starttls(*self.secure)
                    server.ehlo()
                server.login(self.username, self.password)
            server.send_message(message)
            server.quit()
        except Exception:
            self.handleError(record)


class NTEventLogHandler(logging.Handler):
    """Writes to the Windows NT event log (needs the pywin32 extensions)."""

    def __init__(self, appname, dllname=None, logtype="Application"):
        super().__init__()
        try:
            import win32evtlogutil, win32evtlog
        except ImportError:
            print("The Python Win32 extensions for NT (service, event logging) appear not "
                  "to be available.")
            self._welu = None
            return
        self.appname = appname
        self._welu = win32evtlogutil
        if not dllname:
            package_dir = os.path.split(os.path.split(win32evtlogutil.__file__)[0])[0]
            dllname = os.path.join(package_dir, r'win32service.pyd')
        self.dllname = dllname
        self.logtype = logtype
        try:
            win32evtlogutil.AddSourceToRegistry(appname, dllname, logtype)
        except Exception as problem:
            if getattr(problem, 'winerror', None) != 5:     # 5: access denied
                raise
        self.deftype = win32evtlog.EVENTLOG_ERROR_TYPE
        information = win32evtlog.EVENTLOG_INFORMATION_TYPE
        self.typemap = {logging.DEBUG: information, logging.INFO: information,
                        logging.WARNING: win32evtlog.EVENTLOG_WARNING_TYPE,
                        logging.ERROR: self.deftype, logging.CRITICAL: self.deftype}

    def getMessageID(self, record):
        return 1

    def getEventCategory(self, record):
        return 0

    def getEventType(self, record):
        return self.typemap.get(record.levelno, self.deftype)

    def emit(self, record):
        if not self._welu:
            return
        try:
            self._welu.ReportEvent(self.appname, self.getMessageID(record),
                                   self.getEventCategory(record), self.getEventType(record),
                                   [self.format(record)])
        except Exception:
            self.handleError(record)

    def close(self):
        logging.Handler.close(self)


class HTTPHandler(logging.Handler):
    """Sends each record's attributes, form-encoded, to a web server by GET or POST."""

    def __init__(self, host, url, method="GET", secure=False, credentials=None, context=None):
        super().__init__()
        method = method.upper()
        if method not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if context is not None and not secure:
            raise ValueError("context parameter only makes sense with secure=True")
        self.host, self.url, self.method = host, url, method
        self.secure, self.credentials, self.context = secure, credentials, context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            connection = self.getConnection(self.host, self.secure)
            body = urllib.parse.urlencode(self.mapLogRecord(record))
            url = self.url
            posting = self.method == "POST"
            if not posting:
                url += ('&' if '?' in url else '?') + body
            connection.putrequest(self.method, url)
            if posting:
                connection.putheader("Content-type", "application/x-www-form-urlencoded")
                connection.putheader("Content-length", str(len(body)))
            if self.credentials:
                import base64
                token = base64.b64encode(('%s:%s' % self.credentials).encode('utf-8'))
                connection.putheader('Authorization', 'Basic ' + token.strip().decode('ascii'))
            connection.endheaders()
            if posting:
                connection.send(body.encode('utf-8'))
            connection.getresponse()
        except Exception:
            self.handleError(record)


# ---------------------------------------------------------------------------------------------
# Buffers and queues
# ---------------------------------------------------------------------------------------------

class BufferingHandler(logging.Handler):
    """Collects records in buffer; flush() (when shouldFlush says so) empties it."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with logging._Held(self):
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when the buffer is full or a record reaches
    flushLevel (and, if flushOnClose, when closed)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return BufferingHandler.shouldFlush(self, record) or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with logging._Held(self):
            self.target = target

    def flush(self):
        # without a target the records stay buffered
        with logging._Held(self):
            if not self.target:
                return
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with logging._Held(self):
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records on a queue (for a QueueListener, perhaps in another thread or process),
    formatted in advance so that they pickle."""

    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record whose message is the formatted text, without the arguments
        and exception objects that may not pickle."""
        text = self.format(record)
        shipped = copy.copy(record)
        shipped.message = shipped.msg = text
        shipped.args = shipped.exc_info = shipped.exc_text = shipped.stack_info = None
        return shipped

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes them to handlers."""

    _sentinel = None     # put on the queue by stop()

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self._thread = None      # the worker, between start() and stop()
        self.respect_handler_level = respect_handler_level   # skip handlers above the level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        self._thread = worker
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue as queue_module
        source = self.queue
        acknowledge = getattr(source, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue_module.Empty:
                return
            if record is not self._sentinel:
                self.handle(record)
            if acknowledge is not None:
                acknowledge()
            if record is self._sentinel:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)   # tells _monitor to finish

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
