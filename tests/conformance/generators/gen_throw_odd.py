# throw() with objects that are not exceptions, and the argument forms.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


class NotAnException:
    pass


it = g()
next(it)
for bad in [42, "text", NotAnException, NotAnException(), None, [ValueError]]:
    try:
        it.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
it.throw(ValueError)
it.throw(ValueError, "with value")
it.throw(ValueError, ("a", 1))
it.throw(ValueError("instance"))
try:
    it.throw(ValueError("x"), "y")
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(ValueError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw()
except TypeError as e:
    print("TypeError:", e)
print("still alive:", it.gi_frame is not None)
