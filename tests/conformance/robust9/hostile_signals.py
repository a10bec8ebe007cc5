# Hostile programs (#9): signal handlers raising inside finally, __exit__ and a generator's close,
# nested signals, an alarm during sleep, SIGINT's default handler with finally, bad handlers.
import signal, os, sys, time
log = []
def handler(signum, frame):
    log.append(('sig', signum))
    raise KeyboardInterrupt('from handler')
signal.signal(signal.SIGUSR1, handler)
def f():
    try:
        return 'body'
    finally:
        os.kill(os.getpid(), signal.SIGUSR1)
        log.append('after kill in finally')
try:
    print(f())
except KeyboardInterrupt as e:
    print('KI', e.args, log)
log.clear()
# signal inside finally during exception propagation
def g():
    try:
        raise ValueError('orig')
    finally:
        os.kill(os.getpid(), signal.SIGUSR1)
        for i in range(1000): pass
try:
    g()
except KeyboardInterrupt as e:
    print('KI2', type(e.__context__).__name__, e.__context__)
except ValueError as e:
    print('VE', e)
# handler raising in a generator's finally during close
def gen():
    try:
        yield 1
    finally:
        os.kill(os.getpid(), signal.SIGUSR1)
        for i in range(100): pass
x = gen(); next(x)
try:
    x.close()
except KeyboardInterrupt as e:
    print('KI3', e)
print(x.gi_frame)
# signal handler that is a generator-consuming function
signal.signal(signal.SIGUSR1, lambda s, f: log.append(f.f_code.co_name))
def h():
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(100): pass
h()
print(log)
# nested signal: handler triggers another signal
count = 0
def nest(s, f):
    global count
    count += 1
    if count < 5:
        os.kill(os.getpid(), signal.SIGUSR1)
        for i in range(100): pass
signal.signal(signal.SIGUSR1, nest)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000): pass
print('nested', count)
# with statement __exit__ interrupted
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        os.kill(os.getpid(), signal.SIGUSR2)
        for i in range(100): pass
        return False
def h2(s, f): raise RuntimeError('in exit')
signal.signal(signal.SIGUSR2, h2)
try:
    with CM():
        pass
except RuntimeError as e:
    print('RE', e)
# alarm during sleep
signal.signal(signal.SIGALRM, lambda s, f: (_ for _ in ()).throw(TimeoutError('alarm')))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(2)
except TimeoutError as e:
    print('timeout', e)
# SIGINT default handler -> KeyboardInterrupt, finally runs
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    try:
        os.kill(os.getpid(), signal.SIGINT)
        for i in range(1000): pass
    finally:
        print('finally ran')
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored ok')
try:
    signal.signal(signal.SIGKILL, lambda s, f: None)
except OSError as e: print('OSError', e)
try:
    signal.signal(99, lambda s, f: None)
except ValueError as e: print('ValueError', e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e: print('TypeError', e)
print('end')
