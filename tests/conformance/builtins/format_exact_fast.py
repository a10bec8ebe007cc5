# format()/f-string specs on exact int, float and str call their formatting directly (no
# __format__ lookup); bool, subclasses and other types still go through __format__.


class MyInt(int):
    def __format__(self, spec):
        return "MyInt<%s>" % spec


class MyStr(str):
    pass


class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat<" + super().__format__(spec) + ">"


values = [0, 7, -42, 2 ** 70, 3.5, -0.0, float("inf"), 1e300, "abc", "héllo", "", True, False,
          MyInt(5), MyStr("sub"), MyFloat(2.25), None, (1, 2)]
specs = ["", "5", "<8", ">8", "^9", "*^9", "05", "+", "x", "X", "b", "o", "d", ",", "_", ".2f", "e", "g",
         "%", "s", ".2", "#x", "=+8", "10.3f", "n", "c"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("%s: %s" % (type(e).__name__, e))
    print(repr(v), row)

n, x, s = 42, 2.5, "txt"
print(f"{n:>5}|{n:<5}|{n:05d}|{n:x}|{x:.3f}|{x:>8}|{s:^7}|{s!r:>8}|{n!s:>4}|{True:>6}|{MyInt(1):q}")
try:
    format(3, 5)
except TypeError as e:
    print(e)
try:
    f"{'a':d}"
except ValueError as e:
    print(e)
