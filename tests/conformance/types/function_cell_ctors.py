# types.FunctionType(...) and types.CellType(...) constructors, cell ordering, function
# __builtins__ (the running builtins when globals have none, bpo-42990), the builtins' static
# methods' __qualname__, dir() of a bound method, read-only function members.
import types

C = types.CellType
print(C(1).cell_contents, C(2) < C(3), C() < C('s'), C() == C(), C(-36) == C(-36.0), C(True) > C())
print(C(1) <= C(1), C(1) != C(2), C() >= C(), C() != C(0), C(1).__eq__(1), C.__hash__)
for args, kw in [((1, 2), {}), ((), {'x': 1}), ((), {'contents': 1})]:
    try:
        C(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    C().cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    C(1) < C('a')
except TypeError as e:
    print("TypeError:", e)
try:
    hash(C(1))
except TypeError as e:
    print("TypeError:", e)


def outer():
    x = 10
    def inner(a, b=2):
        return a + b + x
    return inner

inner = outer()
F = types.FunctionType
g = F(inner.__code__, {'__name__': 'mod'}, 'renamed', (5,), (C(100),))
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(1), g(1, 1))
h = F((lambda s: len(s)).__code__, {})
import builtins
print(h("abc"), h.__builtins__ is builtins.__dict__)
for bad in [(1, {}), (inner.__code__, 1), (inner.__code__, {}), (inner.__code__, {}, 1),
            (inner.__code__, {}, None, [1]), (inner.__code__, {}, None, None, [C(1)]),
            (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, (C(), C())),
            (h.__code__, {}, None, None, (C(),)), (h.__code__,)]:
    try:
        F(*bad)
        print("made")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(F(code=h.__code__, globals={}, name='kw')("ab"))

safe = {'None': None, 'len': len}
ns = {'type': type, '__builtins__': safe}
exec("def func3(s): return len(s)\nfunc4 = type(func3)(func3.__code__, {})\n", ns)
print(ns['func3'].__builtins__ is safe, ns['func4'].__builtins__ is safe, ns['func4']("xyz"))
print('__builtins__' in ns['func4'].__globals__)
ns2 = {}
exec("x = 1", ns2)
print(type(ns2['__builtins__']).__name__)
def f():
    pass
for a in ['__globals__', '__closure__', '__builtins__']:
    try:
        setattr(f, a, 2)
    except AttributeError as e:
        print(a, e)

print(str.maketrans.__qualname__, bytes.maketrans.__qualname__, bytearray.maketrans.__qualname__)
print(str.maketrans.__self__, str.maketrans('a', 'b'), bytes.maketrans(b'a', b'b')[97])
print(repr(str.maketrans).startswith('<built-in method maketrans of type object at'))
print(str.maketrans.__reduce__())

class K:
    def a(self):
        pass
K.a.known_attr = 7
m = K().a
print('known_attr' in dir(m), sorted(set(dir(m)) - set(dir(K.a))))
def plain():
    pass
plain.tag = 1
bm = types.MethodType(plain, 5)
print('tag' in dir(bm), '__func__' in dir(bm))
