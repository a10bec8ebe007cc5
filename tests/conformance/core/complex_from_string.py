# complex(str): every accepted form (<float>, <float>j, <float><signed-float>j, <float><sign>j,
# <sign>j, j), parentheses, whitespace, underscores, non-ASCII digits, and malformed strings.
texts = ["1", "1j", "-1.5J", "1+2j", "1-2j", "1+j", "1-j", "+j", "-j", "j", "(1+2j)",
         " ( 1+2j ) ", "1e5J", "1.5e-3+4E2j", ".5j", "5.", "nan+infj", "-inf-nanj",
         "infinityj", "INF", "1_000+2_0j", "\u0661+\u0662j", "1\u00a0", "\t3j\n",
         "1__2", "_1", "1_", "1 + 2j", "1+", "1e", "1e+", "(1", "1)", "", "  ", "()", "\x00",
         "1j2", "abc", "1+2", "2j+1", "1++2j", "0x10", "1.5.5"]
for t in texts:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
