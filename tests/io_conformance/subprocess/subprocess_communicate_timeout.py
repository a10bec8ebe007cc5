# Popen.communicate across a timeout (the retried call resumes the session), the output carried
# by TimeoutExpired, text-mode newline translation, repr, list2cmdline quoting, PollSelector.
import selectors
import subprocess
import sys

p = subprocess.Popen(['sh', '-c', 'printf early; sleep 2; echo late'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
try:
    p.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print('timeout', e.timeout, e.output, e.stdout, e.stderr, type(e.cmd).__name__)
    print(str(e).endswith('timed out after 1 seconds'))
out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
try:
    p.communicate(input=b'x')
except ValueError as e:
    print('ValueError:', e)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('a\r\nb\rc\n' * 3))
print(p.universal_newlines)

big = b'x' * 300000
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err)

p = subprocess.Popen(['true'] + ['argument'] * 20)
p.wait()
print(repr(p))
print(repr(subprocess.Popen(['true'])).startswith('<Popen: returncode: None args: '))

for args in (['a b', 'c"d', 'e\\'], ['', 'x\\\\"y', 'tab\there\\\\', 'plain\\\\z'], ['"', '\\"']):
    print(subprocess.list2cmdline(args))

p = subprocess.Popen(['sh', '-c', 'sleep 5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('wait timeout', e.output, e.stderr)
p.terminate()
print(p.wait())
p.kill()
print(p.poll())
print(subprocess.run(['sh', '-c', 'exit 9']).returncode)
print(repr(subprocess.CompletedProcess('x', 0)), repr(subprocess.CompletedProcess(['y'], 2, None, b'e')))
e = subprocess.CalledProcessError(1, 'c', b'o', b'e')
e.stdout = b'new'
print(e.output, e.stdout, e.stderr, e.args)
sel = selectors.PollSelector()
r = sel.register(sys.stdout, selectors.EVENT_WRITE)
print([events for key, events in sel.select(0)])
sel.close()
try:
    subprocess.Popen(['true'], bufsize=1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    subprocess.Popen(['definitely-not-a-program-here'])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.Popen(['true'], cwd='/nonexistent-dir-xyz')
except FileNotFoundError as e:
    print(e.errno, e.filename)
