# == and != against int, float and complex (exact for big ints), the numeric hash shared with
# int and float, and complex keys in dicts and sets.
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 2j != 2, 1 + 2j == 1 + 2j, 1j == "1j", 1j != None)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == 1j)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(-1 + 0j), hash(0j))
print(hash(1.5 + 2j), hash(complex(0, 1)), hash(-1j), hash(complex(-1, 1)) , hash(1e300j))
d = {1: "int", 1.0 + 0j: "complex", 2j: "imag"}
print(d, {0j, 0, 0.0, 1j, 1j})
print([1j, 2j, 1j].count(1j), 1j in [0, 1j], sum([1j, 2j, 3]))
