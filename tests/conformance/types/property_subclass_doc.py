# A property subclass keeps the getter's docstring in the instance's own __dict__ (the subclass's
# class docstring would shadow it otherwise); with __slots__ = () the store is an AttributeError.

class PSub(property):
    """class doc of PSub"""

class PSlots(property):
    __slots__ = ()


class A:
    @PSub
    def spam(self):
        """getter doc"""
        return 1

    @spam.setter
    def spam(self, value):
        """ignored setter doc"""

print(A.spam.__doc__, type(A.spam).__name__, sorted(vars(A.spam)))
print(A().spam)

class B(A):
    @A.spam.getter
    def spam(self):
        """new getter doc"""
        return 2
print(B.spam.__doc__, B().spam)

p = PSub(lambda self: 0)
print(p.__doc__, vars(p))
p = PSub(lambda self: 0, doc="explicit")
print(p.__doc__, vars(p))
p.__doc__ = "changed"
print(p.__doc__, p.getter(lambda s: 1).__doc__)

def documented(self):
    "documented"

for args in [(documented,), (None, None, None, None), (lambda self: 0,)]:
    try:
        q = PSlots(*args)
        print("PSlots ok", q.__doc__)
    except AttributeError as e:
        print("AttributeError:", e)

# plain property is unchanged
q = property(documented)
print(q.__doc__, q.getter(lambda s: 0).__doc__, property(documented, doc="d").__doc__)
