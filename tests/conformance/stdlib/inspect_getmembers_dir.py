# inspect.getmembers follows dir() (a class's own __dir__ included), adds the
# DynamicClassAttributes of a class's bases (an Enum's name and value), and falls back to the
# MRO's __dict__s for names whose lookup fails.
import enum
import inspect
import types


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print([name for name, _ in inspect.getmembers(Color)])
print([name for name, _ in inspect.getmembers(Color.RED) if not name.startswith('__')])
print(inspect.getmembers(Color, lambda v: isinstance(v, Color)))


class Narrow:
    def __dir__(self):
        return ['b', 'a', 'missing', 'a']

    a = 1
    b = property(lambda self: 2)


print(inspect.getmembers(Narrow()))


class WithDynamic:
    @types.DynamicClassAttribute
    def dyn(self):
        return "instance only"


class Child(WithDynamic):
    pass


names = [name for name, _ in inspect.getmembers(Child)]
print('dyn' in names, names.count('dyn'))
print(inspect.getmembers(Child(), lambda v: v == "instance only"))


class Broken:
    @property
    def boom(self):
        raise AttributeError("no")


print([n for n, v in inspect.getmembers(Broken()) if n == 'boom'],
      type(dict(inspect.getmembers(Broken))['boom']).__name__)
print([n for n, _ in inspect.getmembers_static(Color) if not n.startswith('_')])
