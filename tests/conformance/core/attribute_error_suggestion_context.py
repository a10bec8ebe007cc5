import sys, io, os
# The traceback is printed with this file's base name only, so the expected
# output does not depend on where the checkout lives.
class _BaseNames(io.StringIO):
    def write(self, text):
        here = os.path.abspath(__file__)
        return sys.__stdout__.write(text.replace(here, os.path.basename(here)))
sys.stderr = _BaseNames()
class NonStringifyClass:
    __str__ = None
    __repr__ = None
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(NonStringifyClass())
class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)
class C:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(23)
for cls in [A, B, C]:
    try:
        cls().bluch
    except AttributeError as exc:
        print(exc.name, type(exc.obj).__name__)
        sys.__excepthook__(*sys.exc_info())
class A2:
    bluch = 1
class B2:
    def __getattribute__(self, attr):
        a = A2()
        return a.blich
try:
    B2().something
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
    sys.__excepthook__(*sys.exc_info())
# getattr() with a nested failing lookup keeps the inner context too.
class G:
    def __getattr__(self, attr):
        return getattr(A2(), 'blich')
try:
    G().x
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
e = AttributeError('m', name='given', obj=1)
try:
    raise e
except AttributeError as exc:
    print(exc.name, exc.obj)
