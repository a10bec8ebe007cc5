# ast: parse (all statement/expression/pattern kinds, positions, eval/single modes), dump with
# attributes and indent, literal_eval, walk, NodeVisitor/NodeTransformer, docstrings, source segments,
# the pre-3.8 constant classes, compile(..., PyCF_ONLY_AST).
import ast
src = '''
import os, sys as system
from collections import OrderedDict as OD
x: int = 1
def f(a, /, b=2, *args, c, d=4, **kw) -> "R":
    """Doc."""
    global g
    return [i * 2 for i in range(a) if i % 2] + {k: v for k, v in kw.items()}
@decorator(1)
class C(Base, metaclass=M):
    y = lambda self, z=1: z ** 2
    async def m(self):
        async with a as b, c:
            await x
        async for i in y:
            yield i
try:
    pass
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
else:
    del a[1:2, ::3]
finally:
    assert x, "msg"
while not a and b or c:
    break
for i, (j, k) in enumerate(z):
    continue
with open(f) as fh: pass
s = f"{x!r:>{width}} and {y}" + b"bytes" + 'str' + ...
t = (1, 2.5, 3j, -4, True, None)
x += 1; a < b <= c != d is not e in f not in g
match p:
    case [1, *rest] if rest: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=yy) | Other(): pass
    case str() as s: pass
    case None: pass
    case _: pass
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True)[:2000])
print(ast.dump(ast.parse("x = 1 + 2"), indent=2))
print(ast.dump(ast.parse("a + b", mode="eval")), ast.dump(ast.parse("x = 1", mode="single")))
print(ast.literal_eval("[1, 2.5, -3, 'a', b'b', (1,), {1: 2}, {3}, None, True, 1+2j, set()]"))
for bad in ["x", "1 + f()", "[1, a]"]:
    try: ast.literal_eval(bad)
    except ValueError as e: print(str(e).split(":")[0])
print([type(n).__name__ for n in ast.walk(ast.parse("a = b + c(d)"))])
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node): self.names.append(node.id); self.generic_visit(node)
v = V(); v.visit(tree); print(sorted(set(v.names)))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = T().visit(ast.parse("x = 1 + 2 * y"))
print(ast.dump(t2))
print(ast.get_docstring(tree.body[3]), tree.body[3].name, tree.body[3].lineno, tree.body[3].end_lineno, tree.body[3].args.args[0].arg, tree.body[4].name)
print(ast.get_source_segment(src, tree.body[2]), isinstance(tree.body[2], ast.stmt), isinstance(tree.body[2].value, ast.expr))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant("s"), ast.Str))
print(ast.Name("x", ast.Load()).id, ast.Constant._fields, ast.BinOp._fields, ast.FunctionDef._attributes, ast.arguments._fields)
try: ast.parse("x = (")
except SyntaxError as e: print("SyntaxError", e.msg, e.lineno)
node = ast.fix_missing_locations(ast.Expression(body=ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(node.body.lineno, node.body.left.col_offset)
print(ast.dump(ast.parse("return 1")), ast.dump(ast.parse("'x'")))
t = compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST); print(ast.dump(t))
