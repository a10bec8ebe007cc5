# sys.settrace: call, line and return events of plain functions, recursion, lambda and settrace(None).
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer

def add(a, b):
    c = a + b
    return c

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

sq = lambda x: x * x

sys.settrace(tracer)
add(1, 2)
fact(3)
sq(4)
sys.settrace(None)
print(sys.gettrace())
add(5, 6)
print('done')
