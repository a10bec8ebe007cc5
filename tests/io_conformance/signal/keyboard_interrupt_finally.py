# SIGINT raises KeyboardInterrupt where the program runs; finally blocks and context managers run
# on the way out, and an except clause catches it.
import os
import signal


class Resource:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0].__name__)


def level2():
    try:
        with Resource():
            os.kill(os.getpid(), signal.SIGINT)
            print('not reached')
    finally:
        print('finally in level2')


def level1():
    try:
        level2()
    finally:
        print('finally in level1')


try:
    level1()
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, e.args)

# From a loop: the eval loop's check raises it between instructions.
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGINT))
count = 0
try:
    try:
        while True:
            count += 1
    finally:
        print('loop finally', count > 0)
except KeyboardInterrupt:
    print('loop interrupted')

# A handler of our own replaces KeyboardInterrupt; SIG_IGN ignores the signal.
signal.signal(signal.SIGINT, lambda s, f: print('own handler', s))
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
print('done')
