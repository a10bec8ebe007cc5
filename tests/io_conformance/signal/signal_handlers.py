# signal.signal/getsignal with the Signals and Handlers enums, handlers run by os.kill, raise_signal,
# setitimer during a sleep and during a busy loop, and the errors of bad arguments.
import signal, os, time
print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT.name, signal.SIG_DFL, repr(signal.SIG_DFL))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.Signals(2), signal.strsignal(2))
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []
def h(signum, frame):
    got.append(signum)
    print('handler', signum, type(signum).__name__, frame is not None)
old = signal.signal(signal.SIGUSR1, h)
print('old', old)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
for bad in [(0, h), (signal.NSIG, h), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x"), (signal.SIGKILL, h)]:
    try:
        signal.signal(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print(signal.SIGTERM in signal.valid_signals(), len(signal.valid_signals()))
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('not reached')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
# a handler interrupting a sleep
signal.signal(signal.SIGALRM, lambda s, f: print('alarm'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic(); time.sleep(0.2); print('slept', time.monotonic() - t >= 0.2)
def boom(s, f): raise RuntimeError('from handler')
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    n = 0
    while True:
        n += 1
except RuntimeError as e:
    print('loop interrupted:', e)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.Handlers.SIG_IGN, repr(signal.Sigmasks.SIG_BLOCK))
