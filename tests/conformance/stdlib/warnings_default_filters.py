# The default filters: DeprecationWarning shown in __main__ once per location, UserWarning once.
import sys
import warnings


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


print([(a, c.__name__, m is not None) for a, _, c, m, _ in warnings.filters])
cap = Capture()
old = sys.stderr
sys.stderr = cap
try:
    for i in range(2):
        warnings.warn("dep", DeprecationWarning)
        warnings.warn("pending", PendingDeprecationWarning)
        warnings.warn("user")
finally:
    sys.stderr = old
print(sum(1 for p in cap.parts if "Warning" in p))
for p in cap.parts:
    print(p.split(": ", 1)[1].strip())
