# Impossible sizes fail at once with CPython's exception, instead of filling memory first.
for src in ["'{:0{}d}'.format(1, 1 << 62)", "format(1.5, '0%d' % (1 << 62))",
            "list(range(1 << 62))", "tuple(range(1 << 62))", "sorted(range(1 << 62))",
            "[].extend(range(1 << 62))"]:
    try:
        eval(src)
    except MemoryError:
        print(src, "MemoryError")
class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return self.h
print(list(Hint(10)), list(Hint(NotImplemented)))
for h in (-1, 'x', 2.5):
    try:
        print(list(Hint(h)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self): return iter([9, 9])
print(tuple(L([1, 2, 3])), list(L([1, 2, 3])), sorted(L([3, 1])))
for src in ["round(1.5, 10**20)", "round(1.5, -10**20)", "int('1', 2**100)", "int('1', -2**100)",
            "'ab' * (1 << 62)", "b'ab' * (1 << 62)", "bytearray(b'ab') * (1 << 62)", "bytes(range(1 << 62))", "round(1.5, 'x')"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
