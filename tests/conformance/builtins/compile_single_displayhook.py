# compile(..., 'single'): an expression statement's value goes through sys.displayhook (which
# skips None and sets builtins._), also inside a top-level for/if, never inside a function body.
import builtins
import sys

exec(compile("1 + 1", "<s>", "single"))
print("_ is", builtins._)
exec(compile("None", "<s>", "single"))
print("_ still", builtins._)
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("if True: 'text'\n", "<s>", "single"))
exec(compile("def f():\n    42\n", "<s>", "single"))
f()
exec(compile("f() or 7", "<s>", "single"))
exec(compile("(i for i in range(2)).__class__", "<s>", "single"))
exec(compile("'docstring-like'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
print("x =", x)

# displayhook itself
sys.displayhook(3)
print("_ after hook", builtins._)
sys.displayhook(None)
print("_ after None", builtins._)
print(sys.displayhook is sys.__displayhook__)
for bad in [(), (1, 2)]:
    try:
        sys.displayhook(*bad)
    except TypeError as e:
        print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


try:
    sys.displayhook(BadRepr())
except ValueError as e:
    print("ValueError:", e, "/ _ is", builtins._)

# A replacement hook receives the values.
seen = []
sys.displayhook = seen.append
exec(compile("'a' * 3", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print("seen", seen)

# Without a displayhook.
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__

# 'single' code in a namespace of its own
ns = {}
exec(compile("y = [1, 2]", "<s>", "single"), ns)
exec(compile("y", "<s>", "single"), ns)
for src in ["x = = 1", "1 +", "def g(:"]:
    try:
        compile(src, "<s>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
