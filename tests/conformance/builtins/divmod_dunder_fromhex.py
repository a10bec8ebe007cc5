# int and float expose __divmod__/__rdivmod__ (explicit calls, hasattr, and
# subclasses reaching them through divmod()); float.fromhex parses hex floats.
print((7).__divmod__(2), (7).__rdivmod__(30), (-7).__divmod__(2), (7).__divmod__(2.0))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__divmod__("x"))
print(hasattr(1, "__divmod__"), hasattr(1.0, "__rdivmod__"), hasattr(True, "__divmod__"))
try:
    (1).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (1.0).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

class I(int):
    pass

class F(float):
    pass

print(divmod(I(17), 5), divmod(17, I(5)), divmod(F(7.5), 2), divmod(7, F(2.5)))

for s in ["0x1.8p1", "1.8p1", "-0x1p-1074", "0X.8P+1", "  0x10  ", "inf", "-Infinity", "nan",
          "0x1.fffffffffffff8p1023", "0x1p1024", "0x", "0x1p", "1.2.3", "0x1e3", "ff",
          "0x1.0000000000000800000001p0", "0x1p-1080", "+0x0p0", "-0x0.0p0", "0x1.g", ""]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for x in [1.5, -0.1, 1e300, 5e-324, 0.0]:
    assert float.fromhex(x.hex()) == x
print(type(F.fromhex("0x1p0")).__name__, F.fromhex("0x1p3"))
