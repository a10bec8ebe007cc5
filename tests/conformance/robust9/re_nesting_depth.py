# Deeply nested regular expressions end in RecursionError at the nesting where CPython's recursive
# parser meets the recursion limit (groups, lookarounds, scoped flags, atomic groups), counted from
# the caller's depth; 100,000 levels end in RecursionError at once instead of parsing for minutes
# (the parser recursed in C++ with a quadratic width computation per group).
import re
import sys


def threshold(opening, closing, lo=300, hi=600):
    for n in range(lo, hi):
        try:
            re.compile(opening * n + closing * n)
        except RecursionError as e:
            return n   # the message depends on which call of the parser meets the limit
    return None


def at_depth(k, opening, closing):
    if k:
        return at_depth(k - 1, opening, closing)
    return threshold(opening, closing)


print(threshold("(", ")"))
print(at_depth(100, "(?:", ")"), at_depth(37, "(?=", ")"), at_depth(3, "(?<!", ")"))
print(at_depth(5, "(?i:", ")"), at_depth(0, "(?>", ")"), at_depth(9, "[a]|(", ")"))
for pattern in ["(" * 100000 + ")" * 100000, "x" + "(?:" * 10**6, "(?:a|" * 50000 + "b" + ")" * 50000]:
    try:
        re.compile(pattern)
        print("compiled")
    except RecursionError as e:
        print(type(e).__name__, e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(threshold("(", ")", 10, 200))
sys.setrecursionlimit(old)
print(re.fullmatch("(" * 200 + "a" + ")" * 200, "a").span(200))
