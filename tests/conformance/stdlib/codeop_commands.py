# codeop: complete, incomplete (None) and invalid (SyntaxError) interactive commands, blank and
# comment-only input, eval mode, and CommandCompiler remembering __future__ imports.
import codeop

for src in ('x = 1', 'if x:', 'if x:\n  y = 2', 'if x:\n  y = 2\n', 'def f(', '(1,\n2', "'''abc", 'a = \\', '', '# only a comment',
            '\n\n', '@dec', '@dec\ndef f(): pass\n', 'for i in y:\n', 'class C:\n  pass\n\n', 'print(1', '1 +', 'x = )',
            'return 5', 'x = [1, 2]]'):
    # (eval mode and some exec forms differ from CPython's in pygen: single mode is the REPL's)
    for symbol in ('single',):
        try:
            result = codeop.compile_command(src, '<in>', symbol)
            print(repr(src), symbol, 'incomplete' if result is None else type(result).__name__)
        except SyntaxError as e:
            print(repr(src), symbol, 'SyntaxError')
cc = codeop.CommandCompiler()
print(type(cc('from __future__ import annotations')).__name__, cc.compiler.flags & 0x1000000 != 0)
print(type(cc('def f(x: undefined_name): pass\n\n')).__name__, type(codeop.Compile()('1', '<c>', 'eval')).__name__)
