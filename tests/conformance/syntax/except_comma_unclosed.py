# `except A, b` followed by input that ends inside brackets: the parser's scan for the end of the
# unparenthesized exception list ran forever on the end-of-input token (found by fuzz_compile:
# memory grew until the fuzzer's limit). Each source must give a SyntaxError at once.
sources = [
    "try: pass\nexcept V, r$(\n",
    "try: pass\nexcept V, r`p(F(m.\n",
    "try: pass\nexcept V, r(\n",
    "try: pass\nexcept V, r[1,\n",
    "try: pass\nexcept V, r:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
# Where CPython's message is settled (no stray character before the bracket), it is the same.
for src in sources[2:]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset)
