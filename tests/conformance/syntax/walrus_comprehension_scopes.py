# Assignment expressions in comprehensions: never in an iterable expression (also inside a
# lambda or a nested comprehension there), and global when the enclosing function says so.
cases = ["[i for i in (i := range(5))]", "[i for i in (2, 3, i := range(5))]",
         "[i for i in (lambda:(j := range(5)))()]", "[i for i in range(5) for j in (i := range(5))]",
         "[i for i in [j for j in (k := range(5))]]", "[i for i in [j for j in range(5) if (j := True)]]",
         "[i for i in [(j := True) for j in range(5)]]", "{i for i in (j := range(5))}",
         "{i: 1 for i in (j := range(5))}", "list(i for i in range(3) for k in (j := [1]))"]
for code in cases:
    for wrap, ns in ((code, ({},)), (code, ({}, {})), ('lambda: ' + code, ({},))):
        try:
            exec(wrap, *ns)
            print('compiles', wrap)
        except SyntaxError as e:
            print(wrap, '->', e.msg, e.offset, e.end_offset)

G = None
def f():
    global G
    [G := n for n in range(3)]
    return G
print(f(), G)
def g():
    x = 0
    def h():
        nonlocal x
        [x := n for n in range(4)]
    h()
    return x
print(g())
