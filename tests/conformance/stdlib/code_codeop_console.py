# codeop.compile_command (complete, incomplete, invalid) and code.interact / InteractiveInterpreter
# driving a session from a reader, as Python-level REPLs use them with compile(..., 'single').
import codeop, code, io, sys
for s in ['x = 1', 'if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'x = (1,', 's = """abc', 'def f():', 'x = )', '', '# c', 'for i in x:\n  print(i)\n\n', 'x = 1 +', 'a b', '@d', 'class C:', 'x = \\']:
    try: r = codeop.compile_command(s); print(repr(s), type(r).__name__)
    except SyntaxError as e: print(repr(s), 'SyntaxError', e.msg)
lines = iter(["x = 2", "def sq(n):", "    return n * n", "", "print(sq(x))", "for i in range(2):", "    print(i)", "", "1/0", "y = (", "3)", "print(y)", "a b"])
def reader(prompt):
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
err = io.StringIO()
old = sys.stderr
sys.stderr = err
code.interact(banner="hello", readfunc=reader, local={}, exitmsg="bye")
sys.stderr = old
out = err.getvalue().splitlines()
print([l for l in out if not l.startswith("  File")])
ii = code.InteractiveInterpreter({})
print(ii.runsource("z = 5"), ii.runsource("if z:"), ii.locals["z"])
