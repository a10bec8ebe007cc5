# sorted(): key, reverse, stability, any iterable, and the argument errors.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("pygen"), sorted(range(5), reverse=True))
pairs = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([1, 2], reverse=0))
for call in [lambda: sorted(), lambda: sorted([], 1), lambda: sorted([], foo=1), lambda: sorted([1, "a"]),
             lambda: sorted([2, 1], reverse="yes")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
