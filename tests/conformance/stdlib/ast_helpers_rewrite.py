# ast's helpers (rewritten in pygen's own design): literal_eval's accepted shapes and errors, dump in
# its modes, the location helpers, walking, docstrings, source segments, NodeVisitor (including
# the pre-3.8 visit_Num family) and NodeTransformer, and the old constant classes.
import ast
import warnings

for src in ["1", "-1.5", "+3", "1+2j", "-1-2j", "(1, [2, {3: 'a'}], {4})", "set()", "b'x'", "None",
            "True", "...", "{'a': -1, 'b': (1,)}", "  'lead'", "1+2", "x", "f()", "{**a}", "set(1)",
            "-'a'", "2j+1", "1 + -2j", "[1, x]", "- -1", "not 1"]:
    try:
        print(repr(src), repr(ast.literal_eval(src)))
    except (ValueError, TypeError, SyntaxError) as e:
        print(repr(src), type(e).__name__, str(e).split(' object at ')[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print("ValueError", str(e).split(' object at ')[0])

tree = ast.parse("def f(a, *, b=1):\n    '''Doc.\n\n      more'''\n    return a + b  # c\nx = [1, f(2)]\n")
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[1], include_attributes=True, indent='..'))
print(ast.dump(ast.Name('x')), ast.dump(ast.arguments()), ast.dump(ast.Constant(None, kind=None)))
print(ast.dump(ast.Call(ast.Name('f', ast.Load()), [], [])), ast.dump(ast.Raise(cause=ast.Name('e'))))
try:
    ast.dump([1])
except TypeError as e:
    print("TypeError", e)

print(ast.get_docstring(tree.body[0]), repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree), ast.get_docstring(ast.parse("class A: 'd'").body[0]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print("TypeError", e)

print([type(n).__name__ for n in ast.walk(tree)])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[1])])

new = ast.Name('y', ast.Load())
ast.copy_location(new, tree.body[1].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
blank = ast.Name('z', ast.Load(), lineno=None, end_lineno=None)
ast.copy_location(blank, ast.Name('q', lineno=None, col_offset=3, end_lineno=None))
print(blank.lineno, blank.col_offset, blank.end_lineno, getattr(blank, 'end_col_offset', '-'))

m = ast.Module(body=[ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('v', ast.Load(), lineno=4, col_offset=2)))],
               type_ignores=[ast.TypeIgnore(3, '')])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
ast.increment_lineno(m, 3)
print(ast.dump(m, include_attributes=True))

src = "a = 1\nif a:\r\n    b = (2 +\n\t 3)  # x\n\x0cc = 'é' + 'ü'\n"
t = ast.parse(src)
for node in ast.walk(t):
    if isinstance(node, (ast.BinOp, ast.Constant, ast.Assign)):
        print(repr(ast.get_source_segment(src, node)), repr(ast.get_source_segment(src, node, padded=True)))
print(ast.get_source_segment(src, ast.Name('x')), ast.get_source_segment(src, ast.Name('x', lineno=1, col_offset=0, end_lineno=None, end_col_offset=1)))


class Visitor(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)

    def visit_Num(self, node):
        self.seen.append(('num', node.value))

    def visit_Str(self, node):
        self.seen.append(('str', node.value))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = Visitor()
    v.visit(ast.parse("f(x, 1, 'a', b'c', True, 2.5)"))
    print(v.seen, [str(w.message) for w in caught])


class Transformer(ast.NodeTransformer):
    def visit_Constant(self, node):
        if node.value == 1:
            return None
        if node.value == 2:
            return [ast.Constant(20), ast.Constant(21)]
        return ast.Constant(node.value * 10)

    def visit_UnaryOp(self, node):
        return node.operand


t = Transformer().visit(ast.parse("[1, 2, 3, -4, (5, 1)]"))
print(ast.dump(t))
t = Transformer().visit(ast.parse("x = -y"))
print(ast.dump(t))

print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('s'), ast.Str),
      isinstance(ast.Constant(b''), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant),
      isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name('x'), ast.Num))
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'b')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(ast.Num(n=3).value, ast.Str(s='q').s, ast.Constant(4).n, type(ast.Num(1)).__name__, ast.Num.__doc__)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print("TypeError", e)
c = ast.Constant(1)
c.n = 7
print(c.value, c.s)
