# Functions made by one `def`/`lambda` without defaults share a version, so a call site that sees
# a new closure each time stays specialized (vm/eval.cpp, MAKE_FUNCTION). Changing one function's
# __code__, __defaults__ or __kwdefaults__ must still be seen by that site, and functions of the
# same code with defaults, or of another code, must not be mistaken for them.


def make(k):
    def add(x):
        return x + k
    return add


def other(x, y=100):
    return x * y


def run(fs):
    out = []
    for f in fs:
        try:
            out.append(f(3))
        except TypeError as e:
            out.append(str(e))
    return out


fs = [make(k) for k in range(40)]
print(run(fs)[:5], sum(run(fs)))

# One of them gets a code object with another argument count, one gets defaults it never had.
def two(x, y):
    return (x, y)


def make2(k):
    def pair(x, y):
        return (x, y, k)

    def neg(x):
        return -x - k
    return pair, neg


fs[20].__code__ = make2(0)[0].__code__
fs[21].__code__ = make2(0)[1].__code__
g = make(1000)
try:
    g.__code__ = (lambda a, b: a - b).__code__
except ValueError as e:
    print("ValueError", e)
fs[30].__defaults__ = (7,)
fs.append(other)
fs.append(lambda x, *rest: (x, rest))
fs.append(lambda: 0)
print(run(fs))

# A comprehension's function is made anew each time it runs: the same call site every time.
def squares(n):
    return [i * i for i in range(n)] + [j for j in {n: n}]


print([sum(squares(n)) for n in range(30)])

# Lambdas made in a loop and called at one site, later one made with a default.
callbacks = [lambda v, i=i: v + i for i in range(5)] + [lambda v: -v for _ in range(5)]
print([cb(10) for cb in callbacks])
callbacks[7].__kwdefaults__ = {"z": 1}
print([cb(10) for cb in callbacks])
