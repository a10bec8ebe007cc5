# Errors CPython finds first: the tokenizer's end of input after a continuation before a string's
# own decoding error, '(' '**' expression ')' as 'cannot use double starred expression here', and
# a keyword argument followed by a comprehension ('Maybe you meant '==' or ':='').
for src in ['"\\xhh" \\', '"a" \\', 'x = "\\xhh" +\\', '(  "\\xhh" \\', '"\\xhh"',
            'dict(a = i for i in range(10))', 'f(x, a = i for i in y)', 'f(a = i async for i in y)',
            'f(a=1 for)', 'f(a = 1, b)',
            '(**a)', '(**a, b)', "f'{**a}'", '(**a + b)', 'f(**a)', '((**a))', "f'{*a}'", '(*a)']:
    try:
        compile(src, '<string>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
