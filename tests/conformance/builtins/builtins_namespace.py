# The builtins module exposes the constants, types and exception classes under their names.
import builtins
print(builtins.__name__, builtins.len is len, getattr(builtins, "None") is None, getattr(builtins, "True"), __debug__)
print(Ellipsis, NotImplemented, type(Ellipsis).__name__)
names = ["object", "type", "int", "bool", "float", "str", "bytes", "bytearray", "list", "tuple", "dict", "set",
         "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "property",
         "classmethod", "staticmethod", "super"]
print([getattr(builtins, n).__name__ == n for n in names].count(True), len(names))
excs = ["BaseException", "Exception", "ValueError", "KeyError", "StopIteration", "StopAsyncIteration",
        "GeneratorExit", "RecursionError", "FileNotFoundError", "DeprecationWarning", "ZeroDivisionError"]
print([issubclass(getattr(builtins, n), BaseException) for n in excs])
print(builtins.IOError is OSError, builtins.EnvironmentError is OSError)
print(type(len).__name__, len.__name__, print.__module__)
