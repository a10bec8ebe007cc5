# BaseExceptionGroup / ExceptionGroup: construction rules, attributes, split/subgroup/derive, notes.
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t("kw", lambda: ExceptionGroup("x", [ValueError()], foo=1))
t("one arg", lambda: ExceptionGroup("x"))
t("three args", lambda: ExceptionGroup("x", [ValueError()], 3))
t("msg type", lambda: ExceptionGroup(1, [ValueError()]))
t("not seq", lambda: ExceptionGroup("x", 1))
t("set", lambda: ExceptionGroup("x", {ValueError()}))
t("empty", lambda: ExceptionGroup("x", []))
t("item", lambda: ExceptionGroup("x", [ValueError(), 1]))
t("str seq", lambda: ExceptionGroup("x", "ab"))
t("base in EG", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t("BEG becomes EG", lambda: type(BaseExceptionGroup("x", [ValueError()])))
t("BEG stays", lambda: type(BaseExceptionGroup("x", [ValueError(), KeyboardInterrupt()])))
t("mro", lambda: ExceptionGroup.__mro__)
t("bases", lambda: ExceptionGroup.__bases__)
t("isinstance", lambda: (isinstance(ExceptionGroup("x", [ValueError()]), Exception),
                         issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup)))

class MyEG(ExceptionGroup):
    pass

t("subclass base", lambda: MyEG("x", [KeyboardInterrupt()]))
t("subclass ok", lambda: MyEG("x", (ValueError(1),)))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg), eg.args)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 3)
    except AttributeError as e:
        print(attr, e)

# split and subgroup
inner = ExceptionGroup("inner", [KeyError("k"), ValueError(3)])
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), inner])
eg.add_note("a note")
eg.__cause__ = OSError("cause")
eg.__context__ = OSError("context")
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
print(repr(match.__cause__), repr(match.__context__), match.__suppress_context__)
print(repr(eg.split(LookupError)))
print(repr(eg.split((TypeError, KeyError))))
print(eg.split(BaseException)[0] is eg, eg.split(OSError)[1] is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
for bad in (1, (ValueError, 1), [ValueError], int):
    t("bad matcher", lambda: eg.split(bad))
t("split no args", lambda: eg.split())
t("subgroup no args", lambda: eg.subgroup())

# derive
print(repr(eg.derive([ValueError(9)])), type(eg.derive([KeyboardInterrupt()])).__name__)

class DEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return DEG(self.message, excs, self.code)

d = DEG("d", [ValueError(1), TypeError(2)], 42)
m, r = d.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code, d.args)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5

t("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))

# notes
e = ValueError("v")
t("note type", lambda: e.add_note(5))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
e.__notes__ = (1,)
t("notes not list", lambda: e.add_note("x"))
print(BaseException.add_note.__name__)

# pickling-style reduce keeps the args
print(ExceptionGroup("r", [ValueError(1)]).__reduce__()[1])
