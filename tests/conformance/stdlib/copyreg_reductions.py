# copyreg: the old-protocol reduction (_reconstructor through the nearest built-in base, the
# __slots__ and __getstate__ rules), the protocol-2 reduction with __getnewargs__(_ex__),
# slot names (mangled, cached), the extension registry and its errors, pickle()/constructor().
import copy
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.a = 1


class MyInt(int):
    pass


class Slotted:
    __slots__ = ('x', '__hidden', '__dict__')

    def __init__(self):
        self.x = 1
        self.__hidden = 2


class Stated:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {'v': self.v * 10}


class NewArgs(int):
    def __new__(cls, value, extra):
        obj = super().__new__(cls, value)
        obj.extra = extra
        return obj

    def __getnewargs__(self):
        return (int(self), self.extra)


class NewArgsEx:
    def __new__(cls, *, k):
        obj = super().__new__(cls)
        obj.k = k
        return obj

    def __getnewargs_ex__(self):
        return (), {'k': self.k}


for proto in range(6):
    row = []
    for obj in (Plain(), MyInt(7), Stated(), NewArgs(5, 'e'), NewArgsEx(k=4)):
        try:
            back = pickle.loads(pickle.dumps(obj, proto))
            row.append('%s:%s' % (type(back).__name__, sorted(vars(back).items()) if hasattr(back, '__dict__') else back))
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(proto, ' '.join(row))
s = Slotted()
for proto in (0, 1, 2, 4):
    try:
        t = pickle.loads(pickle.dumps(s, proto))
        print(proto, t.x, t._Slotted__hidden)
    except TypeError as e:
        print(proto, 'TypeError:', e)
print(copyreg._slotnames(Slotted), Slotted.__slotnames__, copyreg._slotnames(Plain))
print(Plain().__reduce_ex__(1)[0].__name__, Plain().__reduce_ex__(1)[1][1:], MyInt(3).__reduce_ex__(0)[1][1:])
print(copy.copy(MyInt(9)), copy.deepcopy(Stated()).v, copy.copy(NewArgsEx(k=1)).k)
copyreg.add_extension('mod_x', 'name_y', 240)
copyreg.add_extension('mod_x', 'name_y', 240)
for args in (('mod_x', 'name_y', 241), ('other', 'z', 240), ('m', 'n', 0), ('m', 'n', 2 ** 31)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
print(copyreg._extension_registry.get(('mod_x', 'name_y')), copyreg._inverted_registry.get(240))
copyreg.remove_extension('mod_x', 'name_y', 240)
try:
    copyreg.remove_extension('mod_x', 'name_y', 240)
except ValueError as e:
    print('ValueError:', e)
for bad in (lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(5), lambda: copyreg.pickle(int, len, 5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(copyreg.pickle_complex(2 + 3j), copyreg.dispatch_table[complex] is copyreg.pickle_complex,
      pickle.loads(pickle.dumps(int | str)), copyreg.__newobj__(MyInt, 4), copyreg.__newobj_ex__(NewArgsEx, (), {'k': 2}).k)
