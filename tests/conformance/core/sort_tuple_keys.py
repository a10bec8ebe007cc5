# list.sort with tuple keys: the item-by-item comparison of exact ints, floats and strs (list_sort.cpp) agrees with tuple's own < (NaN, big ints, mixed types, subclasses, errors).
import random
random.seed(5)
nan = float('nan')
data = [(random.randint(0, 5), random.choice("abc"), i) for i in range(300)]
print(sorted(data)[:10], sorted(data, reverse=True)[:5])
print(sorted([(1.5, 'x'), (nan, 'a'), (1.5, 'a'), (0.5, 'z'), (nan, 'b')], key=lambda t: t))
print(sorted([(2,), (1, 2), (1,), (), (1, 1.0), (1, True)]))
print(sorted([(10**30, 1), (5, 2), (10**30, 0), (-10**40, 3)]))
print(sorted([("b", [2]), ("a", [1]), ("b", [1])]))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print([k.v for _, k in sorted([(1, K(3)), (1, K(1)), (0, K(9))])])
try: sorted([(1, 'a'), (1, 2)])
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: sorted([(1, K(1)), (1, 2)])
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class T(tuple): pass
print(sorted([T((2,)), T((1,))]))
print(sorted([("é", 1), ("e", 2), ("z", 0), ("", 5)]))
