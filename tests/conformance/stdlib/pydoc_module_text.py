# help() text of a whole module read from a file: NAME, DESCRIPTION, the class tree and each class,
# FUNCTIONS (a comment stands in for a missing docstring), DATA shortened to 70 columns, VERSION,
# AUTHOR, FILE; an alias in a class, a bound method, a dotted name, an instance.
import os
import pydoc
import sys
import tempfile

SOURCE = r'''
"""Demo module for help().

Second paragraph
with two lines."""

__version__ = '1.2'
__author__ = 'Someone'
BIG = list(range(50))
MAPPING = {i: str(i) for i in range(15)}
TEXT = 'a\\b' * 3
PATH = r'C:\temp'


class Root:
    """Root class."""

    def __init__(self, a, b=2):
        """Make a root."""

    def method(self):
        pass


class Mixin:
    def mix(self):
        """Mixing."""


class Leaf(Root, Mixin):
    """A leaf."""
    count = 0

    def method(self):
        """Overridden."""

    alias = method

    def __repr__(self):
        return 'Leaf()'

    def __eq__(self, other):
        return True

    __hash__ = None


# A comment describing helper.
def helper(x, /, y, *, z=3):
    return x


async def later():
    """Async function."""


def gen():
    yield 1


class _Private:
    pass
'''

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'demo_pkg_mod.py'), 'w') as f:
    f.write(SOURCE)
sys.path.insert(0, folder)
import demo_pkg_mod
print(pydoc.render_doc(demo_pkg_mod, renderer=pydoc.plaintext).replace(demo_pkg_mod.__file__, '<file>'))
print(pydoc.render_doc(demo_pkg_mod.Leaf, renderer=pydoc.plaintext))
print(pydoc.render_doc(demo_pkg_mod.helper, renderer=pydoc.plaintext))
print(pydoc.render_doc(demo_pkg_mod.Leaf(1).method, renderer=pydoc.plaintext))
print(pydoc.render_doc('demo_pkg_mod.Leaf.alias', renderer=pydoc.plaintext))
