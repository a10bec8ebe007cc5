# __classcell__: type.__new__ fills the cell before the MRO is computed, rejects a non-cell, and
# __build_class__ checks that the cell ended up holding the class it made.
class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
try:
    class A(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', str(e).split(' as ')[0])

class Meta2(type):
    def __new__(cls, name, bases, namespace):
        made = super().__new__(cls, name, bases, namespace)
        type('B', (), namespace)
        return made
try:
    class A2(metaclass=Meta2):
        def f(self):
            return __class__
except TypeError as e:
    print('TypeError', str(e).split(' defining')[0].split('.')[-1])

for bad in (None, 0, '', object()):
    try:
        type('C', (), {'__classcell__': bad})
    except TypeError as e:
        print(e)

seen = None
class Meta3(type):
    def __new__(cls, name, bases, namespace):
        global seen
        seen = namespace
        return None
class D(metaclass=Meta3):
    @staticmethod
    def f():
        return __class__
print(D)
E = type('E', (), seen)
print(E.f() is E)

class Meta4(type):
    def mro(self):
        print('mro sees', self.__dict__['f']().__name__)
        return super().mro()
class F(metaclass=Meta4):
    @staticmethod
    def f():
        return __class__

def outer():
    __class__ = 1
    class X:
        nonlocal __class__
        __class__ = 42
        def f():
            __class__
    return __class__
print(outer())
