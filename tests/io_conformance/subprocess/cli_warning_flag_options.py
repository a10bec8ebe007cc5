# The command-line options CPython's test.support passes to child interpreters: -W (and
# PYTHONWARNINGS, ignored under -E/-I), -b/-bb, -I, -E, -S, -s, -q, -X utf8, -i; what sys.flags,
# sys.warnoptions and the warnings filters then say, and how warnings behave.
import os
import subprocess
import sys

PROBE = r'''
import sys, warnings
print(sys.warnoptions)
f = sys.flags
print(f.inspect, f.interactive, f.no_user_site, f.no_site, f.ignore_environment, f.bytes_warning,
      f.quiet, f.isolated, f.utf8_mode, f.safe_path)
for entry in warnings.filters[:4]:
    print(entry)
warnings.warn("hello there", UserWarning)
try:
    warnings.warn("old thing", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
'''


def run(*options, env_warnings=None):
    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    if env_warnings is not None:
        env['PYTHONWARNINGS'] = env_warnings
    r = subprocess.run([sys.executable, *options, '-c', PROBE], capture_output=True, text=True,
                       env=env, stdin=subprocess.DEVNULL)
    print(options, env_warnings, r.returncode)
    print(r.stdout, end='')
    print('stderr:', [line for line in r.stderr.splitlines() if not line.startswith('  File')])


run()
run('-Wd')
run('-W', 'error::DeprecationWarning', '-Wignore::UserWarning')
run('-Wd', env_warnings='i::UserWarning,,d,e::DeprecationWarning')
run('-E', env_warnings='error')
run('-I', '-S', '-s', '-q', '-X', 'utf8')
run('-bb', '-W', 'bogus', '-W', 'a::Nope', '-Wi::warnings.Nope', '-W', 'e::nomod.X', '-Wd::int')
run('-W::::', '-W::::-1', '-W::::::', '-Wonce:hel:UserWarning:__main__:5')
run('-W', 'error:Hel::__mai')
run('-W', 'error:Hel::__main__')
run('-b', '-X', 'utf8=0', '-i')
r = subprocess.run([sys.executable, '-W'], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[0])
