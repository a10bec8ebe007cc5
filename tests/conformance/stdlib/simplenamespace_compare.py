# SimpleNamespace compares by the real types (not __class__) and takes keywords only in 3.11
# (CPython 3.11 test_types SimpleNamespaceTests.test_fake_namespace_compare).
import types

class FakeSimpleNamespace(str):
    __class__ = types.SimpleNamespace

class Sub(types.SimpleNamespace):
    pass

ns = types.SimpleNamespace()
print(ns == FakeSimpleNamespace(), ns != FakeSimpleNamespace())
print(types.SimpleNamespace.__eq__(ns, FakeSimpleNamespace()))
for op in ('<', '<=', '>', '>='):
    try:
        eval('ns %s FakeSimpleNamespace()' % op)
    except TypeError as e:
        print(op, 'TypeError')   # (CPython names the type types.SimpleNamespace)
print(types.SimpleNamespace(a=1) == Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2), ns == {}, ns != 1)
for args in (({'a': 1},), ([('a', 1)],), (1, 2)):
    try:
        types.SimpleNamespace(*args)
    except TypeError as e:
        print('TypeError', e)
print(types.SimpleNamespace(x=1, y=[2]))
