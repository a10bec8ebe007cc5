# format() of complex: empty spec is str(), no type uses repr digits with parentheses unless the
# real part is +0.0, e/f/g/n types, sign, alignment, grouping, 'z', '#', and the rejected specs.
specs = ["", ">20", ".2f", "^20.3e", "g", ".3", "n", "#", "+", " ", "-^12", "#.0f",
         "*<15,.2f", "_.1f", "E", "F", "z.1f", "10", "\u00e9^16"]
values = [1 + 2j, 2j, -0.0 - 3.5j, complex(float("nan"), float("-inf")), 1e6 + 2e6j,
          complex(-0.0, 0.0), complex(-1e-9, 1e-9)]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
for spec in ["020", "=10", "d", "x", "%", "10.3fx", ".f", ",d", ",_f"]:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{1 + 2j:8.1f}|{3j!r:>8}|{-1j:<6}|")
