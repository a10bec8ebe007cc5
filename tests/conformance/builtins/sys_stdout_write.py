# sys.stdout/stderr objects: write returns the length, print and write interleave in order,
# redirecting sys.stdout makes print use the new object.
import sys
n = sys.stdout.write("héllo\n")
print("returned", n)
sys.stdout.write("no newline ")
print("then print")
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


saved = sys.stdout
sys.stdout = Capture()
print("captured", 1, 2)
cap = sys.stdout
sys.stdout = saved
print(repr(cap.text), sys.stdout is sys.__stdout__)
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
