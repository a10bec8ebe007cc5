# sys.exit raises SystemExit with its argument as code; caught here so the program goes on.
import sys
for args in [(), (0,), (3,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
print("still running")
sys.stdout.flush()
sys.exit(0)
print("not reached")
