# Comprehensions, generator expressions and class bodies get their own call/line/return events.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__ and frame.f_code.co_name != 'tracer':
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def run():
    squares = [i * i for i in range(3)]
    total = sum(x for x in squares)
    class Local:
        a = 1
        b = a + 1
    return total, Local.b

sys.settrace(tracer)
print(run())
sys.settrace(None)
