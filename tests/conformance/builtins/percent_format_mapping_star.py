# '%' formatting with a mapping argument: a '*' width or precision after a
# %(key) lookup takes the mapping itself as its argument (and so fails with
# "* wants int"); it once read before the start of the argument array.
def show(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)

show("%(name)*s", {"name": "x"})
show("%(name).*s", {"name": "xyz"})
show("%(a)s %(b)*d", {"a": 1, "b": 2})
show("%(a)s and %s", {"a": 1})
show("%s %(a)s", {"a": 1})
show(b"%(k)*s", {b"k": b"v"})
show(b"%(k)s", {b"k": b"v"})
show("%*s|%-*s|", (4, "a", 3, "b"))
show("%(n)*s", {"n": 5})
show("%(a)%", {"a": 1})
show("%z", ())
show("%(a)z", {"a": 1})
show(b"%(a)s %s", {b"a": b"x"})
show("%(a)r %(a)a", {"a": "\xe9"})
# Only "%%" is a literal percent; any conversion takes its argument first.
for f, a in [("%5%", ()), ("%5%", (1,)), ("%-5%", ()), ("%*%", (3,)), ("%.2%", ()),
             ("%z", (1,)), ("%(a)5%", {"a": 1}), ("100%%", ()), ("%s%%", (1,))]:
    show(f, a)
    show(f.encode(), a if not isinstance(a, dict) else {b"a": 1})
