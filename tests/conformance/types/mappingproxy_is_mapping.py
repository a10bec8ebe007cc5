# mappingproxy is registered as a collections.abc.Mapping (not a MutableMapping), as in CPython,
# so code that checks isinstance(x, Mapping) accepts a class's __dict__.
import collections.abc as abc
import types
proxy = types.MappingProxyType({"a": 1})
print(isinstance(proxy, abc.Mapping), isinstance(proxy, abc.MutableMapping))
print(isinstance(int.__dict__, abc.Mapping), issubclass(types.MappingProxyType, abc.Collection))
print(dict(proxy), len(proxy), "a" in proxy, list(proxy.items()))
