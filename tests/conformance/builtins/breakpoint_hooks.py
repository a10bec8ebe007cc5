# breakpoint() and sys.breakpointhook / __breakpointhook__ (PEP 553: PYTHONBREAKPOINT=0, a named
# hook, an unimportable one warns), sys.__interactivehook__ as site.py installs it.
import sys, os, warnings
print(sys.__breakpointhook__ is sys.breakpointhook, callable(sys.__interactivehook__), sys.__interactivehook__.__name__)
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("via", "print", sep="-")
os.environ["PYTHONBREAKPOINT"] = "nosuchmod.func"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([str(x.message) for x in w], w[0].category.__name__)
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "r"
print(breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)
