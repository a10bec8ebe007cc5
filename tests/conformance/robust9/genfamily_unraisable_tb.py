import sys
def hook(u):
    print("unraisable", type(u.exc_value).__name__, u.exc_value, u.err_msg, u.exc_traceback is not None, u.exc_traceback.tb_frame.f_code.co_name if u.exc_traceback else None)
sys.unraisablehook = hook
def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen(); next(g)
del g
print("end")
