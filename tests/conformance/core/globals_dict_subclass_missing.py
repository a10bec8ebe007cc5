# A dict subclass as a function's globals: LOAD_GLOBAL asks its __getitem__ / __missing__, also
# after the code has warmed up, and only a KeyError falls through to the builtins.
class MyGlobals(dict):
    def __missing__(self, key):
        if key.startswith("_number_"):
            return int(key.removeprefix("_number_"))
        raise KeyError(key)

code = "lambda: " + "+".join(f"_number_{i}" for i in range(50))
f = eval(code, MyGlobals())
print([f() for _ in range(40)][-1], sum(range(50)))

g = eval("lambda: len([1, 2])", MyGlobals())
print([g() for _ in range(40)][-1])

h = eval("lambda: undefined_name", MyGlobals())
for _ in range(3):
    try:
        h()
    except NameError as e:
        print("NameError:", e)

class Logged(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

ns = Logged(x=5)
k = eval("lambda: x + 1", ns)
print(k(), k())

class Raising(dict):
    def __missing__(self, key):
        raise ValueError("no " + key)

r = eval("lambda: len", Raising())
try:
    r()
except ValueError as e:
    print("ValueError:", e)

exec("def ff():\n    return _number_7 * 2\nprint(ff(), ff())", MyGlobals())
