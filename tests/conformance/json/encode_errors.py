# json.dumps failures and the hooks around them: default (called for unknown types, may return
# more unknown types), circular references (lists, dicts, through default), keys of other types
# with and without skipkeys, unsortable keys, hooks that raise.
import json

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {'re': o.real, 'im': o.imag, 'set': {1}}
    raise TypeError(f'nope {type(o).__name__}')
print(json.dumps({'s': {3, 1, 2}, 'c': 1j}, default=default))
for obj in [{'s': object()}, [1, b'x']]:
    try:
        json.dumps(obj, default=default)
    except TypeError as e:
        print(e)
for obj in [object(), b'bytes', {1, 2}, [1, 2, 1j]]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(e)
for obj in [{(1, 2): 3}, {b'k': 1}, {1j: 2}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.dumps({(1, 2): 3, 'a': 1, (3,): 4, 'b': 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3, 'a': [1]}, skipkeys=True, indent=1))
a = []
a.append(a)
d = {}
d['d'] = d
l2 = [1, {'x': None}]
l2[1]['x'] = l2
for obj in [a, d, l2, [a]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError', e)
    try:
        json.dumps(obj, indent=1)
    except ValueError as e:
        print('ValueError', e)

class X:
    pass
x = X()
try:
    json.dumps(x, default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps([x], default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps({1: 1, 'a': 2}, sort_keys=True, **kw)
    except TypeError as e:
        print(e)
def boom(o):
    raise RuntimeError('default failed')
try:
    json.dumps([1, X()], default=boom)
except RuntimeError as e:
    print('RuntimeError', e)

# The markers dict is left empty after a successful encode.
enc = json.JSONEncoder()
print(enc.encode([[1], {'a': [2]}]), enc.encode([[1], {'a': [2]}]))
