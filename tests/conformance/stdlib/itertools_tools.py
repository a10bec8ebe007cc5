# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, zip_longest, pairwise.
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([1, 2], initial=100)), list(itertools.accumulate([], initial=0)))
print(list(itertools.chain("ab", [1], ())), list(itertools.chain.from_iterable(["xy", "z"])))
print(type(itertools.chain()).__name__, type(itertools.chain.from_iterable([])).__name__)
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.filterfalse(lambda x: x % 2, range(6))))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest()))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise("a")))
gen = (i for i in range(3))
ch = itertools.chain(gen, "z")
print(next(ch), list(ch))
