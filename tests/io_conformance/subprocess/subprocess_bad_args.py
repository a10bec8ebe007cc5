# Bad arguments to Popen/run/check_output raise CPython's exceptions with its messages; exec
# and dup2 failures in the child come back as OSError.
import subprocess

cases = [
    lambda: subprocess.Popen([]),
    lambda: subprocess.Popen(''),
    lambda: subprocess.Popen(['true', None]),
    lambda: subprocess.Popen([None]),
    lambda: subprocess.Popen(['true', 5]),
    lambda: subprocess.Popen(5),
    lambda: subprocess.Popen(['true'], env={'A': 5}),
    lambda: subprocess.Popen(['true'], env={'A=B': 'x'}),
    lambda: subprocess.Popen(['true'], env={5: 'x'}),
    lambda: subprocess.Popen(['true'], cwd=5),
    lambda: subprocess.Popen(['true'], stdin='bad'),
    lambda: subprocess.Popen(['true'], stdout=-7),
    lambda: subprocess.Popen(['true'], stdout=99999),
    lambda: subprocess.Popen(['true'], bufsize='x'),
    lambda: subprocess.Popen(['true\0x']),
    lambda: subprocess.Popen(['true', 'a\0b']),
    lambda: subprocess.Popen(['true'], env={'A': 'b\0c'}),
    lambda: subprocess.Popen(['true'], pass_fds=[-1]),
    lambda: subprocess.Popen(['true'], pass_fds=['x']),
    lambda: subprocess.Popen(['true'], startupinfo=1),
    lambda: subprocess.Popen(['true'], creationflags=1),
    lambda: subprocess.Popen(['true'], executable='/no/such'),
    lambda: subprocess.Popen('true', shell=True, executable='/no/such/sh'),
    lambda: subprocess.run(['true'], timeout='x'),
    lambda: subprocess.check_output(['true'], check=True),
    lambda: subprocess.Popen(['true']).wait(timeout='x'),
]
for i, c in enumerate(cases):
    try:
        r = c()
        if isinstance(r, subprocess.Popen):
            r.wait()
        print(i, 'ok', type(r).__name__)
    except BaseException as e:
        print(i, type(e).__name__, e)
