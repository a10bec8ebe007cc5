# any()/all() short-circuit and truthiness.
def gen(values, seen):
    for v in values:
        seen.append(v)
        yield v


seen = []
print(any(gen([0, "", 3, 4], seen)), seen)
seen = []
print(all(gen([1, "x", 0, 5], seen)), seen)
print(any([]), all([]), any([[]]), all([[0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
