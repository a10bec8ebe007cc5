# An uncaught KeyboardInterrupt prints its traceback, runs the finally blocks, and the process
# then ends by SIGINT (status -2 to its parent, 130 in a shell), as CPython 3.11 does.
import os
import signal


def inner():
    try:
        os.kill(os.getpid(), signal.SIGINT)
    finally:
        print('finally ran', flush=True)


inner()
print('not reached')
