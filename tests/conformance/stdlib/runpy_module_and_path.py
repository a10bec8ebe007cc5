# runpy: run_module and run_path on modules, packages (their __main__), scripts and folders;
# the globals they return, what sys.modules/sys.argv hold meanwhile, and the errors.
import os
import runpy
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, 'pkg'))
os.makedirs(os.path.join(tmp, 'app'))
files = {
    'mymod.py': 'import sys\nX = 1\nSEEN = (__name__, __package__, __spec__.name if __spec__ else None,\n'
                '        sys.modules.get(__name__) is not None, sys.argv[0] == __file__)\n',
    'pkg/__init__.py': 'INIT = True\n',
    'pkg/__main__.py': 'print("pkg main", __name__, __package__)\n',
    'pkg/sub.py': 'print("sub", __name__, __package__, __spec__.name)\nfrom . import INIT\n',
    'script.py': 'import sys\nprint("script", __name__, __package__, __spec__, __loader__, __doc__)\nRESULT = [a for a in sys.argv[1:]]\n',
    'app/__main__.py': 'print("app main", __name__, __spec__.name, __package__)\n',
    'broken.py': 'def f(:\n',
}
for name, text in files.items():
    with open(os.path.join(tmp, name), 'w') as f:
        f.write(text)
sys.path.insert(0, tmp)
os.chdir(tmp)

g = runpy.run_module('mymod')
print(g['X'], g['SEEN'], os.path.basename(g['__file__']), g['__cached__'] is None or g['__cached__'].endswith('.pyc'))
g = runpy.run_module('mymod', init_globals={'Y': 2}, run_name='__main__', alter_sys=True)
print(g['Y'], g['SEEN'], '__main__' in sys.modules)
g = runpy.run_module('pkg')
print(sorted(k for k in g if k.startswith('__')))
g = runpy.run_module('pkg.sub', run_name='renamed')
print(g['INIT'])
sys.argv[1:] = ['a', 'b']
g = runpy.run_path('script.py', init_globals={'Z': 3})
print(g['RESULT'], g['Z'], g['__file__'], g['__name__'])
g = runpy.run_path('app', run_name='x.y')
print(g['__name__'], g['__package__'], sys.path[0] == tmp)
for bad in ['nonexistent_mod', '.relative', 'pkg.__main__', 'pkg.nothere', 'mymod.X', 'mymod.py']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print('ImportError', e)
for bad in ['missing.py', 'broken.py', 'pkg']:
    try:
        runpy.run_path(bad)
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, '<tmp>'))
