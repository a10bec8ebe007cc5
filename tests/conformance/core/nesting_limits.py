# timeout: 180
# How deep a program may nest: the parser's stack (MemoryError beyond it), the compiler's tree
# depth (RecursionError, 3 levels per Python frame left before the recursion limit), and the
# 200 brackets of the tokenizer; each just below and just above the limit.
import sys


def outcome(src, mode='eval'):
    try:
        compile(src, 'nest', mode)
        return 'ok'
    except MemoryError as e:
        return 'MemoryError' + repr(e.args)
    except RecursionError as e:
        return 'RecursionError: ' + str(e)
    except SyntaxError as e:
        return 'SyntaxError: ' + e.msg


CASES = [
    ('unary minus', lambda n: '-' * n + 'x', [2900, 3100, 5975, 5976]),
    ('not', lambda n: 'not ' * n + 'x', [2900, 3100, 5975, 5976]),
    ('power', lambda n: '2**' * n + '2', [2987, 2988]),
    ('lambda', lambda n: 'lambda: ' * n + '1', [2987, 2988]),
    ('conditional', lambda n: '1 if x else ' * n + '1', [2993, 2994, 5975, 5976]),
    ('attribute', lambda n: 'x' + '.a' * n, [2993, 2994]),
    ('subscript', lambda n: 'x' + '[0]' * n, [2993, 2994]),
    ('sum', lambda n: '+'.join(['x'] * n), [2994, 2995]),
    ('brackets', lambda n: '[' * n + ']' * n, [200, 201]),
]
for name, make, sizes in CASES:
    for n in sizes:
        print(name, n, outcome(make(n)))

# In a statement the parser's own rules take some levels first.
print('assignment', outcome('x = ' + '-' * 5967 + '1', 'exec'), outcome('x = ' + '-' * 5968 + '1', 'exec'))


# Deeper in the program, less depth is left for compile().
def nested(depth, n):
    if depth:
        return nested(depth - 1, n)
    return outcome('x' + '.a' * n)


print('at depth 100', nested(100, 2690), nested(100, 2691))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print('limit 2000', outcome('x' + '.a' * 5993), outcome('x' + '.a' * 5994))
sys.setrecursionlimit(limit)
