# catch_warnings(record=True) collects WarningMessage objects; filters are restored on exit.
import warnings


def f():
    warnings.warn("careful", UserWarning)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    f()
    warnings.warn(DeprecationWarning("old api"))
    warnings.warn("plain")
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), type(w.message).__name__, w.filename.endswith(".py"),
          w.lineno, w.source)
print(log[0].message.args)
print(len(warnings.filters) > 0, warnings.filters[0][0])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        f()
    print("default action shows once per location:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    f()
    print("ignored:", len(log))
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
