# Line events of for and while loops: the loop head on every iteration, break, continue, else.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'loops':
        print(event, frame.f_lineno)
    return tracer

def loops(n):
    total = 0
    for i in range(n):
        if i == 1:
            continue
        total += i
    while n > 0:
        n -= 1
        if n == 1:
            break
    for j in range(2):
        total += j
    else:
        total += 100
    return total

sys.settrace(tracer)
loops(3)
sys.settrace(None)
