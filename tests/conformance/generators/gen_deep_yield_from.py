# timeout: 20
# A very deep yield-from chain ends in RecursionError, not a crash.
import sys


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)


print(next(chain(50)))
for depth in (10**4, 10**6):
    try:
        print(next(chain(depth)))
    except RecursionError as e:
        print("RecursionError at depth", depth, "-", e)
sys.setrecursionlimit(5000)
try:
    print(next(chain(4000)))
except RecursionError as e:
    print("RecursionError:", e)
