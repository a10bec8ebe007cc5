# compile() of an ast tree whose Constant holds a frozenset (what an AST optimiser leaves for
# `x in {1, 2}`): CPython accepts it and the code loads that very object.
import ast
import warnings

fs = frozenset({1, 2, 3})
tree = ast.Expression(body=ast.Compare(left=ast.Name(id="x", ctx=ast.Load()), ops=[ast.In()],
                                       comparators=[ast.Constant(value=fs)]))
ast.fix_missing_locations(tree)
code = compile(tree, "<ast>", "eval")
print(eval(code, {"x": 2}), eval(code, {"x": 5}))
print([c for c in code.co_consts if type(c) is frozenset] == [fs])

# Nested inside a tuple constant, and a frozenset of tuples.
tree = ast.Expression(body=ast.Constant(value=(1, frozenset({"a"}), frozenset({(1, 2)}))))
ast.fix_missing_locations(tree)
print(eval(compile(tree, "<ast>", "eval")))

# The same object in a module body, held until the code runs though the tree is gone.
mod = ast.parse("y = None")
mod.body[0].value = ast.Constant(value=frozenset(range(3)))
ast.fix_missing_locations(mod)
code = compile(mod, "<ast>", "exec")
del mod
ns = {}
exec(code, ns)
print(sorted(ns["y"]), type(ns["y"]).__name__)

# What CPython still refuses: other types, sets, frozensets holding them.
for bad in ([1], {1}, frozenset({frozenset({1.5}), None}) | {object()}, (1, [2])):
    tree = ast.Expression(body=ast.Constant(value=bad))
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<ast>", "eval")
    except TypeError as e:
        print("TypeError:", e)

# Subscripting a frozenset constant is the compiler's SyntaxWarning.
tree = ast.Expression(body=ast.Subscript(value=ast.Constant(value=frozenset({1})),
                                         slice=ast.Constant(value=0), ctx=ast.Load()))
ast.fix_missing_locations(tree)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(tree, "<ast>", "eval")
print([str(w.message) for w in caught])
