# print(): sep/end/None defaults, file= with a user object, flush=, and its argument errors.
import sys
print("a", "b", "c", sep="-", end="!\n")
print("x", end="")
print("y", sep=None, end=None)
print(1, 2.5, None, [1, "s"], sep="")
print()


class Recorder:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushed += 1


r = Recorder()
print("one", 2, sep="|", end="$", file=r, flush=True)
print(r.parts, r.flushed)
print("to stdout", file=sys.stdout)
print("written:", sys.stdout.write("direct\n"))
for kwargs in [{"sep": 1}, {"end": 2}, {"foo": 3}]:
    try:
        print("z", **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    print("z", file=42)
except AttributeError as e:
    print("AttributeError", e)
