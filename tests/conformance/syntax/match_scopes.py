# match statements in closures, class bodies and generators; OR/AS/guard combinations.
def outer(v):
    match v:
        case [x, *ys]:
            return lambda: (x, ys)
    return None
print(outer([1,2,3])())
class C:
    match 5:
        case int(k): pass
print(C.k)
def gen(items):
    for it in items:
        match it:
            case {"op": "add", "args": [a, b]}:
                yield a + b
            case {"op": "neg", "args": [a]}:
                yield -a
            case other:
                yield ("?", other)
print(list(gen([{"op":"add","args":[1,2]},{"op":"neg","args":(5,)},{"op":"x"}])))
x = 0
match (1, 2):
    case (1, y) | (y, 1):
        print("y", y)
match 3:
    case 1 | 2 | 3 as z if z > 2:
        print("z", z)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a, b, c, d)
import sys
match sys.version_info:
    case (3, minor, *_):
        print("py3", minor >= 0)
