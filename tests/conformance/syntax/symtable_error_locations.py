# Where the symbol table's SyntaxErrors point: 'import *' at the star, a global/nonlocal conflict
# at the name's first directive, a comprehension loop rebinding a walrus target at that target.
cases = [
    'def f():\n  from _ import *',
    'def f():\n  from os import (path, *)',
    'def f():\n  global x\n  nonlocal x',
    'def g():\n  x = 1\n  def f():\n    nonlocal x\n    global x',
    'def f():\n  global x, y\n  y = 1\n  nonlocal x',
    'def f(x):\n  x = 1\n  global x',
    '{i for i in range(5) if (j := 0) for j in range(5)}',
    'def f():\n  return [i for i in range(5) if (j := 0) for (k, j) in []]',
    '[[j for j in range(3)] for i in range(3) if (j := 1)]',
    '[j for j in range(5) if (j := 0)]',
    'class A:\n  [i for i in range(3) if (jj := 0)]',
]
for src in cases:
    try:
        compile(src, '<fragment>', 'exec')
    except SyntaxError as e:
        print(repr(src), (e.lineno, e.offset, e.end_lineno, e.end_offset), e.msg)
    else:
        print(repr(src), 'compiles')
