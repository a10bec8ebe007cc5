# The default showwarning writes "file:line: Category: message" and the source line to stderr;
# formatwarning and a replaced showwarning.
import sys
import warnings

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, line="  x = 1  "), end="")
print(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 3), end="")

calls = []


def mine(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, lineno))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = mine
    warnings.warn("to hook")
print(calls)

old = sys.stderr


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
sys.stderr = cap
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("shown on stderr")  # the source line
        warnings.warn("deeper", stacklevel=5)
finally:
    sys.stderr = old
text = "".join(cap.parts)
for line in text.splitlines():
    print(line.replace(__file__, "FILE"))
