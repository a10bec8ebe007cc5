# inspect.signature on every kind of callable, Signature/Parameter/BoundArguments and their errors,
# getfullargspec and getcallargs.
import inspect, functools
from inspect import Parameter, Signature, signature
def f(a, b: int = 2, /, c=3, *args, d, e: "str" = "x", **kw) -> bool: pass
def g(x, y=1, *, z): pass
async def h(a, *, b=None): pass
class A:
    def __init__(self, p, q=0): pass
    def m(self, r, *s): pass
    @classmethod
    def cm(cls, t): pass
    @staticmethod
    def sm(u, v=1): pass
    def __call__(self, w): pass
class B:
    def __new__(cls, *a, **k): return object.__new__(cls)
class C: pass
class Meta(type):
    def __call__(cls, mm): pass
class D(metaclass=Meta): pass
for obj in [f, g, h, A, A.m, A(1).m, A.cm, A.sm, A(1), B, C, lambda x, *y: 0, functools.partial(f, 1, 2, c=5), functools.partial(g, y=3), D]:
    s = signature(obj)
    print(s, [ (p.name, str(p.kind), p.kind.description) for p in s.parameters.values()][:3])
print(repr(signature(f)), repr(signature(f).parameters['b']), signature(f).return_annotation)
@functools.wraps(g)
def wrapper(*a, **k): return g(*a, **k)
print(signature(wrapper), signature(wrapper, follow_wrapped=False))
s = signature(g)
for args, kwargs in [((1,), {"z": 3}), ((1, 2), {"z": 3}), ((), {"x": 1, "z": 2}), ((1, 2, 3), {}), ((1,), {}), ((1,), {"x": 2, "z": 1}), ((1,), {"z": 1, "q": 2})]:
    try:
        b = s.bind(*args, **kwargs); print("bound", b, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
    except TypeError as e: print("TypeError", e)
sf = signature(f)
for args, kwargs in [((1,), {"d": 1}), ((1, 2, 3, 4, 5), {"d": 0, "zz": 1}), ((), {"a": 1, "d": 2}), ((1,), {"b": 2, "d": 3})]:
    try:
        b = sf.bind(*args, **kwargs); print("bound", b, b.args, b.kwargs)
    except TypeError as e: print("TypeError", e)
def po(a, /, **kw): pass
for kwargs in [{"a": 1}, {}]:
    try: print(signature(po).bind(**kwargs))
    except TypeError as e: print("TypeError", e)
print(signature(po).bind(1, a=2), signature(po).bind_partial())
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1, z=2))
try: inspect.getcallargs(g, 1, 2, 3)
except TypeError as e: print(e)
try: inspect.getcallargs(g)
except TypeError as e: print(e)
for bad in [lambda: Parameter("1a", Parameter.POSITIONAL_ONLY), lambda: Parameter("a", 7), lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", 1, default=1), Parameter("b", 1)]), lambda: Signature([Parameter("a", 1), Parameter("a", 1)]),
            lambda: signature(3)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
p = Parameter("x", Parameter.KEYWORD_ONLY, default=None, annotation=list[int])
print(p, p.replace(name="y", default=2), p == Parameter("x", 3, default=None, annotation=list[int]), hash(p) == hash(p.replace()))
print(Signature([p], return_annotation=int), signature(f) == signature(f), Signature.from_callable(g))
print(inspect.get_annotations(f), inspect.get_annotations(f, eval_str=True))
print(str(Parameter.empty), Parameter.empty is inspect._empty, Signature.empty)
class WithSig:
    __signature__ = Signature([Parameter("only", 1)])
    def __call__(self, *a): pass
print(signature(WithSig()))
pm = functools.partialmethod(A.m, 5)
class E:
    meth = functools.partialmethod(A.m, 5)
print(signature(E().meth), signature(E.meth))
