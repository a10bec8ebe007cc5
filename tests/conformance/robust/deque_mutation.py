# Mutating a deque while iterating over it raises instead of looping forever; repr of a deque,
# OrderedDict or SimpleNamespace that contains itself.
import collections, types
d = collections.deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
d = collections.deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(e)
d = collections.deque([1, 2, 3])
it = iter(d)
print(next(it), 2 in d, next(it), list(it))
d.append(d)
print(d)
od = collections.OrderedDict(); od['a'] = od; print(repr(od))
class Sub(collections.OrderedDict): pass
s = Sub(b=1); s['me'] = s; print(s)
ns = types.SimpleNamespace(); ns.x = ns; ns.y = 1; print(repr(ns))
