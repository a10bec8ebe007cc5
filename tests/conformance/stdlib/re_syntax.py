# Differential cases for the regex engine: each line prints what a pattern finds.
import re

def show(pattern, string, flags=0):
    try:
        m = re.search(pattern, string, flags)
    except re.error as e:
        print(repr(pattern), "error:", e)
        return
    if m is None:
        print(repr(pattern), repr(string), None)
    else:
        print(repr(pattern), repr(string), m.span(), m.groups(), m.lastindex)

cases = [
    ("abc", "xxabcxx"), ("a.c", "a\nc abc"), ("a.c", "a\nc", re.S), ("^abc$", "abc"),
    ("^b", "a\nb"), ("^b", "a\nb", re.M), ("a$", "a\n"), ("a$", "a\nb"), ("a$", "a\nb", re.M),
    (r"a\Z", "a\n"), (r"\Aa", "ba"), ("x*", "aaa"), ("a*", "aaa"), ("a+?", "aaa"), ("a*?b", "aaab"),
    ("a{2}", "aaa"), ("a{2,}", "aaaa"), ("a{,2}", "aaa"), ("a{1,2}?", "aaa"), ("a{", "a{"),
    ("a{1", "a{1"), ("a{}", "a{}"), ("a{,}", "aaa"), (r"(a)(b)(c)", "abc"), (r"(a)|(b)", "b"),
    (r"(?:ab)+", "ababab"), (r"(ab)+", "ababab"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe"), (r"(?P<a>x)(?P=a)", "xx"), (r"(a)\1", "aa"),
    (r"(a)(?=b)", "ab"), (r"(a)(?!b)", "ab ac"), (r"(?<=a)b", "ab"), (r"(?<!a)b", "ab cb"),
    (r"(?<=ab)c", "abc"), (r"(?<=a|b)c", "bc"), (r"(?<=a|bc)d", "bcd"),
    (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++a", "aaaa"), (r"a*+b", "aab"), (r"(?:ab)++", "ababab"),
    (r"(a)?(?(1)b|c)", "ab"), (r"(a)?(?(1)b|c)", "c"), (r"(?P<q>')?x(?(q)')", "'x'"),
    (r"[abc]+", "xxcabx"), (r"[^abc]+", "abxyzc"), (r"[a-c-]+", "a-b-z"), (r"[]a]+", "]a]"),
    (r"[\d\s]+", "a1 2b"), (r"[\w.]+", "a.b_c!"), (r"\d+", "ab123"), (r"\D+", "12ab3"),
    (r"\s+", "a \t\nb"), (r"\S+", "  ab "), (r"\w+", "héllo wörld"), (r"\w+", "héllo", re.A),
    (r"\bfoo\b", "a foo b"), (r"\Bfoo", "afoo"), (r"\b", ""), (r"\B", ""), (r"\b", "a"),
    ("HELLO", "hello", re.I), ("[a-z]+", "HeLLo", re.I), ("[^a-z]+", "HeL1o", re.I), ("É", "é", re.I),
    (r"(?i)abc", "ABC"), (r"a(?i:b)c", "aBc"), (r"a(?i:b)c", "aBC"), (r"(?i:a(?-i:b))", "Ab"),
    (r"(?i:a(?-i:b))", "AB"), (r"(?x) a b # comment", "ab"), (r"(?x)[ ]a", " a"), (r"a#b", "a#b", re.X),
    (r"(?s).+", "a\nb"), (r"(?m)^b$", "a\nb\nc"), (r"\x41\u00e9\U0001F600", "Aé😀"), (r"\101", "A"),
    (r"\0", "\0"), (r"[\0-\x1f]+", "\x01\x02a"), (r"\n\t", "\n\t"), (r"\.", "a.b"), (r"a\-b", "a-b"),
    (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|b)*c", "abac"), (r"(a*)*b", "aab"), (r"(?:a|)*b", "aab"),
    (r"(a?)*?b", "aab"), (r"((a)|b)+", "ab"), (r"(a)|b", "b"), (r"(?:(a)|b)*", "ab"),
    (r"((a)(b))", "ab"), (r"(?#comment)a", "a"), (r"a(?=b|c)", "ac"), (r"(?=(a))a", "a"),
    (r"(?!(a))b", "b"), (r"x(?=(a)b)", "xab"), ("", ""), ("", "abc"), (r"a|b|c", "xc"),
    (r"\d{3}-\d{4}", "call 555-1234 now"), (r"(\d+)\.(\d+)", "v3.11"), (r".*foo", "xfooyfoo"),
    (r".*?foo", "xfooyfoo"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"), (r"(a+)+b", "aaab"),
    (r"[\]]", "]"), (r"[\\]", "\\"), (r"[.]", "a.b"), (r"[*+?]+", "a*+?"), (r"\$\^", "$^"),
    (r"^$", ""), (r"^$", "\n"), (r"$", "a\n"), (r"(?m)$", "a\nb"), (r"(a)(?P<n>b)?", "a"),
]
for c in cases:
    show(*c)

errors = [
    "[a", "a)", "(a", "*a", "a**", "a{2}{3}", "a{3,2}", r"\q", "a\\", r"(?P<1>a)", r"(?P<a>a)(?P<a>b)",
    r"(?P=x)", r"(?P<>a)", r"(?Px)", r"(?<x)", r"(?x", r"(?z)", r"(?i", r"a(?i)", r"(?-x)a",
    r"(?i-i:a)", r"(?L)a", r"(?au)a", r"[z-a]", r"[\d-z]", r"\1", r"(a)\2", r"(a\1)", r"(?<=a+)b",
    r"(?(1)a|b|c)", r"(?(x)a)", r"(?(0)a)", r"(?(a-b)a)", r"\x1", r"\u12", r"\777", r"[\777]",
    r"(?#abc", r"(?", r"(?P", r"(?<", r"^*", r"x{99999999999}", r"(?P<a", r"(?P=", r"a|*",
    r"(?u)a", r"[\8]", r"(?-:a)", r"(?i-:a)", r"(?-z:a)", "a\n(b", r"(?<=(?P<g>a))(?P=g)", r"(?<=a\1)(b)",
]
for pattern in errors:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "re.error:", e, "|", e.msg, e.pos)
    except Exception as e:
        print(repr(pattern), type(e).__name__ + ":", e)
for pattern, flags in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(pattern, flags)
    except Exception as e:
        print(repr(pattern), type(e).__name__ + ":", e)
