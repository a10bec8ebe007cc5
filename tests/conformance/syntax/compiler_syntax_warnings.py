# The compiler's SyntaxWarnings: an assert on a non-empty tuple, "is" with a literal, calling or
# subscripting a literal ("perhaps you missed a comma?"); an error filter makes them SyntaxErrors.
import warnings
cases = ['assert(x, "msg")', 'assert (x, "msg")', 'assert ()', 'assert x, "msg"',
         'x is 1', 'x is not "a"', '1 is x', 'x is None', 'x is ...', 'x is True', 'a is b is 2',
         '[(1, 2) (3, 4)]', '[[1, 2] (3, 4)]', '["a" (1)]', '[f"x" (1)]', '[{1: 2} (3)]', '[None (1)]',
         '[1 [1, 2]]', '[None [0]]', '[{1, 2} [0]]', '[(1, 2) [3, 4]]', '["ab" [1, 2]]', '[[1] ["a"]]',
         '[(1, 2) [0]]', '[(1, 2) [i]]', '[(1, 2) [1:2]]', '[(1, 2) [True]]', 'f(x)[1]', 'x = (1, 2) [a]',
         '[1, 2][0] = 3', 'del (1, 2)["a"]', 'def f():\n  return x is 1']
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print('SE', e)
    print(repr(src), [(str(x.message), x.category.__name__, x.lineno) for x in w])
for src in ['assert(x, "msg")', 'x is 1', '(1, 2) (3)', '1 [2]', 'x = 1\nif y:\n    z = 2 is 2']:
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)
