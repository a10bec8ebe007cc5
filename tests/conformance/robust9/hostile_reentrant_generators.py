# Hostile programs (#9): generators and coroutines re-entered from inside themselves, closed or
# thrown into from their own finally, frames and tracebacks kept alive and cleared.
import sys, gc
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
# re-entrant generators
def g():
    yield next(me)
me = g()
attempt('reenter-next', lambda: next(me))
def g2():
    try:
        yield 1
    finally:
        me2.close()
me2 = g2(); next(me2)
attempt('close-self', lambda: me2.close())
def g3():
    yield me3.send(None)
me3 = g3()
attempt('send-self', lambda: next(me3))
def g4():
    try:
        yield 1
    except ValueError:
        me4.throw(KeyError)
me4 = g4(); next(me4)
attempt('throw-self', lambda: me4.throw(ValueError))
# yield from self
def g5():
    yield from me5
me5 = g5()
attempt('yield-from-self', lambda: next(me5))
# generator running via list comprehension recursion
def g6():
    yield list(me6)
me6 = g6()
attempt('list-self', lambda: next(me6))
# coroutine awaiting itself
async def c1():
    await co
co = c1()
attempt('await-self', lambda: co.send(None))
co.close()
# generator closed while in yield from inner
def inner():
    try:
        yield 1
        yield 2
    finally:
        outer.close()
def outer_g():
    yield from inner()
outer = outer_g(); next(outer)
attempt('close-from-inner', lambda: outer.close())
# frame kept alive
def keep():
    x = [1, 2, 3]
    f = sys._getframe()
    return f
fr = keep()
print(fr.f_locals['x'], fr.f_code.co_name, fr.f_lineno)
def raiser():
    secret = 'alive'
    raise ValueError('x')
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_locals['secret'])
tb.tb_next.tb_frame.clear()
print(tb.tb_next.tb_frame.f_locals)
# clear a running frame
def selfclear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('RuntimeError', e)
selfclear()
# clear suspended generator frame
def gs():
    yield 1
    yield 2
gg = gs(); next(gg)
try:
    gg.gi_frame.clear()
except RuntimeError as e:
    print('RuntimeError', e)
print(list(gg))
# f_back chain after return
def a(): return b()
def b(): return sys._getframe()
f = a()
print(f.f_code.co_name)
# traceback kept across many raises
tbs = []
for i in range(1000):
    try:
        raise KeyError(i)
    except KeyError as e:
        tbs.append(e)
print(len(tbs), tbs[-1].__traceback__.tb_lineno > 0)
del tbs
# generator's gi_frame locals after exhaustion
def ge():
    v = 5
    yield v
x = ge(); list(x); print(x.gi_frame)
# generator throw with traceback object
def gt():
    try:
        yield
    except ZeroDivisionError as e:
        yield type(e).__name__
x = gt(); next(x)
try: 1/0
except ZeroDivisionError as e: z = e
print(x.throw(z))
print(x.throw(ValueError, ValueError('v'), None) if False else 'skip')
# async generator re-entrancy
async def ag():
    yield 1
    yield 2
a1 = ag()
n1 = a1.__anext__()
n2 = a1.__anext__()
try:
    n1.send(None)
except StopIteration as e:
    print('n1', e.value)
try:
    n2.send(None)
except StopIteration as e:
    print('n2', e.value)
except RuntimeError as e:
    print('RuntimeError', e)
async def ag2():
    await asyncio_sleep()
    yield 1
class asyncio_sleep:
    def __await__(self):
        yield
a2 = ag2()
m1 = a2.__anext__(); m1.send(None)
m2 = a2.__anext__()
try: m2.send(None)
except RuntimeError as e: print('RuntimeError', e)
m1.close(); m2.close()
print('end')
