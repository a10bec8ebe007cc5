# sys.excepthook and sys.__excepthook__: argument checks, the default display, and an uncaught
# exception reported through a replaced hook (sys.last_* set first) that itself fails.
import sys
try: sys.excepthook(1)
except TypeError as e: print(e)
try: sys.excepthook(1, 2, 3)
except TypeError as e: print(e)
try: sys.excepthook(ValueError, ValueError("v"), 5)
except TypeError as e: print(e)
sys.excepthook(ValueError, ValueError("shown"), None)
sys.excepthook(ValueError, "notexc", None)
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
def hook(t, v, tb):
    print("hook got", t.__name__, v, type(tb).__name__, tb.tb_lineno, sys.last_value is v)
    raise KeyError("from hook")
sys.excepthook = hook
def f(): raise ValueError("boom")
f()
