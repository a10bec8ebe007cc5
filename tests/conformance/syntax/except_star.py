# except* (PEP 654): matching, wrapping naked exceptions, re-raise and raise in clauses, rest re-raised, runtime TypeErrors.
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e))
    except* TypeError as e:
        print("caught T", repr(e))
show("f1", f1)

def f2():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
show("f2", f2)

def f3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("V handled")
show("f3", f3)

def f4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")
show("f4", f4)

def f5():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
show("f5", f5)

def f6():
    try:
        raise ValueError(1)
    except* (TypeError, int):
        pass
show("f6", f6)

def f7():
    try:
        print("no exc")
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
show("f7", f7)

def f8():
    try:
        raise TypeError("naked")
    except* ValueError:
        print("no")
show("f8", f8)

def f9():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print(sys.exc_info()[1] is e)
    print(sys.exc_info())
    try:
        e
    except NameError as x:
        print("name cleared", x)
show("f9", f9)

def f10():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("r1")
    except* TypeError as e:
        raise RuntimeError("r2")
show("f10", f10)
try:
    f10()
except ExceptionGroup as g:
    print(repr(g), [repr(x.__context__) for x in g.exceptions])

def f11():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(2):
                if j: break
                continue
            print("loop ok", i)
show("f11", f11)

def f12():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise e.exceptions[0]
    except ExceptionGroup as g:
        print(repr(g))
show("f12", f12)

def f13():
    eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    try:
        raise eg
    except* TypeError:
        raise
    except* ValueError:
        pass
show("f13", f13)

class MyEG(ExceptionGroup):
    pass
def f14():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(1)])
    except* ValueError as e:
        print(type(e).__name__)
show("f14", f14)

