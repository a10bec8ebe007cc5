#!/usr/bin/env python3
"""Differential tests of the import system, -m and PYTHONPATH.

Builds a tree of packages and modules in a temporary folder, then runs each scenario below under
python3 and under pygen (same command line, same environment, same working folder) and requires
the same standard output, the same last line of standard error and the same exit status. The
interpreter name in '-m' error lines is normalised.

  run_import_tests.py --interp build/pygen [-v] [--only NAME]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

TREE = {
    'app/__init__.py': 'print("app init", __name__, __package__)\nVALUE = 1\n',
    'app/__main__.py': 'import sys\nprint("app main", __name__, __package__, __spec__.name, sys.argv[1:])\n'
                       'from . import util\nprint(util.helper())\n',
    'app/util.py': 'from .sub import leaf\nfrom . import VALUE\ndef helper():\n    return ("helper", VALUE, leaf.LEAF)\n',
    'app/sub/__init__.py': '',
    'app/sub/leaf.py': 'LEAF = "leaf"\nfrom .. import VALUE as V\nfrom . import __name__ as h\n',
    'app/sub/deep.py': 'from ... import x\n',
    'app/bad.py': 'raise ValueError("boom")\n',
    'app/relmain.py': 'from . import VALUE\nprint("relmain", __name__, __package__, VALUE)\n',
    'nsp/part/m.py': 'print("ns module", __name__, __package__)\n',
    'other/nsp/part2/__init__.py': 'print("second portion", __name__)\n',
    'app/cyc.py': 'from .cyc2 import f\ndef g(): pass\n',
    'app/cyc2.py': 'from .cyc import g\ndef f(): pass\n',
    'circ_a.py': 'import circ_b\nx = 1\n',
    'circ_b.py': 'from circ_a import x\n',
    'selfrep.py': 'import sys\nsys.modules[__name__] = "replaced"\n',
    'mod.py': 'import sys\nprint("mod", __name__, __file__ == sys.argv[0], sys.argv[1:])\n'
              'print(sorted(k for k in ("__file__", "__spec__", "__loader__", "__package__") if k in globals()))\n',
    'libdir/extra.py': 'print("extra from PYTHONPATH", __name__)\n',
    'star/__init__.py': '__all__ = ["one", "two"]\n',
    'star/one.py': 'X = 1\n',
    'star/two.py': 'Y = 2\n',
    'notpkg.py': 'Z = 0\n',
    'failing.py': 'import sys\nprint("failing" in sys.modules)\n1/0\n',
}

SCENARIOS = [
    ('m_package', ['-m', 'app', 'a', 'b'], {}),
    ('m_module', ['-m', 'mod', 'x'], {}),
    ('m_submodule', ['-m', 'app.util'], {}),
    ('m_missing', ['-m', 'nosuch'], {}),
    ('m_missing_parent', ['-m', 'nosuch.x'], {}),
    ('m_package_without_main', ['-m', 'app.sub'], {}),
    ('m_relative_name', ['-m', '.mod'], {}),
    ('m_raises', ['-m', 'app.bad'], {}),
    ('m_relative_import_in_main', ['-m', 'app.relmain'], {}),
    ('m_builtin', ['-m', 'sys'], {}),
    ('pythonpath', ['-c', 'import extra, sys; print(sys.path[1].endswith("libdir"))'], {'PYTHONPATH': 'libdir'}),
    ('pythonpath_order', ['-c', 'import sys; print([p.rsplit("/", 1)[-1] for p in sys.path[1:3]], sys.path[0])'],
     {'PYTHONPATH': 'libdir:other'}),
    ('relative_imports', ['-c', 'import app.util as u; print(u.helper()); import app.sub.leaf as l; print(l.V, l.h)'], {}),
    ('relative_beyond_top', ['-c', 'import app.sub.deep'], {}),
    ('relative_no_parent', ['-c', 'from . import x'], {}),
    ('package_attrs', ['-c', 'import app\nprint(app.__spec__.name, app.__spec__.parent, app.__spec__.origin == app.__file__, '
                             'app.__spec__.submodule_search_locations == app.__path__, app.__package__)\n'
                             'import app.util as u\nprint(u.__spec__.parent, u.__package__, u.__spec__.submodule_search_locations)'], {}),
    ('namespace_package', ['-c', 'import nsp.part.m\nimport nsp\nprint(nsp.__file__, len(nsp.__path__), nsp.__spec__.origin)'],
     {'PYTHONPATH': 'other'}),
    ('namespace_two_portions', ['-c', 'import nsp.part2\nimport nsp\nprint(len(nsp.__path__))'], {'PYTHONPATH': 'other'}),
    ('circular', ['-c', 'import circ_a'], {}),
    ('circular_relative', ['-c', 'import app.cyc'], {}),
    ('module_replaces_itself', ['-c', 'import selfrep; print(selfrep)'], {}),
    ('missing', ['-c', 'import nosuch_module_x'], {}),
    ('missing_from', ['-c', 'from app import nosuch'], {}),
    ('not_a_package', ['-c', 'import notpkg.x'], {}),
    ('none_in_sys_modules', ['-c', 'import sys; sys.modules["blocked"] = None\nimport blocked'], {}),
    ('failing_import_removed', ['-c', 'import sys\ntry:\n    import failing\nexcept ZeroDivisionError as e:\n'
                                     '    print("caught", e)\nprint("failing" in sys.modules)'], {}),
    ('from_falls_back_to_sys_modules', ['-c', 'import sys, types\nm = types.ModuleType("app.fake")\n'
                                             'import app\nsys.modules["app.fake"] = m\nfrom app import fake\nprint(fake is m)'], {}),
    ('star_all_submodules', ['-c', 'from star import *\nprint(one.X, two.Y)'], {}),
    ('dunder_import', ['-c', 'm = __import__("app.sub.leaf")\nprint(m.__name__)\n'
                             'm = __import__("app.sub.leaf", fromlist=["LEAF"])\nprint(m.__name__)\n'
                             'print(__import__("app", globals(), None, ["util"]).util.__name__)'], {}),
    ('importlib_import_module', ['-c', 'import importlib\nm = importlib.import_module("app.util")\nprint(m.__name__)\n'
                                       'print(importlib.import_module(".leaf", "app.sub").LEAF)\n'
                                       'try:\n    importlib.import_module(".x")\nexcept TypeError as e:\n    print(e)'], {}),
    ('importlib_reload', ['-c', 'import importlib, app\napp.VALUE = 5\nr = importlib.reload(app)\nprint(r is app, app.VALUE)'], {}),
    ('importlib_util', ['-c', 'import importlib.util, sys\n'
                              's = importlib.util.spec_from_file_location("loaded_by_path", "mod.py")\n'
                              'print(s.name, s.origin, s.submodule_search_locations)\n'
                              'm = importlib.util.module_from_spec(s)\nsys.argv = ["mod.py"]\ns.loader.exec_module(m)\n'
                              'print(m.__name__, "loaded_by_path" in sys.modules)\n'
                              'print(importlib.util.find_spec("app.sub").name, importlib.util.find_spec("nosuch"))\n'
                              'print(importlib.util.resolve_name("..x", "a.b.c"))'], {}),
    ('meta_path_finder', ['-c', 'import sys, importlib.util\n'
                                'class Loader:\n'
                                '    def create_module(self, spec): return None\n'
                                '    def exec_module(self, module): module.made = module.__name__ * 2\n'
                                'class Finder:\n'
                                '    def find_spec(self, name, path, target=None):\n'
                                '        if name == "virtual": return importlib.util.spec_from_loader(name, Loader())\n'
                                '        return None\n'
                                'sys.meta_path.insert(0, Finder())\nimport virtual\nprint(virtual.made)'], {}),
    ('builtin_spec', ['-c', 'import sys, time\nprint(time.__spec__.name, time.__spec__.origin, sys.__spec__.origin)'], {}),
]


def make_tree(root):
    for rel, text in TREE.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as fh:
            fh.write(text)


def run(cmd, cwd, extra_env):
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    env.update(extra_env)
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=30)
    return p.returncode, p.stdout, p.stderr


def norm_err(b, interp):
    lines = [l for l in b.decode('utf-8', 'replace').splitlines() if l.strip()]
    last = lines[-1] if lines else ''
    return re.sub(r'^\S+: ', 'INTERP: ', last) if last.startswith(interp) or last.startswith(sys.executable) or \
        re.match(r'^/\S*python3\S*: ', last) else last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--interp', required=True)
    ap.add_argument('--only')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()
    interp = os.path.abspath(args.interp)
    root = tempfile.mkdtemp(prefix='pygen-imports-')
    failed = 0
    try:
        make_tree(root)
        for name, argv, env in SCENARIOS:
            if args.only and name != args.only:
                continue
            want = run(['python3'] + argv, root, env)
            got = run([interp] + argv, root, env)
            w = (want[0], want[1].replace(b'python3', b'INTERP'), norm_err(want[2], 'python3'))
            g = (got[0], got[1], norm_err(got[2], interp))
            if w != g:
                failed += 1
                print('FAIL', name)
                if args.verbose:
                    print('  want:', w)
                    print('  got: ', g)
            elif args.verbose:
                print('ok  ', name)
    finally:
        shutil.rmtree(root)
    total = len(SCENARIOS) if not args.only else 1
    print('imports: %d passed, %d failed' % (total - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
