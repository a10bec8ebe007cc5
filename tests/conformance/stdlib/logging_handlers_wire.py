# logging.handlers without files or network: syslog priority encoding and names, the pickled
# socket packet, QueueHandler.prepare, QueueListener with handler levels, TimedRotatingFileHandler
# argument checks and interval arithmetic (on a delayed handler), MemoryHandler close.
import logging, logging.handlers, pickle, struct, queue, sys, os, tempfile

S = logging.handlers.SysLogHandler
print(S.LOG_LOCAL7, S.LOG_SOLCRON, sorted(S.priority_names.items())[:4], S.facility_names['local3'])
fake = S.__new__(S)
print(fake.encodePriority('local0', 'err'), fake.encodePriority(S.LOG_DAEMON, S.LOG_INFO))
print([fake.mapPriority(n) for n in ('DEBUG', 'CRITICAL', 'NOTICE')], S.ident == '', S.append_nul)

sh = logging.handlers.SocketHandler('localhost', None)
print(sh.address, sh.retryStart, sh.retryMax, sh.retryFactor, sh.closeOnError)
rec = logging.LogRecord('net', logging.WARNING, 'f.py', 3, 'hi %s', ('there',), None)
packet = sh.makePickle(rec)
size, = struct.unpack('>L', packet[:4])
back = pickle.loads(packet[4:])
print(size == len(packet) - 4, back['msg'], back['args'], back['exc_info'], 'message' in back)
print(logging.makeLogRecord(back).getMessage())
dh = logging.handlers.DatagramHandler('localhost', 9)
print(dh.address, dh.closeOnError)
sh.close(); dh.close()

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    rec2 = logging.LogRecord('q', logging.ERROR, 'f.py', 4, 'boom %d', (7,), sys.exc_info())
prepared = qh.prepare(rec2)
print(prepared.msg.splitlines()[0], prepared.args, prepared.exc_info, prepared.exc_text, prepared is rec2)

class Show(logging.Handler):
    def emit(self, record):
        print('listener got', record.levelname, record.getMessage())
loud = Show(logging.WARNING)
lst = logging.handlers.QueueListener(q, loud, respect_handler_level=True)
qh.handle(logging.LogRecord('q', logging.INFO, 'f.py', 5, 'info', (), None))
qh.handle(logging.LogRecord('q', logging.ERROR, 'f.py', 6, 'error', (), None))
lst.enqueue_sentinel()
lst._monitor()      # drained in this thread (pygen has no threads to start)
print(lst._thread, q.unfinished_tasks)

d = tempfile.mkdtemp()
for when in ['X', 'W7', 'W', 'w3', 'midnight', 's', 'M', 'h', 'D']:
    try:
        t = logging.handlers.TimedRotatingFileHandler(os.path.join(d, 'x.log'), when=when, interval=2, delay=True)
        print(when, t.when, t.interval, t.suffix, t.extMatch.pattern, t.rolloverAt - t.computeRollover(0) != 0)
        print(t.computeRollover(1000) - 1000 if when in 'sMhD' else 'daily')
        t.close()
    except ValueError as e:
        print('ValueError', e)

target = Show()
mh = logging.handlers.MemoryHandler(10, target=target, flushOnClose=True)
mh.handle(logging.LogRecord('m', logging.ERROR - 1, 'f.py', 1, 'kept until close', (), None))
print('buffered', len(mh.buffer))
mh.close()
print(mh.target, mh.buffer)
mh2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
mh2.handle(logging.LogRecord('m', logging.INFO, 'f.py', 1, 'dropped', (), None))
mh2.close()
print(len(mh2.buffer))
try:
    logging.handlers.HTTPHandler('h', '/u', method='PUT')
except ValueError as e:
    print('ValueError', e)
try:
    logging.handlers.HTTPHandler('h', '/u', context=object())
except ValueError as e:
    print('ValueError', e)
sm = logging.handlers.SMTPHandler(('mail', 25), 'a@b', 'c@d', 'subj', credentials=('u', 'p'))
print(sm.mailhost, sm.mailport, sm.toaddrs, sm.username, sm.getSubject(None))
