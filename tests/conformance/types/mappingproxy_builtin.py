# mappingproxy (types.MappingProxyType, dict views' .mapping) is a built-in type delegating to its mapping:
# CPython's constructor checks and messages, methods, '|', reversed(), read-only errors.
import types
class A:
    def __getitem__(s, k): return 1
m = types.MappingProxyType({'a':1})
try: hash(m)
except TypeError as e: print(e)
print(type(m).__hash__)
for args, kw in [((1,), {}), ((), {}), ((), {'mapping': {}, 'x': 1}), ((), {'x': 1}), (({}, {}), {}), (({},), {'mapping': {}}), (("abc",), {}), (([],), {}), (((),), {}), ((set(),), {})]:
    try: print(types.MappingProxyType(*args, **kw))
    except TypeError as e: print(e)
print(types.MappingProxyType(mapping={}))
try:
    class X(types.MappingProxyType): pass
except TypeError as e: print(e)
try: m['a']=2
except TypeError as e: print(e)
for k in ['a', 0, 1.5]:
    for o in [m, (1,), 5, 'x', A()]:
        try: del o[k]
        except TypeError as e: print(e)
try: m.x = 2
except AttributeError as e: print(e)
try: m |= {}
except TypeError as e: print(e)
print(m.get('a'), m.get('b', 3))
try: m.get()
except TypeError as e: print(e)
try: m.get(1,2,3)
except TypeError as e: print(e)
try: m.get(k=1)
except TypeError as e: print(e)
print(m == {'a':1}, m != {'a': 1}, str(m), repr(m), bool(m), bool(types.MappingProxyType({})))
try: m < m
except TypeError as e: print(e)
print(list(reversed(m)), m | {'b':2}, {'b':2} | m, m | m)
try: m | [(1, 2)]
except TypeError as e: print(e)
try: [(1, 2)] | m
except TypeError as e: print(e)
print(types.MappingProxyType[int], type(m).__name__, type(m).__module__, type(m).__qualname__)
import collections, collections.abc
class RevNone(dict):
    __reversed__ = None
try: reversed(types.MappingProxyType(RevNone()))
except TypeError as e: print(e)
class NoRev:
    def __getitem__(self, k): return k
try: reversed(types.MappingProxyType(NoRev()))
except AttributeError as e: print(e)
print(types.MappingProxyType.__doc__)
print(type({}.keys().mapping), {'q': 1}.items().mapping)
print(sorted(set(dir(m)) - set(dir(object()))))
import copy
try: copy.copy(m)
except Exception as e: print(type(e), e)
print(len(m), 'a' in m, 'b' in m, list(m), list(m.keys()), list(m.values()), list(m.items()), m.copy())
v = types.MappingProxyType(m)
print(v, v['a'], v == m)
import gc
d = {}
d['self'] = types.MappingProxyType(d)
del d
gc.collect()
