# try/except/finally and with: line, exception and return events, exceptions propagating.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('risky', 'handler', 'fin', 'inner', 'outer', 'ctx'):
        if event == 'exception':
            arg = (arg[0].__name__, str(arg[1]))
        print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer

def risky(x):
    if x:
        raise ValueError('bad %d' % x)
    return 0

def handler():
    try:
        risky(1)
    except ValueError as e:
        msg = str(e)
    return msg

def fin():
    try:
        return risky(0)
    finally:
        x = 1

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def ctx():
    with Ctx():
        risky(2)
    return 'after'

def inner():
    risky(3)

def outer():
    try:
        inner()
    except ValueError:
        pass

sys.settrace(tracer)
handler()
fin()
ctx()
outer()
sys.settrace(None)
