# A trace or profile hook that raises (#9 hostile programs): the traceback lists the traced frame once,
# where the eval loop goes on from the hook ('call', 'line', 'c_call', 'c_return'), and not at all for
# a 'return' or 'exception' hook, as CPython 3.11 (pygen listed the frame twice, or once too many).
import sys, traceback
def target():
    x = 1
    return x
def run(kind, ev):
    def tracer(frame, event, arg):
        if event == ev and frame.f_code.co_name == 'target':
            raise ValueError(ev)
        return tracer
    try:
        if kind == 'trace':
            sys.settrace(tracer)
        else:
            sys.setprofile(tracer)
        target()
        len('x')
    except ValueError as e:
        print(kind, ev, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    finally:
        sys.settrace(None)
        sys.setprofile(None)
for ev in ('call', 'line', 'return'):
    run('trace', ev)
for ev in ('call', 'return'):
    run('profile', ev)
def t2():
    try:
        raise KeyError
    except KeyError:
        pass
def tracer2(frame, event, arg):
    if event == 'exception': raise ValueError('exc')
    return tracer2
sys.settrace(tracer2)
try:
    t2()
except ValueError as e:
    sys.settrace(None)
    print('exception', [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
sys.settrace(None)
def gen():
    yield 1
    yield 2
def run_gen(kind, ev, nth):
    count = [0]
    def tracer(frame, event, arg):
        if event == ev and frame.f_code.co_name == 'gen':
            count[0] += 1
            if count[0] == nth:
                raise ValueError(ev)
        return tracer
    g = gen()
    try:
        if kind == 'trace': sys.settrace(tracer)
        else: sys.setprofile(tracer)
        r = list(g)
    except ValueError as e:
        print('gen', kind, ev, nth, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)], list(g))
    finally:
        sys.settrace(None); sys.setprofile(None)
for ev in ('call', 'line', 'return'):
    for nth in (1, 2):
        run_gen('trace', ev, nth)
for ev in ('call', 'return'):
    run_gen('profile', ev, 2)
def cc():
    return len('abc')
def ptr(frame, event, arg):
    if event == 'c_call': raise ValueError('c_call')
    if event == 'c_return' and arg is len: raise ValueError('c_return')
sys.setprofile(ptr)
try:
    cc()
except ValueError as e:
    sys.setprofile(None)
    print('c_call', [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
sys.setprofile(None)
def ptr2(frame, event, arg):
    if event == 'c_return' and arg is len: raise ValueError('c_return')
sys.setprofile(ptr2)
try:
    cc()
except ValueError as e:
    sys.setprofile(None)
    print('c_return', [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
sys.setprofile(None)
