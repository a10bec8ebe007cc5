# Argument-count and type errors of the built-in functions, printed as type name and message.
calls = [
    "len()", "len(1)", "len(1, 2)", "abs()", "divmod(1)", "repr()", "callable()", "ord()", "chr()",
    "iter(1, 2, 3)", "next(1, 2, 3)", "getattr(1)", "vars(1, 2)", "dir(1, 2)", "any()", "all(1)",
    "isinstance(1)", "format(1, 'x', 3)", "input(1, 2)", "round(1, 2, 3)", "pow(1)", "sum([], foo=1)",
    "min([], key=1, default=2, x=3)", "sorted(key=None)", "hex()", "id()", "ascii()", "setattr(1, 'x')",
]
for text in calls:
    try:
        eval(text)
        print(text, "-> no error")
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
