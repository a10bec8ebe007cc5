# Argument checking of the itertools constructors: CPython 3.11's exception types and messages.
import itertools as it


def attempt(text):
    try:
        eval(text)
        print(text, '-> ok')
    except Exception as e:
        print(text, '->', type(e).__name__, e)


for text in [
    'it.product(1)', 'it.product([], repeat=-1)', 'it.product([], repeat="a")', 'it.product([], r=1)',
    'list(it.product(1, repeat=0))', 'it.permutations([], -1)', 'it.permutations([], 1.0)',
    'it.permutations(None)', 'it.permutations()', 'list(it.permutations("ab", r=True))',
    'it.combinations([], -1)', 'it.combinations([])', 'it.combinations(1, -1)', 'it.combinations("ab", "x")',
    'it.combinations("abc", 2, 1)', 'it.combinations("abc", 2**70)',
    'it.combinations_with_replacement([], -1)', 'it.combinations_with_replacement("ab")',
    'it.combinations(iterable="ab", r=1)', 'it.combinations_with_replacement(r=2, iterable="ab")',
    'it.product([1], [2], **{"repeat": 2})', 'it.combinations("abc", 2).__setstate__((1,))',
    'it.product("ab").__setstate__(("x",))', 'it.permutations("abc").__setstate__(1)',
    'it.permutations("abc").__setstate__(((0, 1, 2), (1,)))',
]:
    attempt(text)

# Exceptions raised by the inputs pass through unchanged.
def bad():
    yield 1
    raise KeyError('inner')
for make in [it.product, lambda x: it.combinations(x, 1), it.permutations]:
    try:
        print(list(make(bad())))
    except KeyError as e:
        print('KeyError', e)
