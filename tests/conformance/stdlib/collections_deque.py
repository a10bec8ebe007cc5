# deque: both ends, maxlen, rotate, indexing, repr, comparisons and error messages.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
m.appendleft(-1)
print(m)
print(deque([1], maxlen=3), deque())
e = deque([1, 2, 3, 2])
print(e.count(2), e.index(3), 2 in e, list(reversed(e)))
e.remove(2)
e.insert(1, "x")
e.reverse()
print(e, e == deque([2, 3, "x", 1]), e.copy() is not e)
e.clear()
for op in (e.pop, e.popleft):
    try:
        op()
    except IndexError as err:
        print("IndexError:", err)
try:
    deque([1]).remove(5)
except ValueError as err:
    print("ValueError:", err)
