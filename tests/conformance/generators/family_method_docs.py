# The generator family's methods and name attributes have docstrings that say what they do.
import types

for t, word in ((types.GeneratorType, 'generator'), (types.CoroutineType, 'coroutine')):
    print(t.__name__,
          ('into ' + word) in t.send.__doc__,
          ('inside ' + word) in t.close.__doc__,
          ('in ' + word) in t.throw.__doc__,
          ('of the ' + word) in t.__dict__['__name__'].__doc__,
          ('of the ' + word) in t.__dict__['__qualname__'].__doc__)
print(t.close.__doc__)
print(t.__dict__['__qualname__'].__doc__)
