# inspect.isgetsetdescriptor/ismemberdescriptor, classify_class_attrs, getclosurevars,
# getargvalues/formatargvalues and getmembers_static.
import inspect
import sys
import types


class Meta(type):
    def meta_method(cls):
        pass


class A(metaclass=Meta):
    __slots__ = ('slot',)
    x = 1

    def m(self):
        pass

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1


print(inspect.isgetsetdescriptor(types.FunctionType.__dict__['__name__']),
      inspect.isgetsetdescriptor(A.__dict__['slot']), inspect.ismemberdescriptor(A.__dict__['slot']),
      inspect.ismemberdescriptor(A.p), inspect.isgetsetdescriptor(int.real))
for attr in inspect.classify_class_attrs(A):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)
print(type(inspect.classify_class_attrs(A)[0]).__name__, inspect.classify_class_attrs(A)[0]._fields)
kinds = {a.name: a.kind for a in inspect.classify_class_attrs(A)}
print(kinds['__init__'], kinds['__doc__'], kinds['__class__'], kinds['__subclasshook__'])

GLOBAL_VALUE = 3


def outer():
    y = 2

    def f(a):
        return a + y + len([]) + GLOBAL_VALUE + missing_name + sys.maxsize

    return f


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound), type(cv).__name__)
print(inspect.getclosurevars(lambda: 0))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)


def g(a, *b, c=1, **d):
    return inspect.getargvalues(sys._getframe())


v = g(1, 2, c=3, e=4)
print(v, inspect.formatargvalues(*v))


def h(x, y=5):
    return inspect.getargvalues(sys._getframe())


print(h(1), inspect.formatargvalues(*h(7)))
print([name for name, _ in inspect.getmembers_static(A) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers_static(A, inspect.isfunction)])


# getdoc takes a missing docstring from the same name along the MRO (3.5+), a class's from its
# bases (object's excluded).
class DocBase:
    """Base doc."""

    def m(self):
        """m's doc."""

    @property
    def p(self):
        """p's doc."""


class DocChild(DocBase):
    def __init__(self, v):
        pass

    def m(self):
        pass

    @property
    def p(self):
        return 1


class Bare:
    pass


print(inspect.getdoc(DocChild), inspect.getdoc(DocChild.m), inspect.getdoc(DocChild(1).m),
      inspect.getdoc(DocChild.__dict__['p']), inspect.getdoc(DocChild.__init__))
print(inspect.getdoc(Bare), inspect.getdoc(lambda: 0), type(help).__name__, type(help).__module__)
