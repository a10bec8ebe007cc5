# RecursionError parity with CPython 3.11: the depth each recursion path reaches under a fixed
# limit, and the message. CPython counts a level for every Python frame and also in C calls: class
# calls (_PyObject_MakeTpCall), METH_O/NOARGS/VARARGS built-ins, repr/str, comparisons,
# __instancecheck__. Each path starts from a plain method call and runs warm, because CPython's
# specialized call sites skip the count for METH_FASTCALL built-ins (len, getattr, iter, next...).
import sys

def run(name, fn, limit):
    sys.setrecursionlimit(limit)
    depth = [0]
    try:
        fn(depth)
        msg = 'no error'
    except RecursionError as e:
        msg = str(e)
    sys.setrecursionlimit(1000)
    print(name, limit, depth[0], msg)

def p_func(d):
    def f():
        d[0] += 1
        f()
    f()

def p_class_init(d):
    class A:
        def __init__(self):
            d[0] += 1
            A()
    A()

def p_class_new(d):
    class A:
        def __new__(cls):
            d[0] += 1
            return A()
    A()

def p_call_instance(d):
    class C:
        def __call__(self):
            d[0] += 1
            return c()
    c = C()
    c()

def p_repr(d):
    class R:
        def __repr__(self):
            d[0] += 1
            return repr(R())
    R().__repr__()

def p_repr_fstring(d):
    class R:
        def __repr__(self):
            d[0] += 1
            return f"{R()!r}"
    repr(R())

def p_str(d):
    class S:
        def __str__(self):
            d[0] += 1
            return str(S())
    S().__str__()

def p_format(d):
    class S:
        def __format__(self, spec):
            d[0] += 1
            return format(S(), spec)
    S().__format__('')

def p_eq(d):
    class E:
        def __eq__(self, other):
            d[0] += 1
            return E() == other
    E() == 1

def p_lt(d):
    class E:
        def __lt__(self, other):
            d[0] += 1
            return E() < other
    E() < 1

def p_hash(d):
    class H:
        def __hash__(self):
            d[0] += 1
            return hash(H())
    H().__hash__()

def p_len(d):
    class L:
        def __len__(self):
            d[0] += 1
            return len(L())
    L().__len__()

def p_getattr(d):
    class G:
        def __getattr__(self, name):
            d[0] += 1
            return getattr(G(), name)
    G().__getattr__('x')

def p_getattr_dot(d):
    class G:
        def __getattr__(self, name):
            d[0] += 1
            return G().x
    G().x

def p_getattribute(d):
    class G:
        def __getattribute__(self, name):
            d[0] += 1
            return G().x
    G().x

def p_getitem(d):
    class G:
        def __getitem__(self, k):
            d[0] += 1
            return G()[k]
    G()[0]

def p_add(d):
    class A:
        def __add__(self, o):
            d[0] += 1
            return A() + o
    A() + 1

def p_iter(d):
    class I:
        def __iter__(self):
            d[0] += 1
            return iter(I())
    I().__iter__()

def p_bool(d):
    class B:
        def __bool__(self):
            d[0] += 1
            return bool(B())
    bool(B())

def p_property(d):
    class P:
        @property
        def x(self):
            d[0] += 1
            return P().x
    P().x

def p_descriptor_get(d):
    class D:
        def __get__(self, obj, owner):
            d[0] += 1
            return O().x
    class O:
        x = D()
    O().x

def p_map(d):
    def f(x):
        d[0] += 1
        return list(map(f, [x]))
    f(0)

def p_sorted_key(d):
    def f(x):
        d[0] += 1
        return sorted([x], key=f)
    f(0)

def p_isinstance(d):
    class M(type):
        def __instancecheck__(cls, inst):
            d[0] += 1
            return isinstance(inst, X)
    class X(metaclass=M): pass
    M.__instancecheck__(X, 1)

def p_builtin_o_abs(d):
    class A:
        def __abs__(self):
            d[0] += 1
            return abs(A())
    A().__abs__()

def p_method_descr(d):
    class L(list):
        def __eq__(self, o):
            d[0] += 1
            return [L()].count(o)
    L() == 1

def p_setattr(d):
    class S:
        def __setattr__(self, k, v):
            d[0] += 1
            S().x = v
    S().x = 1

def p_contains(d):
    class C:
        def __contains__(self, k):
            d[0] += 1
            return k in C()
    1 in C()

def p_exec(d):
    def f():
        d[0] += 1
        exec("f()", {'f': f})
    f()

def p_eval(d):
    def f():
        d[0] += 1
        return eval("f()", {'f': f})
    f()

def p_functools_partial(d):
    import functools
    def f():
        d[0] += 1
        functools.partial(f)()
    f()

def p_gen(d):
    def g():
        d[0] += 1
        yield from g()
    list(g())

def p_next_gen(d):
    def g():
        d[0] += 1
        yield next(g())
    for _ in g():
        break

def p_meth_call(d):
    class A:
        def m(self):
            d[0] += 1
            return self.m()
    A().m()

def p_super_init(d):
    class B:
        def __init__(self):
            d[0] += 1
            C()
    class C(B):
        def __init__(self):
            super().__init__()
    C()

def p_dict_key_hash_eq(d):
    class K:
        def __hash__(self): return 1
        def __eq__(self, o):
            d[0] += 1
            return {K(): 1}.get(K()) is None
    K().__eq__(None)

names = [n for n in list(globals()) if n.startswith('p_')]
for n in names:   # warm-up: CPython specializes the call sites (its depth count depends on it)
    for i in range(3):
        try:
            globals()[n]([0])
        except RecursionError:
            pass
for limit in (200, 1000):
    for n in names:
        run(n[2:], globals()[n], limit)
