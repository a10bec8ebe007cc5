# % and // of small ints: operands that are both non-negative and below 2**32 are divided as
# 32-bit numbers; signs, the 2**32 edges, 64-bit values and zero divisors keep Python's results.
vals = [0, 1, 2, 3, 7, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 5, 2**63 - 1, -1, -2, -7, -2**31, -2**32, -2**63]


def run():
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append((a % b, a // b))
            except ZeroDivisionError as e:
                row.append(str(e))
        print(a, row)
    x, y = 10, 3
    for _ in range(20):   # quickened in-place forms
        x %= y
        x += 2**32 - 1
        x //= y
    print(x)
    print(sum(i % 97 + i // 13 for i in range(10000)), [i % 0x100000000 for i in (2**32 - 1, 2**32, -1)])


run()
