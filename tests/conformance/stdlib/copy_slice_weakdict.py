# copy: a slice's deep copy copies its parts; a reduction with a sixth item (state setter) is a
# TypeError for copy and deepcopy. weakref's dictionaries are MutableMappings (== works).
import copy, weakref, collections.abc
s = slice([1, 2], [3, 4], [5, 6])
c = copy.deepcopy(s)
print(c == s, c is s, c.start is s.start, copy.copy(s) is s)
class R:
    def __reduce__(self):
        return R, (), self.__dict__, None, None, print
for f in (copy.copy, copy.deepcopy):
    try:
        f(R())
    except TypeError as e:
        print('TypeError')
class K:
    pass
a, b = K(), K()
for kind in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    u = kind()
    u[a] = b
    v = copy.copy(u)
    print(kind.__name__, v == u, v is u, len(v), isinstance(u, collections.abc.MutableMapping))
    print(sorted(kind.__mro__[1:], key=lambda t: t.__name__)[0].__name__)
