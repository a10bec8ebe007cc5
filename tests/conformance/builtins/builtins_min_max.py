# min/max over iterables and arguments, key=, default=, ties keep the first, and their errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 1]), max("hello"), min((x for x in [7, 3, 9])))
print(min([], default=None), max([], default="none"), min([2], default=0))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len), max([1, -3, 2], key=abs))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min(1, 1.0), max(1.0, 1))
print(max(1, 2, key=None), min([3, 2], key=None))
for call in [lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0),
             lambda: min([], foo=1), lambda: max([1, "a"])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
