# sched: a scheduler on a simulated clock: enter/enterabs ordering by time, priority and sequence,
# cancel, run(blocking=False), events scheduled from actions, the Event tuple.
import sched, time
clock = [0.0]
def now(): return clock[0]
def sleep(d): clock[0] += d
s = sched.scheduler(now, sleep)
log = []
def act(name, **kw): log.append((now(), name, kw))
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 2, act, ("two-b",), {"k": 1})
e3 = s.enter(2, 1, act, ("two-a",))
e4 = s.enterabs(10, 0, act, ("ten",))
print(e1 < e4, e2 > e3, e2 == e2, [e.argument[0] for e in s.queue], s.empty())
print(repr(e3._replace(action=None)))
s.cancel(e1)
try:
    s.cancel(e1)
except ValueError as e:
    print("ValueError", e)
print(s.run(blocking=False), log)
s.run(); print(log, s.empty(), s.run())
def chain(n):
    log.append(("chain", n, now()))
    if n: s.enter(1, 0, chain, (n - 1,))
s.enter(0, 0, chain, (3,)); s.run(); print(log[-4:])
print(sched.Event._fields, sched.Event.time.__doc__[:20])
try:
    hash(e2)
except TypeError as e:
    print(e)
