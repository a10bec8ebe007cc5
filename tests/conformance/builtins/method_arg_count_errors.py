# The argument checks of built-in methods pass inline and raise out of line: each message as
# CPython words it, for too few, too many and keyword arguments, and the calls that pass.
calls = [
    ("{}.get()", lambda: {}.get()),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("{}.get(key=1)", lambda: {}.get(key=1)),
    ("{}.get(1, **{})", lambda: {}.get(1, **{})),
    ("{}.pop()", lambda: {}.pop()),
    ("{}.pop(key=1)", lambda: {}.pop(key=1)),
    ("{}.setdefault(key=1)", lambda: {}.setdefault(key=1)),
    ("[].pop(index=1)", lambda: [].pop(index=1)),
    ("[].append(object=1)", lambda: [].append(object=1)),
    ("{}.setdefault()", lambda: {}.setdefault()),
    ("[].append()", lambda: [].append()),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("[].copy(1)", lambda: [].copy(1)),
    ("[].insert(1)", lambda: [].insert(1)),
    ("[].pop(1, 2)", lambda: [].pop(1, 2)),
    ("[].index()", lambda: [].index()),
    ("().count()", lambda: ().count()),
    ("set().add()", lambda: set().add()),
    ("'a'.replace('a')", lambda: "a".replace("a")),
    ("'a'.replace('a', 'b', 1, 2)", lambda: "a".replace("a", "b", 1, 2)),
    ("'a'.replace(old='a', new='b')", lambda: "a".replace(old="a", new="b")),
    ("'a'.startswith()", lambda: "a".startswith()),
    ("'a'.upper(1)", lambda: "a".upper(1)),
    ("'a'.center()", lambda: "a".center()),
    ("dict.get({}, 1)", lambda: dict.get({}, 1)),
    ("dict.get({1: 2}, 1, 3)", lambda: dict.get({1: 2}, 1, 3)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as exc:
        print(text, "TypeError:", exc)
d = {"a": 1}
m = d.get
print(m("a"), m("b"), m("b", 5), d.get("a", **{}), d.setdefault("c", 3), d.pop("c"), d)
