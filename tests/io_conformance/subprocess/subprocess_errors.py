# Exec failures reported through the error pipe, timeouts, signals and the Popen lifecycle.
import os
import signal
import subprocess
import sys

for args, kw in ((['no_such_command_xyz'], {}), (['/etc/passwd'], {}), (['ls'], {'cwd': '/no/such/dir'}),
                 (['/no/such/prog'], {}), ('no_such_command_xyz', {'shell': False})):
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(['sh', '-c', 'exit 0'], cwd='/etc/passwd')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
print(subprocess.run('exec no_such_command_xyz 2>/dev/null', shell=True).returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.output, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout, e.stdout, e.stderr)
print(str(subprocess.TimeoutExpired(['x'], 1.5)))
p = subprocess.Popen(['sh', '-c', 'sleep 0.5; echo done'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('communicate timeout', e.timeout, e.output)
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('wait timeout', e.cmd, e.timeout)
p.terminate()
print(p.wait(), p.poll(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGUSR1)
print(p.wait())
p.kill()          # already reaped: nothing happens
p.send_signal(signal.SIGTERM)
print(p.returncode)
p = subprocess.Popen(['true'])
print(p.wait(), repr(p).startswith('<Popen: returncode: 0 args: '))
with subprocess.Popen(['sh', '-c', 'exit 9']) as p:
    pass
print('after with', p.returncode)
try:
    with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
        p.stdin.write(b'in the with block\n')
        p.stdin.flush()
        print(p.stdout.readline())
        raise RuntimeError('boom')
except RuntimeError as e:
    print('RuntimeError', e, p.returncode)
r = subprocess.run([sys.executable, '-c', 'import os, signal; os.kill(os.getpid(), signal.SIGTERM)'])
print(r.returncode)


# preexec_fn runs in the child before exec; an exception there is reported by the parent.
def set_var():
    os.environ['FROM_PREEXEC'] = 'yes'


print(subprocess.run(['sh', '-c', 'echo $FROM_PREEXEC'], preexec_fn=set_var, capture_output=True).stdout)
print(os.environ.get('FROM_PREEXEC'))


def fail():
    raise ValueError('in the child')


try:
    subprocess.run(['true'], preexec_fn=fail)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
