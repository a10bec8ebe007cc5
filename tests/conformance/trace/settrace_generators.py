# Generators: 'call' on every resume, 'return' on every yield with the value yielded, send, throw, close.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('gen', 'deleg'):
        if event == 'exception':
            arg = arg[0].__name__
        print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer

def gen():
    try:
        x = yield 1
        y = yield x
    except KeyError:
        yield 'caught'
    yield 3

def deleg():
    r = yield from gen()
    return r

sys.settrace(tracer)
g = gen()
print(next(g))
print(g.send(10))
print(g.throw(KeyError))
g.close()
for v in gen():
    print('v', v)
d = deleg()
print(next(d), d.send(5))
d.close()
sys.settrace(None)
