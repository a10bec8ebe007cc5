# pydoc.render_doc / help() for functions, lambdas, bound and unbound methods, classes with
# methods, class and static methods, properties, data and inherited members, and modules;
# pydoc.locate for dotted names. Only our own objects: built-in docstrings are pygen's words.
import io
import pydoc
import sys
import types


class Base:
    """Base doc."""
    x = 1

    def hello(self, a):
        """Say hello."""

    @property
    def p(self):
        """A prop."""
        return 1


class Child(Base):
    """Child doc.

    Longer text,
    over lines."""
    y = [1, 2]
    long_value = 'z' * 100

    def __init__(self, v):
        self.v = v

    def run(self, *a, key=None, **k) -> int:
        pass

    async def later(self):
        """Runs later."""

    @classmethod
    def make(cls):
        """Make one."""

    @staticmethod
    def util(q=3):
        pass

    @property
    def rw(self):
        return 1

    @rw.setter
    def rw(self, v):
        pass

    lam = lambda self: 0


def plain_function(x, y=2, *rest, flag=False, **options):
    """Add things.

    More text here."""


for thing in (plain_function, lambda a, b=1: 0, Child(1).run, Child.hello, Child.make, Base, Child):
    print(pydoc.render_doc(thing, renderer=pydoc.plaintext))
    print('=' * 20)

module = types.ModuleType('demo_mod', 'Demo module.\n\nIt has a longer description.')
module.__file__ = '/made/up/demo_mod.py'
module.VALUE = 42
module.NAMES = ['a', 'b']
exec('''
def visible(a, b):
    """A function."""

def _hidden():
    pass

class Thing:
    """A thing."""
    def act(self):
        pass
''', module.__dict__)
print(pydoc.render_doc(module, renderer=pydoc.plaintext))
print('=' * 20)
print(pydoc.locate('os.path.join') is __import__('os').path.join, pydoc.locate('nope.x'),
      pydoc.locate('builtins.len') is len, pydoc.locate('len') is len,
      pydoc.locate('collections.OrderedDict') is __import__('collections').OrderedDict)
try:
    pydoc.render_doc('nope.x')
except ImportError as e:
    print(repr(e))
print(pydoc.describe(pydoc), pydoc.describe(Child), pydoc.describe(plain_function), pydoc.describe(len),
      pydoc.describe(Child(1).run), pydoc.describe(5))
print(pydoc.plain('b\bbo\bol\bld'), repr(pydoc.getdoc(Child)))
help(plain_function)
help('nope.x')
out = io.StringIO()
pydoc.doc(Base.hello, output=out)
print(repr(out.getvalue()))
print(repr(help))
