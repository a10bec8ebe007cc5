# subprocess.run/call/check_* and the exceptions they raise, with real children.
import os
import subprocess
import sys

print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.run('echo $((1+2)); echo err >&2', shell=True, capture_output=True, text=True))
print(subprocess.run(['printf', 'a\\r\\nb\\rc'], capture_output=True, text=True).stdout.splitlines())
print(subprocess.check_output(['cat'], input=b'abc'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.call(['sh', '-c', 'exit 3']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 5'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.check_call(['sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.CalledProcessError(-200, 'x'))
print(subprocess.getstatusoutput('echo out; exit 2'))
print(subprocess.getstatusoutput('echo to-stderr >&2'))
print(subprocess.getoutput('printf "a\\nb\\n"'))
env = {'FOO': 'bar', 'PATH': os.environ.get('PATH', '/bin:/usr/bin')}
print(subprocess.run(['sh', '-c', 'echo $FOO'], env=env, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['pwd'], cwd='/', stdout=subprocess.PIPE).stdout)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo x; echo y >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(['sh', '-c', 'echo x; echo y >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run([sys.executable, '-c', 'import sys; sys.exit(7)']).returncode)
r = subprocess.run([sys.executable, '-c', 'print(input()[::-1])'], input='olleh', capture_output=True, text=True)
print(r.stdout, r.returncode)
cp = subprocess.CompletedProcess(['a'], 1, b'x')
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)
for bad in (dict(stdin=subprocess.PIPE, input=b''), dict(capture_output=True, stdout=subprocess.PIPE)):
    try:
        subprocess.run(['true'], **bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print('SubprocessError:', e)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\']))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
