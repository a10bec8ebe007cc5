import types, sys
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'a': int}; print(m.__dict__['__annotations__'])
del m.__annotations__
print('__annotations__' in m.__dict__)
try: del m.__annotations__
except AttributeError as e: print('AttributeError', e)
x: int = 1
print(sys.modules[__name__].__annotations__)
def f():
    (nope): int
    try:
        print(nope)
    except NameError as e:
        print(type(e).__name__, e)
f()
print(f.__code__.co_varnames)
print(dir(types.ModuleType('q')))
match memoryview(b'abc'):
    case [a, b, c]:
        print('memoryview sequence', a, b, c)
