# os.register_at_fork(): before hooks run last-registered first, the after hooks in registration
# order, in the child or the parent; a failing hook is reported and the others still run.
import os
import random
import sys

log = []
os.register_at_fork(before=lambda: log.append("before 1"), after_in_parent=lambda: log.append("parent 1"))
os.register_at_fork(before=lambda: log.append("before 2"), after_in_child=lambda: log.append("child 2"),
                    after_in_parent=lambda: log.append("parent 2"))

def failing():
    raise ValueError("hook failed")

os.register_at_fork(after_in_parent=failing)
os.register_at_fork(after_in_parent=lambda: log.append("parent 3"))

seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))

r, w = os.pipe()
parent_value = None
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, (repr(log) + "\n" + repr(random.random())).encode())
    os._exit(0)
os.close(w)
data = b""
while chunk := os.read(r, 4096):
    data += chunk
os.close(r)
os.waitpid(pid, 0)
child_log, child_random = data.decode().split("\n")
print("child:", child_log)
print("parent:", log)
print("unraisable:", seen)
# random reseeds in the child: it does not repeat the parent's next number.
print(float(child_random) != random.random())

for bad in ({}, {"before": 1}, {"after_in_child": "x"}):
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print("TypeError:", e)
