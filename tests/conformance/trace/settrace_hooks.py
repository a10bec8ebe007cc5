# The local trace function, f_trace, f_trace_lines, opcode events off, f_locals writes, the hook
# disabled while it runs, and an exception in the hook unsetting the trace.
import sys

def local(frame, event, arg):
    print('local', event, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 21:
        frame.f_locals['x'] = 100
    return local

def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        print('global', event, frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
        len('inside the hook: not traced')
        return local
    return None

def target():
    x = 1
    y = x + 1
    return x, y

sys.settrace(glob)
print(target())
sys.settrace(None)

def quiet(frame, event, arg):
    if frame.f_code.co_name == 'target':
        frame.f_trace_lines = False
        print('quiet', event)
        return quiet

sys.settrace(quiet)
target()
sys.settrace(None)

def failing(frame, event, arg):
    if event == 'line':
        raise RuntimeError('hook failed')
    return failing

sys.settrace(failing)
try:
    target()
except RuntimeError as e:
    print('raised', e, sys.gettrace())
sys.settrace(None)

def outer_frame():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_trace)
outer_frame()
