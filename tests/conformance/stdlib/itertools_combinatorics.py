# product, permutations, combinations and combinations_with_replacement.
import itertools

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.product()))
print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(4)))))
print(list(itertools.permutations([1, 2], 3)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(3), 0)))
print(list(itertools.combinations_with_replacement("ab", 3)))
print(list(itertools.combinations_with_replacement([], 0)))
for f in (itertools.product, itertools.permutations, itertools.combinations):
    print(f.__name__)
