from __future__ import annotations
exprs = r'''
a
a.b.c
1 .real
1.5 .real
a[b]
a[b, c]
a[b,]
a[()]
a[1:2]
a[1:2:3]
a[:]
a[::2]
a[1:2, ::3]
a[*b]
a[b, *c]
f()
f(a, b=1, *c, **d)
f(x for x in y)
f((x for x in y), 1)
a + b * c
(a + b) * c
a - (b - c)
(a - b) - c
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
not a
not (a and b)
a and b or c
a and (b or c)
a or b and c
a if b else c
(a if b else c) if d else e
a if (b if c else d) else e
lambda: 1
lambda x, y=2, *a, z, w=3, **k: x
lambda x, /, y: x
lambda *, k: k
a < b < c
a is not b
a not in b
(a < b) < c
[1, 2, 3]
[]
{}
{1: 2, **d}
{1, 2}
(1,)
(1, 2)
()
[x for x in y if z if w for q in r]
{x: y for x, y in z}
{x for x in y}
(yield)
'abc'
"a'b"
b'x\x00'
1e400
-1e400
1e400j
2j
1.5
10**100
None
True
...
f'{a}'
f'{a!r:>{w}}'
f'x{{y}}'
f'{ {1: 2}[1] }'
f'{a=}'
a | b
a @ b
a // b % c
~a
+a
a << b >> c
a & b ^ c | d
dict[str, int | None]
Callable[[int, str], None]
'List[int]'
x.y[z](w)
*a
await x
'''.strip().split('\n')
import sys
for e in exprs:
    try:
        ns = {}
        exec("async def f() -> " + e + ": pass" if 'await' in e else "def f() -> " + e + ": pass", ns)
        print(repr(ns['f'].__annotations__['return']))
    except SyntaxError as ex:
        print("SyntaxError", ex.msg)
