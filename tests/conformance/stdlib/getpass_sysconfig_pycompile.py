# Small modules test.support imports: getpass.getuser, sysconfig variables, py_compile,
# importlib.util.source_from_cache, and a zipfile round trip.
import os, getpass, sysconfig, py_compile, importlib.util, tempfile, zipfile

os.environ['LOGNAME'] = 'someone'
print(getpass.getuser())
print(sysconfig.get_config_var('NO_SUCH_VARIABLE'))
print(type(sysconfig.get_config_vars()).__name__)
print(sysconfig.get_python_version())
print(sysconfig.is_python_build())
print(importlib.util.source_from_cache('/a/b/__pycache__/mod.cpython-311.pyc'))
try:
    importlib.util.source_from_cache('/a/b/mod.cpython-311.pyc')
except ValueError as e:
    print('ValueError', e)

with tempfile.TemporaryDirectory() as d:
    good = os.path.join(d, 'good.py')
    bad = os.path.join(d, 'bad.py')
    with open(good, 'w') as f:
        f.write('x = 1\n')
    with open(bad, 'w') as f:
        f.write('x = (\n')
    print(py_compile.compile(good) is not None)
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print('PyCompileError', e.exc_type_name)
    name = os.path.join(d, 'z.zip')
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('pkg/a.txt', 'hello ' * 20)
        z.writestr('b.bin', b'\x00\x01', zipfile.ZIP_STORED)
    print(zipfile.is_zipfile(name))
    with zipfile.ZipFile(name) as z:
        print(z.namelist(), z.read('pkg/a.txt')[:12], z.read('b.bin'), z.testzip())
        print(z.getinfo('b.bin').file_size)
        try:
            z.getinfo('missing')
        except KeyError as e:
            print('KeyError', e)
