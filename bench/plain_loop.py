# plain_loop: the core VM without generators: a while loop, int arithmetic, a function call and
# a list append/index per iteration. Prints a checksum on the last line.
import sys


def step(a, b):
    return (a * 31 + b) % 1000003


def main(n):
    acc = 0
    i = 0
    items = []
    while i < n:
        acc = step(acc, i)
        if i % 7 == 0:
            items.append(acc)
        i += 1
    total = 0
    for j in range(len(items)):
        total = (total + items[j] * j) % 1000000007
    return acc, total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print("plain_loop", n, main(n))
