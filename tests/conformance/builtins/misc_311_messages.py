# Small 3.11 behaviours: print >> stream's hint, __complex__ returning a complex subclass (a
# DeprecationWarning), classmethod/staticmethod copying __annotations__, f-string messages for
# an empty expression before '!', ':' or '='.
import sys, warnings
for expr in ('print >> sys.stderr', 'print >> 42', 'max >> sys.stderr', 'print << sys.stderr'):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
p = print
try:
    p >>= 1
except TypeError as e:
    print(e)

class C(complex):
    pass
class D:
    def __complex__(self):
        return C(42j)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(complex(D()), type(complex(D())).__name__)
print([str(x.message) for x in w][:1])

def func(x: int) -> str:
    return x
for wrapper in (classmethod, staticmethod):
    m = wrapper(func)
    print(m.__annotations__ is func.__annotations__, m.__wrapped__ is func, m.__name__)

for src in ["f'{!r}'", "f'{ !r}'", "f'{!}'", "f'{!'", "f'{!x:a}'", "f'{:}'", "f'{:2}'", "f'{:'",
            "f'{=}'", "f'{ =:}'", "f'{='", "f'{}'", "f'{ }'", "f'{10:{ }}'"]:
    try:
        compile(src, '<s>', 'eval')
    except SyntaxError as e:
        print(src, e.msg)
