# repr/str of complex numbers: shortest digits per part, the real part left out only for +0.0,
# signed zeros, nan/inf, and imaginary literals.
values = [1 + 2j, 2j, -2j, 0j, -0j, complex(-0.0, -1), complex(-0.0, 0.0), complex(1, -0.0),
          complex(1, float('nan')), complex(0, float('inf')), complex(float('-inf'), float('-inf')),
          complex(1e16, 1e-5), 1e300j, 1.5j, 0.1 + 0.2j, complex(1, float('-nan')), 1J, 10j]
for v in values:
    print(repr(v), str(v))
print(type(3j).__name__, (3j).real, (3j).imag, (1 + 2j).conjugate(), (1 + 2j).__complex__())
print([1j, 2 + 0j], {"k": -1j}, (0.5 - 0.25j,))
print(f"{1 + 2j}", "%s and %r" % (1j, 2 - 1j))
