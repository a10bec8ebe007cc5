# f_back of a frame that finished while still held (sys._getframe's result, a traceback) is the
# caller it had, as CPython 3.11 links them on exit; a generator's frame has none once suspended or done.
import sys
def name(f):
    return None if f is None else f.f_code.co_name
def inner():
    return sys._getframe()
def outer():
    f = inner()
    return f, name(f.f_back)
f, during = outer()
print('returned inner: f_back after outer returned:', name(f.f_back), 'during:', during)
def keep():
    fr = sys._getframe()
    return fr
def caller():
    fr = keep()
    print('in caller, keep.f_back:', name(fr.f_back))
    return fr
fr = caller()
print('after caller returned:', name(fr.f_back))
def gen():
    yield sys._getframe()
    yield sys._getframe()
def drive():
    g = gen()
    fr = next(g)
    print('gen suspended f_back:', name(fr.f_back))
    return g, fr
g, gfr = drive()
print('gen after driver returned:', name(gfr.f_back))
next(g)
print('gen resumed at module:', name(gfr.f_back))
def tb_frames():
    try:
        def boom(): 1/0
        boom()
    except ZeroDivisionError as e:
        return e.__traceback__
tb = tb_frames()
while tb.tb_next: tb = tb.tb_next
print('tb frame f_back:', name(tb.tb_frame.f_back), name(tb.tb_frame.f_back.f_back))
def chain3():
    def a(): return b()
    def b(): return sys._getframe()
    return a()
x = chain3()
print('b.f_back after:', name(x.f_back), name(x.f_back and x.f_back.f_back))
def self_frame():
    return sys._getframe().f_back
print('module f_back', name(sys._getframe().f_back))
def deleted_caller():
    def mk():
        return sys._getframe()
    def c():
        return mk()
    r = c()
    import gc; gc.collect()
    return r
r = deleted_caller()
print('after gc:', name(r.f_back))
class C:
    def __del__(self):
        global df
        df = sys._getframe()
def trig():
    c = C(); del c
trig()
print('del frame f_back', name(df.f_back))
def lam():
    return (lambda: sys._getframe())()
lf = lam()
print('lambda f_back', name(lf.f_back))
def comp():
    return [sys._getframe() for _ in [1]][0]
cf = comp()
print('comp f_back', name(cf.f_back))
def gen2():
    fr = sys._getframe()
    print('running gen f_back:', name(fr.f_back))
    yield fr
def d2():
    return list(gen2())[0]
print('gen2 after', name(d2().f_back))
def raiser():
    raise ValueError(sys._getframe())
def d3():
    try: raiser()
    except ValueError as e: return e.args[0]
print('raised frame f_back:', name(d3().f_back))
# chain: keep frame of inner, outer also returns: back chain should be retained
def l1(): return l2()
def l2(): return l3()
def l3(): return sys._getframe()
f = l1()
print('chain:', name(f.f_back), name(f.f_back.f_back), name(f.f_back.f_back.f_back), name(f.f_back.f_back.f_back.f_back))
print(f.f_back.f_lineno, f.f_back.f_back.f_lineno)
# a frame kept after return: f_back's f_locals
def outer_locals():
    secret = 42
    return inner_frame()
def inner_frame(): return sys._getframe()
f = outer_locals()
print('caller locals:', f.f_back.f_locals)
# class body and module
class K:
    kf = sys._getframe()
print('class body f_back:', name(K.kf.f_back))
import gc
def cyc():
    f = sys._getframe()
    return f
for i in range(3):
    x = cyc()
    del x
gc.collect()
print('done')
