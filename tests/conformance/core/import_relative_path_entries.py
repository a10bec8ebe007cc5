# A relative sys.path entry ('.', 'sub/..') is taken from the current folder: the modules found
# there get absolute __file__, __path__ and spec origins (3.11's FileFinder joins the current
# folder without normalising the entry), so they stay right after a chdir.
import os
import sys
import tempfile

top = tempfile.mkdtemp()
os.makedirs(os.path.join(top, 'pkg_rel_a'))
os.makedirs(os.path.join(top, 'sub', 'nsrel'))
with open(os.path.join(top, 'pkg_rel_a', '__init__.py'), 'w') as f:
    f.write('VALUE = 1\n')
with open(os.path.join(top, 'mod_rel_b.py'), 'w') as f:
    f.write('VALUE = 2\n')
with open(os.path.join(top, 'sub', 'nsrel', 'leaf.py'), 'w') as f:
    f.write('VALUE = 3\n')
os.chdir(top)
cwd = os.getcwd()


def show(path):
    return path.replace(cwd, '<cwd>')


sys.path[:0] = ['.', 'sub/..', 'sub']
import pkg_rel_a
import mod_rel_b
import nsrel.leaf
print(show(pkg_rel_a.__file__), [show(p) for p in pkg_rel_a.__path__], show(pkg_rel_a.__spec__.origin))
print(show(mod_rel_b.__file__))
print([show(p) for p in nsrel.__path__], show(nsrel.leaf.__file__))
import importlib
print(importlib.reload(mod_rel_b).VALUE, show(mod_rel_b.__file__))
os.chdir('/')
print(show(pkg_rel_a.__file__))
