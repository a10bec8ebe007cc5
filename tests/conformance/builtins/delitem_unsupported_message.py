# Deleting an item from an object that cannot do it: CPython words the
# TypeError "doesn't" for types with sequence methods (and every class
# statement's type) and "does not" for the rest.
class Plain:
    pass

for obj in [Plain(), None, 1, 2.5, print, object(), Plain, "s", (1,), b"b",
            range(3), frozenset(), {1}]:
    try:
        del obj[0]
    except TypeError as e:
        print(e)
