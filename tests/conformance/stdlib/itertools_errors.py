# Argument checking of the itertools constructors: CPython 3.11's exception types and messages.
import itertools as it


def attempt(text):
    try:
        eval(text)
        print(text, '-> ok')
    except Exception as e:
        print(text, '->', type(e).__name__, e)


for text in [
    'it.cycle()', 'it.cycle(1, 2)', 'it.cycle([], x=1)', 'it.cycle(1)',
    'it.pairwise()', 'it.pairwise([], x=1)', 'it.pairwise(None)',
    'it.dropwhile(len)', 'it.dropwhile(len, [], x=1)', 'it.takewhile(1, 2)', 'it.filterfalse(None)',
    'it.starmap(len)', 'list(it.starmap(len, [1]))', 'list(it.starmap(pow, [(1, 2, 3, 4)]))',
    'it.compress()', 'it.compress([], [], x=1)', 'it.compress(1, [])', 'it.compress([], 1)',
    'it.accumulate()', 'it.accumulate([], initial=1, x=2)', 'it.accumulate([], len, 1)',
    'list(it.accumulate([1, "a"]))', 'list(it.accumulate(["a", "b"], initial=1))',
    'it.groupby()', 'it.groupby([], kk=1)', 'it.groupby(1)', 'list(it.groupby([1], key=3))',
    'it._grouper(1, 2)', 'it._grouper()',
    'it.tee()', 'it.tee([], x=1)', 'it.tee([], -1)', 'it.tee([], "a")', 'it.tee(1)', 'it.tee([], 2, 3)',
    'it._tee()', 'it._tee(1)',
    'it._tee_dataobject()', 'it._tee_dataobject([], [], 1)', 'it._tee_dataobject([], list(range(58)), None)',
    'it._tee_dataobject([], (), None)',
    'it.zip_longest(x=1)', 'it.zip_longest(fillvalue=1, x=2)', 'it.zip_longest(1)',
    'it.product(1)', 'it.product([], repeat=-1)', 'it.product([], repeat="a")', 'it.product([], r=1)',
    'list(it.product(1, repeat=0))',
    'it.permutations([], -1)', 'it.permutations([], 1.0)', 'it.permutations(None)', 'it.permutations()',
    'list(it.permutations("ab", r=True))',
    'it.combinations([], -1)', 'it.combinations([])', 'it.combinations(1, -1)', 'it.combinations("ab", "x")',
    'it.combinations("abc", 2, 1)', 'it.combinations("abc", 2**70)',
    'it.combinations_with_replacement([], -1)', 'it.combinations_with_replacement("ab")',
    'it.combinations(iterable="ab", r=1)', 'it.combinations_with_replacement(r=2, iterable="ab")',
    'it.product([1], [2], **{"repeat": 2})',
    'it.tee([]).__class__.__copy__(1)',
    'it.cycle("ab").__setstate__(1)', 'it.cycle("ab").__setstate__((1, 2))', 'it.cycle("ab").__setstate__(([], 1, 2))',
    'it.combinations("abc", 2).__setstate__((1,))', 'it.product("ab").__setstate__(("x",))',
    'it.permutations("abc").__setstate__(1)', 'it.permutations("abc").__setstate__(((0, 1, 2), (1,)))',
    'it.groupby("ab").__setstate__(1)', 'it.groupby("ab").__setstate__((1, 2))',
    'it.tee([])[0].__setstate__(1)', 'it.tee([])[0].__setstate__((1, 2))',
    'it.tee([])[0].__setstate__((it.tee([])[0].__reduce__()[2][0], 58))',
]:
    attempt(text)

# Exceptions raised by the inputs pass through unchanged.
def bad():
    yield 1
    raise KeyError('inner')
for make in [it.cycle, it.pairwise, it.accumulate, lambda x: it.tee(x)[0], lambda x: it.zip_longest(x, 'abc'),
             lambda x: it.compress(x, it.repeat(1)), lambda x: it.groupby(x), lambda x: it.filterfalse(None, x),
             lambda x: it.product(x)]:
    try:
        print(list(make(bad())))
    except KeyError as e:
        print('KeyError', e)
