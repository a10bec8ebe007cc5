# Popen's pipes: text and binary streams, communicate with large data, fds passed or closed,
# new sessions, and stdout/stderr taken from files.
import os
import subprocess
import sys

code = 'import sys; data = sys.stdin.read(); sys.stdout.write(data.upper()); sys.stderr.write(str(len(data)))'
p = subprocess.Popen([sys.executable, '-c', code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
print(p.communicate('hello\nworld\n'), p.returncode)
p = subprocess.Popen([sys.executable, '-c', code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.communicate(b'bytes in'), p.returncode)
try:
    p.communicate(b'again')
except ValueError as e:
    print('ValueError:', e)

data = bytes(range(256)) * 40960    # 10 MB through cat and back
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.stderr)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ('one', 'two', 'three'):
    p.stdin.write(word + '\n')
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE)
print([line for line in p.stdout])
p.stdout.close()
print(p.wait())

rfd, wfd = os.pipe()
subprocess.run(['sh', '-c', f'echo passed >&{wfd}'], pass_fds=[wfd])
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)

# An inheritable fd is closed in the child by default, kept with close_fds=False.
rfd, wfd = os.pipe()
os.set_inheritable(wfd, True)
check = f'test -e /proc/self/fd/{wfd} && echo open || echo closed'
print(subprocess.run(['sh', '-c', check], capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', check], capture_output=True, text=True, close_fds=False).stdout.strip())
os.close(rfd)
os.close(wfd)

r = subprocess.run([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getpid())'],
                   start_new_session=True, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getpid())'],
                   capture_output=True, text=True)
print(r.stdout.strip())

path = f'/tmp/pygen_subprocess_pipes_{os.getpid()}.txt'
with open(path, 'w+b') as f:
    subprocess.run(['sh', '-c', 'echo to file; echo err to file >&2'], stdout=f, stderr=subprocess.STDOUT)
    f.seek(0)
    print(f.read())
    fd = f.fileno()
    subprocess.run(['echo', 'via fd'], stdout=fd)
    f.seek(0)
    print(f.read())
os.unlink(path)
