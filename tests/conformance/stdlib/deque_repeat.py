# deque repetition from either side and in place, with maxlen keeping the last items.
from collections import deque
d = deque([1, 2, 3])
print(d * 2, 2 * d, d * 0, -1 * d)
e = d
e *= 2
print(e, e is d)
m = deque([1, 2, 3], maxlen=4)
print(m * 2, 3 * m)
m *= 3
print(m, m.maxlen)
try:
    d * 1.5
except TypeError as exc:
    print("TypeError", exc)
