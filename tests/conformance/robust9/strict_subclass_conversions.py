# __index__/__int__/__float__ returning an instance of a strict subclass of int/float: 3.11 accepts
# it with a DeprecationWarning; int() and float() still give the exact type, operator.index an exact
# int, and an "error" filter turns the warning into the exception (#9).
import operator, warnings

class B(int): pass
class F(float): pass
class X:
    def __index__(s): return B(1)
class Y:
    def __int__(s): return B(2)
class Z:
    def __float__(s): return F(2.5)

def t(name, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            print(name, type(r).__name__, r)
        except BaseException as e:
            print(name, type(e).__name__, e)
    for m in w:
        print("  warning:", m.category.__name__, m.message)

t("int_index", lambda: int(X()))
t("int_int", lambda: int(Y()))
t("float_float", lambda: float(Z()))
t("operator_index", lambda: operator.index(X()))
t("list_subscript", lambda: [10, 20][X()])
t("range", lambda: range(X()))
t("math_floor_ok", lambda: __import__("math").sqrt(Z()))
t("operator_index_float", lambda: operator.index(1.5))
t("operator_index_bool", lambda: operator.index(True))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for name, f in (("err_index", lambda: [1, 2][X()]), ("err_int", lambda: int(Y())),
                    ("err_float", lambda: float(Z()))):
        try:
            print(name, f())
        except DeprecationWarning as e:
            print(name, "DeprecationWarning", e)
