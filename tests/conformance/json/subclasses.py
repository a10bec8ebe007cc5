# Subclasses of the JSON types: int/float/str subclasses print as their values, IntEnum as an
# int, list/tuple subclasses as arrays, dict subclasses through their items(), OrderedDict in
# order; a default() that changes the list being encoded.
import json
import enum
from collections import OrderedDict

class F(float):
    def __repr__(self):
        return 'F!'
class I(int):
    def __repr__(self):
        return 'I!'
class S(str):
    pass
class D(dict):
    def items(self):
        return [('x', 1), ('y', [2])]
class L(list):
    def __iter__(self):
        return iter([9])
class T(tuple):
    pass
class E(enum.IntEnum):
    A = 1
class FE(float, enum.Enum):
    X = 2.5
objs = [F(1.5), I(7), S('s'), D(a=2), L([1, 2]), T((3, 4)), {S('k'): I(3)}, {E.A: E.A}, [FE.X],
        {I(5): 'int key', F(0.5): 'float key'}, OrderedDict([('z', 1), ('a', 2)]), I(10 ** 20)]
for o in objs:
    for kw in [{}, {'indent': 1}, {'sort_keys': True}]:
        print(json.dumps(o, **kw))
class BadItems(dict):
    def items(self):
        return [('x', 1, 2)]
for kw in [{}, {'sort_keys': True}]:
    try:
        print(json.dumps(BadItems(a=1), **kw))
    except ValueError as e:
        print('ValueError', e)
print(json.dumps(D()), json.dumps(L()))

items = [1, 2, object(), 4]
def grow(o):
    items.append(5)
    return 'grew'
print(json.dumps(items, default=grow))
d = {'a': object(), 'b': 2}
def mutate(o):
    d['c'] = 3
    return 'm'
print(json.dumps(d, default=mutate), sorted(d))
