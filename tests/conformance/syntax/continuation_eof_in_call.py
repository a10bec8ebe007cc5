# A backslash continuation that ends the input inside a call: the unclosed bracket is the error
# (CPython reads the token after the ',' before judging the generator expression).
for src in ['"\\\n"(1 for c in I,\\\n\\', 'f(x for x in y,\\\n', 'f(x for x in y, z)', 'f(x for x in y,']:
    try:
        compile(src, '<fragment>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
