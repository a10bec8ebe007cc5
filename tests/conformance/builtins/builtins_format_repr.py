# format(), repr() and ascii() on built-in values.
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "#x"), format(1234567, ","))
print(format(12), format(None), repr(format(1.5, "")), format(True), format(0.5, "%"))
print(repr("it's"), repr('say "hi"'), repr("\n\t"), repr(1.0), repr(1e16), repr([1, "a", None]))
print(ascii("caf\u00e9"), ascii("\U0001F600"), ascii([1, "\u00e9"]), ascii(b"x"))
for call in [lambda: format(1, 2), lambda: format(), lambda: format(1, "q"), lambda: repr()]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
