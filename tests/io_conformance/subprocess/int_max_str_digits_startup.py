# The digit limit of int/str conversions set at start-up: PYTHONINTMAXSTRDIGITS and
# -X int_max_str_digits (which wins), what sys.flags reports, and the fatal error for a bad value.
import os
import subprocess
import sys

PROBE = 'import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), len(str(10 ** 5000)))'


def run(env_value=None, xoption=None, code=PROBE):
    env = dict(os.environ)
    env.pop('PYTHONINTMAXSTRDIGITS', None)
    if env_value is not None:
        env['PYTHONINTMAXSTRDIGITS'] = env_value
    cmd = [sys.executable] + (['-X', xoption] if xoption else []) + ['-c', code]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    err = r.stderr.strip().splitlines()
    return r.returncode, r.stdout.strip(), err[0] if err else ''


print(run(code='import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())'))
for value in ['0', '6000', ' 7000', '0700', '5', 'abc', '99999999999999']:
    print(repr(value), run(env_value=value))
print(run(xoption='int_max_str_digits=8000'))
print(run(env_value='5', xoption='int_max_str_digits=0'))
print(run(xoption='int_max_str_digits=10'))
