# logging: FileHandler, basicConfig with filename/filemode/force/handlers, NullHandler, lastResort,
# handleError, setStream, logging.handlers rotating/memory/queue, shutdown.
import logging, logging.handlers, os, sys, io, tempfile, queue
tmp = tempfile.mkdtemp()
def path(name): return os.path.join(tmp, name)
def show(name):
    with open(path(name)) as f:
        print(name, repr(f.read()))
logging.basicConfig(filename=path('basic.log'), filemode='w', level='DEBUG', format='%(levelname)s|%(message)s')
logging.debug('to file %d', 1)
logging.info('to file %d', 2)
h0 = logging.root.handlers[0]
print(type(h0).__name__, h0.mode, h0.baseFilename == path('basic.log'), h0.encoding, h0.errors, h0.stream is not None)
h0.flush()
show('basic.log')
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format='{levelname}:{message}', style='{')
print(len(logging.root.handlers), h0.stream)
logging.info('after force')
show('basic.log')
try: logging.basicConfig(force=True, stream=sys.stdout, filename='x')
except ValueError as e: print(e)
try: logging.basicConfig(force=True, handlers=[], filename='x')
except ValueError as e: print(e)
try: logging.basicConfig(force=True, style='?')
except ValueError as e: print(e)
try: logging.basicConfig(force=True, stream=sys.stdout, foo=1, bar=2)
except ValueError as e: print(e)
logging.info('root still configured: %s', len(logging.root.handlers))
logging.basicConfig(force=True, stream=sys.stdout, format='$levelname-$message', style='$', level=logging.WARNING)
logging.warning('dollar')
fh = logging.FileHandler(path('delayed.log'), delay=True)
print(fh.stream, os.path.exists(path('delayed.log')), repr(fh).endswith('delayed.log (NOTSET)>'))
lg = logging.getLogger('files')
lg.addHandler(fh)
lg.propagate = False
lg.warning('delayed write')
print(os.path.exists(path('delayed.log')))
fh.close()
print(fh.stream)
lg.warning('reopened after close (mode a)')
fh.close()
show('delayed.log')
fw = logging.FileHandler(path('w.log'), mode='w')
lg.handlers = [fw]
lg.warning('first')
fw.close()
lg.warning('not written: closed w handler stays closed')
show('w.log')
lg.handlers = [logging.NullHandler()]
lg.error('into the void')
# lastResort: no handlers anywhere -> stderr (last line) for WARNING and above
saved = sys.stderr
sys.stderr = io.StringIO()
orphan = logging.getLogger('orphan')
logging.root.handlers = []
orphan.info('info dropped')
orphan.warning('orphan %s', 'warning')
out = sys.stderr.getvalue()
sys.stderr = saved
print(repr(out))
print(repr(logging.lastResort), logging.lastResort.level)
# handleError prints '--- Logging error ---' on stderr and goes on
sys.stderr = io.StringIO()
sh = logging.StreamHandler(sys.stdout)
orphan.addHandler(sh)
orphan.warning('bad %d', 'x')
err = sys.stderr.getvalue()
sys.stderr = saved
lines = err.splitlines()
print(lines[0], '|', lines[-3], '|', lines[-2], '|', lines[-1])
print('Call stack:' in lines, sum(1 for l in lines if 'in <module>' in l))
logging.raiseExceptions = False
orphan.warning('bad %d', 'x')
logging.raiseExceptions = True
buf = io.StringIO()
old = sh.setStream(buf)
print(old is sys.stdout, sh.setStream(buf))
orphan.warning('into buffer')
print(repr(buf.getvalue()))
class Terminated(logging.StreamHandler):
    terminator = ' ;; '
th = Terminated(sys.stdout)
orphan.handlers = [th]
orphan.warning('a')
orphan.warning('b')
print()
try: logging.Handler().emit(None)
except NotImplementedError as e: print(e)
# RotatingFileHandler
rh = logging.handlers.RotatingFileHandler(path('rot.log'), maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(rh)
for i in range(8):
    rl.warning('message number %d', i)
rh.close()
print(sorted(os.listdir(tmp)))
for n in ['rot.log', 'rot.log.1', 'rot.log.2']:
    show(n)
rh2 = logging.handlers.RotatingFileHandler(path('named.log'), maxBytes=20, backupCount=1)
rh2.namer = lambda name: name + '.bak'
rl.handlers = [rh2]
for i in range(3):
    rl.warning('named rotation %d', i)
rh2.close()
print(sorted(n for n in os.listdir(tmp) if n.startswith('named')))
# MemoryHandler
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('MEM %(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.addHandler(mh)
ml.warning('one')
ml.warning('two')
print('buffered', len(mh.buffer))
ml.warning('three')
print('after capacity', len(mh.buffer))
ml.warning('four')
ml.error('five flushes')
ml.warning('six')
mh.close()
print(mh.target, len(mh.buffer))
# QueueHandler
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('q')
ql.propagate = False
ql.addHandler(qh)
try:
    raise ValueError('in queue')
except ValueError:
    ql.exception('with %s', 'args')
ql.warning('plain')
r = q.get_nowait()
print(r.msg.splitlines()[0], r.msg.splitlines()[-1], r.args, r.exc_info, r.exc_text, r.message == r.msg)
print(q.get_nowait().getMessage(), q.empty())
listener = logging.handlers.QueueListener(q, target, respect_handler_level=True)
q.put(logging.makeLogRecord({'msg': 'from listener', 'levelno': 30, 'levelname': 'WARNING'}))
listener.handle(q.get())
bh = logging.handlers.BufferingHandler(2)
ml.handlers = [bh]
ml.warning('b1')
print(len(bh.buffer))
ml.warning('b2')
print(len(bh.buffer))
logging.shutdown()
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
import shutil; shutil.rmtree(tmp)
