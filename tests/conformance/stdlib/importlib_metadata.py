# importlib.metadata over a site folder made here: a .dist-info (METADATA with repeated and
# folded headers and a body, entry_points.txt with extras, RECORD, top_level.txt) and an old
# .egg-info (PKG-INFO, requires.txt with sections); names matched after PEP 503 normalisation.
import csv  # noqa: F401  (files() reads RECORD with it; imported before sys.path is narrowed)
import importlib.metadata as m
import os
import shutil
import sys
import tempfile

site = tempfile.mkdtemp()
files = {
    'foo_bar-1.2.3.dist-info/METADATA': """Metadata-Version: 2.1
Name: Foo-Bar
Version: 1.2.3
Summary: A test package
Keywords: alpha, beta gamma
Classifier: Programming Language :: Python
Classifier: License :: OSI Approved
Requires-Dist: requests (>=2.0)
Requires-Dist: click ; extra == "cli"
Provides-Extra: cli

Long description
second line
""",
    'foo_bar-1.2.3.dist-info/entry_points.txt': """[console_scripts]
foo = foo_bar.cli:main
foo-extra = foo_bar.cli:run [cli]

[foo.plugins]
json = foo_bar:plugin
""",
    'foo_bar-1.2.3.dist-info/RECORD': 'foo_bar/__init__.py,sha256=abc,12\nfoo_bar/cli.py,,\nfoo_bar-1.2.3.dist-info/METADATA,,\n',
    'foo_bar-1.2.3.dist-info/top_level.txt': 'foo_bar\n',
    'foo_bar/__init__.py': 'def plugin(): return 42\n',
    'foo_bar/cli.py': 'def main(): return "main"\n',
    'Old.Pkg-0.9-py3.11.egg-info/PKG-INFO': 'Metadata-Version: 1.0\nName: Old.Pkg\nVersion: 0.9\n',
    'Old.Pkg-0.9-py3.11.egg-info/requires.txt': ('six\n\n[test]\npytest\n\n[:python_version < "3"]\nfutures\n\n'
                                                 '[tls:sys_platform == "win32"]\nwincert\n'),
}
for name, text in files.items():
    os.makedirs(os.path.join(site, os.path.dirname(name)), exist_ok=True)
    with open(os.path.join(site, name), 'w') as f:
        f.write(text)
saved_path = sys.path[:]
sys.path[:] = [site]
print(m.version('foo-bar'), m.version('Foo_Bar'), m.version('FOO.bar'), m.version('old.pkg'))
md = m.metadata('foo_bar')
print(md['Name'], md['Summary'], md.get_all('Classifier'), md['Missing'], 'Version' in md)
print(sorted(md.json.items()))
print(m.requires('foo-bar'), m.requires('old-pkg'))
eps = m.entry_points()
print(sorted(eps.groups), sorted(eps.select(group='console_scripts').names))
ep = eps.select(group='console_scripts')['foo']
print(ep, ep.module, ep.attr, ep.extras, ep.load()(), ep.group)
print(eps.select(group='console_scripts')['foo-extra'].extras)
print(m.entry_points(group='foo.plugins')['json'].load()())
print([(str(p), p.hash and p.hash.mode, p.size) for p in m.files('foo-bar')], m.files('old.pkg'))
print(sorted(d.metadata['Name'] for d in m.distributions()))
print(m.packages_distributions())
for bad in ['nope', '']:
    try: m.version(bad)
    except Exception as e: print(type(e).__name__, e, repr(e))
try: ep.name = 'x'
except AttributeError as e: print(e)
print(m.distribution('foo-bar').name, m.Distribution.at(os.path.join(site, 'foo_bar-1.2.3.dist-info')).version)
sys.path[:] = saved_path
shutil.rmtree(site)
