# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) as CPython's constructor: checks, messages,
# keywords, use with with_traceback(), and a frame cycle through one is collected.
import sys, types, gc
def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__
other = get_tb()
f = sys._getframe()
tb = types.TracebackType(other, f, 1, 2)
print(tb.tb_next is other, tb.tb_frame is f, tb.tb_lasti, tb.tb_lineno)
print(types.TracebackType(None, f, 1, 2).tb_next)
print(types.TracebackType(tb_next=None, tb_frame=f, tb_lasti=3, tb_lineno=4).tb_lineno)
for a in [(None, f, -1, 2), (None, f, 2**40, 2), (None, f, True, 2)]:
    try: print(types.TracebackType(*a).tb_lasti)
    except Exception as e: print(type(e).__name__, e)
for a in [(None, f, 1), ('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'n'), (None, f, 1.5, 2), (None, f, 1, 2, 3)]:
    try: types.TracebackType(*a)
    except TypeError as e: print(e)
try:
    raise ValueError("x").with_traceback(types.TracebackType(None, f, 0, 7))
except ValueError as e:
    print(e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_lineno)
# a cycle through a constructed traceback is collected
def cyc():
    fr = sys._getframe()
    t = types.TracebackType(None, fr, 0, 1)
    return t
for i in range(3):
    cyc()
gc.collect()
print("ok")
