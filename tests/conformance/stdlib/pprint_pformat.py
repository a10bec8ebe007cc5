# pprint: pformat of nested containers (sorted dicts, wrapping at the width, compact, depth),
# long strings and bytes, collections types, recursion, saferepr/isreadable/isrecursive.
import pprint
import collections

data = {'b': [1, 2, 3] * 10, 'a': {'x': (1, 2), 'y': 'text ' * 20}, 'c': {3, 1, 2}}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, indent=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat({'z': 1, 'a': 2}, sort_dicts=False))
print(pprint.pformat(('single' * 20,)))
print(pprint.pformat(frozenset(range(30))))
print(pprint.pformat('word ' * 40))
print(pprint.pformat('line one\nline two\n' * 6))
print(pprint.pformat(bytes(range(60))))
print(pprint.pformat(bytearray(b'abcdefgh' * 12)))
d = collections.OrderedDict((str(i) * 10, i) for i in range(8))
print(pprint.pformat(d))
dd = collections.defaultdict(list, {('k' * 30): [1, 2] * 10})
print(pprint.pformat(dd))
print(pprint.pformat(collections.Counter('abracadabra' * 10)))
print(pprint.pformat(collections.deque(range(30), maxlen=40)))
print(pprint.pformat(collections.deque(range(30))))
print(pprint.pformat(collections.ChainMap({'a': 1} , {'b' * 40: 2, 'c' * 40: 3})))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='))
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': 2}))
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.pformat([10 ** 12], underscore_numbers=True))
pprint.pprint({'key': ['value'] * 20})
pprint.pp({'z': 1, 'a': [2] * 30})
printer = pprint.PrettyPrinter(width=20)
print(printer.pformat([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
for args in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**args)
    except ValueError as e:
        print(e)
nested = {'level1': {'level2': {'level3': {'level4': list(range(10))}}}}
print(pprint.pformat(nested, width=30))
print(pprint.pformat([{1: 'a' * 30, 2: 'b' * 30}, {3: 'c' * 40}]))
print(pprint.pformat({(1, 'a'): 1, (0, 'b'): 2, 'str': 3, 5: 4}))
