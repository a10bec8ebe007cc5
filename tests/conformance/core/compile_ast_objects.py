# compile() of ast trees: parsed trees, hand-built ones (with fix_missing_locations), a
# NodeTransformer's output, the three modes, the tree's own line numbers in tracebacks, and the
# TypeError/ValueError CPython gives for malformed trees.
import ast
import traceback

src = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(10)], f"{fib(20):>8}|")
"""
exec(compile(ast.parse(src), "<tree>", "exec"))
print(eval(compile(ast.parse("fib(12) * 2", mode="eval"), "<e>", "eval")))
single = compile(ast.parse("40 + 2", mode="single"), "<s>", "single")
exec(single)
tree = ast.parse("x = 5")
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)

# A transformer that turns every addition into a multiplication.
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node
t = Swap().visit(ast.parse("print(3 + 4, (2 + 5) + 1)"))
exec(compile(t, "<swap>", "exec"))

# Hand-built, positions filled in afterwards.
call = ast.Call(func=ast.Name("print", ast.Load()), args=[ast.Constant("built"), ast.Constant(7)], keywords=[])
mod = ast.Module(body=[ast.Expr(call)], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), "<built>", "exec"))

# Constants a parser never makes: negative numbers, tuples, complex with a real part.
for value in [-5, (1, 2.5, "a", b"b", None, (3,)), 2 - 3j, -0.0, 10 ** 30, ...]:
    e = ast.Expression(body=ast.Constant(value))
    got = eval(compile(ast.fix_missing_locations(e), "<c>", "eval"))
    print(repr(got), got == value or got != got)

# The tree's own line numbers reach the traceback.
bad = ast.parse("a = 1\nb = a / 0\n")
bad.body[1].lineno = bad.body[1].end_lineno = 42
for node in ast.walk(bad.body[1]):
    node.lineno = node.end_lineno = 42
try:
    exec(compile(bad, "<lines>", "exec"))
except ZeroDivisionError as e:
    print("line", traceback.extract_tb(e.__traceback__)[-1].lineno)

L = dict(lineno=1, col_offset=0)
def attempt(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()))], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()), **L)], type_ignores=[]))
attempt(ast.Expression(body=ast.Constant(1)), "exec")
attempt(ast.Module(body=[], type_ignores=[]), "eval")
attempt(ast.Interactive(body=[]), "exec")
attempt(ast.Expression(body=ast.Constant(value=[1], **L)), "eval")
attempt(ast.Expression(body=ast.Name(id="None", ctx=ast.Load(), **L)), "eval")
attempt(ast.Expression(body=ast.Name(id="x", ctx=ast.Store(), **L)), "eval")
attempt(ast.Module(body=[ast.Pass(**L)]))
attempt(ast.Module(body=None, type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id=5, ctx=ast.Load(), **L), **L)], type_ignores=[]))
attempt(ast.Expression(body=ast.BinOp(left=ast.Constant(1, **L), op=ast.Add, right=ast.Constant(2, **L), **L)), "eval")
attempt(ast.Expression(body=ast.BinOp(left=None, op=ast.Add(), right=ast.Constant(1, **L), **L)), "eval")
attempt(ast.Expression(body=ast.BinOp(op=ast.Add(), right=ast.Constant(1, **L), **L)), "eval")
attempt(ast.Expression(body=ast.List(elts=[5], ctx=ast.Load(), **L)), "eval")
attempt(ast.Expression(body=ast.List(elts=[None], ctx=ast.Load(), **L)), "eval")
attempt(ast.Expression(body=ast.Constant(1, col_offset=0, lineno="x")), "eval")
attempt(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load(), **L), **L)], type_ignores=[5]))
attempt(ast.Expression(body=ast.Compare(left=ast.Constant(1, **L), ops=[], comparators=[], **L)), "eval")
attempt(ast.Expression(body=ast.Compare(left=ast.Constant(1, **L), ops=[ast.Lt()], comparators=[], **L)), "eval")
attempt(ast.Expression(body=ast.Compare(left=ast.Constant(1, **L), ops=[ast.Lt(), ast.Gt()], comparators=[ast.Constant(2, **L)], **L)), "eval")
attempt(ast.Expression(body=ast.BoolOp(op=ast.And(), values=[ast.Constant(1, **L)], **L)), "eval")
attempt(ast.Expression(body=ast.Name("x", None, **L)), "eval")
attempt(ast.Expression(body=ast.Name("x", **L)), "eval")
attempt(ast.Module(body=[ast.Assign(targets=[ast.Name(id="x", ctx=ast.Load(), **L)], value=ast.Constant(1, **L), **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Assign(targets=[], value=ast.Constant(1, **L), **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Assign(targets=[ast.BinOp(ast.Constant(1, **L), ast.Add(), ast.Constant(1, **L), **L)], value=ast.Constant(1, **L), **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[], decorator_list=[], **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Try(body=[ast.Pass(**L)], handlers=[], orelse=[], finalbody=[], **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.ImportFrom(module="os", names=[ast.alias(name="path")], level=0, **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Import(names=[], **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Yield(None, **L), **L)], type_ignores=[]))
attempt(ast.Module(body=[ast.Raise(exc=None, cause=ast.Constant(1, **L), **L)], type_ignores=[]))
attempt(5)

# Round trip: compiling the tree gives the same code as compiling the source.
def shape(code):
    out = [code.co_name, code.co_names, code.co_varnames, list(code.co_positions())]
    for c in code.co_consts:
        out.append(shape(c) if hasattr(c, "co_positions") else c)
    return out
samples = [src, "async def g():\n    async with a as b:\n        yield [x async for x in b]\n",
           "match p:\n    case {'k': [1, *rest]} | Point(x=0, y=[*rest]) if rest:\n        pass\n    case _:\n        pass\n",
           "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self, /, a, *, b=2, **k):\n        return lambda q=1: (yield q)\n",
           "try:\n    pass\nexcept* ValueError as e:\n    del e\nfinally:\n    global g\n"]
for s in samples:
    print(shape(compile(s, "<rt>", "exec")) == shape(compile(ast.parse(s), "<rt>", "exec")))

# A compile-stage SyntaxError of source compiled under a made-up filename has no text: CPython takes
# the text from the file the filename names.
for code in ["def f():\n    nonlocal q\n", "x = 1\nreturn x\n"]:
    try:
        compile(code, "<rt>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.text)

# Reading a node may run Python code: a location property that empties the list being read.
class Sneaky(ast.Name):
    @property
    def lineno(self):
        holder.elts.clear()
        return 1
holder = ast.List(elts=[Sneaky(id="a", ctx=ast.Load(), col_offset=0), ast.Name("b", ast.Load(), lineno=1, col_offset=0)],
                  ctx=ast.Load(), lineno=1, col_offset=0)
try:
    compile(ast.Expression(holder), "<sneaky>", "eval")
except RuntimeError as e:
    print("RuntimeError", e)
