# sys.setprofile: call/return of Python functions and c_call/c_return/c_exception of built-ins.
import sys

def prof(frame, event, arg):
    name = arg.__name__ if event.startswith('c_') else arg
    print(event, frame.f_code.co_name, name)

def f(xs):
    xs.append(len(xs))
    return max(xs)

def boom():
    try:
        int('x')
    except ValueError:
        pass

sys.setprofile(prof)
f([3, 1])
boom()
sys.setprofile(None)
print(sys.getprofile())
