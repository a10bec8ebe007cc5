# PEP 646 syntax (Python 3.11): *args: *Ts and starred items in subscripts. The AST they make, what
# __annotations__ holds, subscripts that build a tuple, and CPython's SyntaxErrors for misuse.
import ast

for src in ["def f(*args: *Ts): pass", "async def f(*a: *Ts, b: int, **k): pass",
            "def f(*args: *Ts | int): pass", "def f(*args: *Ts, ): pass",
            "tuple[*Ts]", "x[*a, 1]", "x[*a]", "Generic[*Shape]", "x[1:2, *a]", "x[*a, *b]",
            "x[*a if b else c]", "x[*a or b]", "x[*not a]", "x[*lambda: 1]",
            "x[*a] = 1", "del x[*a]", "x[*a] += 1", "for x[*a] in y: pass", "lambda *a: 0"]:
    print(ast.dump(ast.parse(src)))

bad = ["def f(x: *Ts): pass", "def f(**k: *Ts): pass", "def f(*, x: *Ts): pass", "def f(*: *Ts): pass",
       "def f(*a: *Ts = 1): pass", "def f(*a: *Ts=1, b): pass", "def f(*a: **Ts): pass",
       "lambda *a: *Ts: 0", "x: *Ts", "x: *Ts = 1", "def f() -> *Ts: pass", "def f(*args: (*Ts)): pass",
       "def f(a: *Ts, *b): pass", "def f(*a: *Ts, b: *Ts): pass", "def f(*a: *Ts, **k: *Ts): pass",
       "def f(a, *args: *Ts, b: *T): pass",
       # after a starred vararg annotation, CPython's specific parameter messages do not apply
       "def f(*a: *Ts, *b): pass", "def f(*b: *Ts, *c: *Ts): pass", "def f(*a: *Ts, b=1, *c): pass",
       "def f(*a: *Ts, *, b): pass", "def f(*b: *Ts, c, *, d): pass", "def f(*b: *Ts, c, /): pass",
       "def f(*b: *Ts, /): pass", "def f(a, /, *b: *Ts, /): pass", "def f(*b: *Ts, /, c): pass",
       "def f(*a: *Ts, **k, x): pass", "def f(*a: *Ts, **k=1): pass",
       # and without one they do
       "def f(*a, *b): pass", "def f(a, /, *b, /): pass", "def f(a, /, b, /): pass", "def f(*a=1): pass",
       "lambda *a, *b: 0",
       # starred items in subscripts
       "x[*a:1]", "x[a, *b:c]", "x[**a]", "x[*]", "x[*a:=1]", "x[*a := 1]", "x[(*a)]", "x[*a, **b]",
       "x[*yield]", "x[*a]: int", "x[*a]: int = 1", "class A[*Ts]: pass",
       "x[*a for a in b]", "x[*a for a in b, 1]", "f(x[*a for a in b])", "x[1, *a for a in b]",
       "x[*a, b for b in c]", "x[*a, *b for a in b]", "x[1, a for a in b]", "x[a, b:c for a in b]",
       "x[a for a in b]", "x[a for a in b, 1]", "x[a:b for c in d]",
       "[1, a for a in b]", "[1, a, for a in b]", "[*a for a in b]", "{1, a for a in b}", "{1, *a, for a in b}"]
for s in bad:
    try:
        compile(s, "<s>", "exec")
        print("ok", s)
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


# What the starred annotation evaluates to: the one item its value unpacks to.
def f(*a: *[1]): pass
print(f.__annotations__)
for src in ["def g(*a: *[1, 2]): pass", "def g(*a: *[]): pass", "def g(*a: *5): pass"]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
c = C()
print(c[*[1, 2]], c[*(), 1], c[1:2, *"ab"], c[*"a"], c[*"ab" if 0 else "cd"])
c[*"xy"] = 3
del c[0, *range(2)]

from typing import TypeVarTuple, TypeVar, Generic, Unpack, Tuple
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
def h(*args: *Ts): pass
print(h.__annotations__, h.__annotations__["args"] == Unpack[Ts])
def g(*args: *tuple[int, ...]) -> None: pass
print(g.__annotations__)
class A(Generic[T, *Ts]): pass
print(A.__parameters__, A[int, str, float], A[int], A[int, *tuple[str, bool]])
print(tuple[*Ts], tuple[int, *Ts], Tuple[*Ts], Generic[*Ts])
star = next(iter(tuple[int, str]))
print(star, star.__unpacked__, tuple[int, str].__unpacked__, star == tuple[int, str], star.__args__)

def outer():
    Us = [5]
    def h(*a: *Us) -> int: pass
    return h
print(outer().__annotations__)

class K:
    __Ts = [3]
    def m(self, *a: *__Ts): pass
print(K.m.__annotations__)

exec("from __future__ import annotations\ndef q(*a: *Ts, b: int): pass\ndef r(*a: *Ts | int): pass\n"
     "print(q.__annotations__, r.__annotations__)")
