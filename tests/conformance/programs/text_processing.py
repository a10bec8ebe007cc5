# Realistic program: word counts, extraction and rewriting with re, string.Template/Formatter, textwrap and difflib.
import re, string, textwrap, difflib
from collections import Counter, defaultdict

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy, did not
react; the fox -- quick as ever -- ran away!  Meanwhile, 42 foxes and 7 dogs
gathered at 10:45am on 2023-04-05 near 192.168.0.1 to discuss e-mail: fox@example.com,
dog.lazy@kennel.org. "Why?" asked the 3rd fox. 'Because,' said the dog."""

WORD_RE = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")

def tokenize(text):
    return [w.lower() for w in WORD_RE.findall(text)]

def word_freq(text, top=8):
    c = Counter(tokenize(text))
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]

def extract(text):
    emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
    dates = [m.groupdict() for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)]
    ips = re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text)
    times = re.findall(r"\b(\d{1,2}):(\d{2})\s*(am|pm)\b", text, re.I)
    nums = [int(n) for n in re.findall(r"\b\d+\b", text)]
    return emails, dates, ips, times, nums

def title_case(s):
    return re.sub(r"[A-Za-z]+('[A-Za-z]+)?", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), s)

def caesar(s, k):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return s.translate(table)

def template_demo():
    t = string.Template("$who likes $what; ${who}'s cost is $$${cost}")
    print(t.substitute(who="tim", what="kung pao", cost=12))
    print(t.safe_substitute(who="ann"))
    try:
        t.substitute(who="x")
    except KeyError as e:
        print("KeyError", e)
    f = string.Formatter()
    print(f.format("{0:>8}|{1:<6}|{name:^9}|{2:08.3f}", "right", "left", 3.14159, name="mid"))
    print(list(f.parse("a{b}c{d!r:>3}e")))

def wrap_demo(text):
    flat = " ".join(text.split())
    for width in (30, 50):
        print(f"--- width {width}")
        print(textwrap.fill(flat, width=width, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten(flat, width=60, placeholder=" [...]"))
    block = """
        def f():
            return 1
    """
    print(repr(textwrap.dedent(block)))
    print(textwrap.indent("a\nb\n\nc", "> "))
    print(textwrap.indent("a\nb\n\nc", "+ ", lambda l: True))
    w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="...")
    print(w.wrap("supercalifragilisticexpialidocious is a very long word indeed and more"))

def diff_demo():
    a = """alpha
beta
gamma
delta
epsilon""".splitlines(keepends=True)
    b = """alpha
beta2
gamma
epsilon
zeta""".splitlines(keepends=True)
    print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
    print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt")))
    print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
    sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
    print(round(sm.ratio(), 4), sm.get_matching_blocks())
    for op in sm.get_opcodes():
        print(op)
    print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
    print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell"], n=2, cutoff=0.5))

def regex_misc():
    s = "key1=val1; key2 = val2 ;key3=  'quoted; value'"
    pairs = re.findall(r"(\w+)\s*=\s*('[^']*'|[^;]+?)\s*(?:;|$)", s)
    print(pairs)
    print(re.split(r"\s*[;,]\s*", "a ; b,c ,d;;e"))
    print(re.split(r"(\d)", "a1b2c"))
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
    print(re.subn(r"\s+", " ", "  lots   of\t\nspace "))
    m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe extra")
    print(m.group("first", "last"), m.span(2), m.start(), m.end(), m.lastgroup, m.lastindex)
    print(m.expand(r"\g<last>, \g<first>"))
    print(re.fullmatch(r"[0-9a-f]+", "deadbeef") is not None, re.fullmatch(r"[0-9a-f]+", "xyz"))
    pat = re.compile(r"""
        ^\s*(?P<num>[+-]?\d+(?:\.\d*)?)   # number
        \s*(?P<unit>[a-z]+)?\s*$          # unit
    """, re.VERBOSE | re.IGNORECASE)
    for s in ["12.5 KG", "-3", "abc", " 7m "]:
        m = pat.match(s)
        print(s, "->", m.groupdict() if m else None)
    print(re.escape("a.b*c?(d)"))
    print(re.findall(r"(?<=\$)\d+", "cost $30, tax $4"))
    print(re.findall(r"\b\w+(?!ing)\b", "sing singing ring"))
    print(re.sub(r"(?m)^", "> ", "l1\nl2\nl3"))
    print(re.findall(r"(a|b)*c", "abac"))
    print(pat.pattern.count("\n"), pat.flags & re.VERBOSE != 0, pat.groups, sorted(pat.groupindex.items()))

print(word_freq(TEXT))
for item in extract(TEXT):
    print(item)
print(title_case("the cat's pajamas are GREAT"))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, 23))
template_demo()
wrap_demo(TEXT)
diff_demo()
regex_misc()
idx = defaultdict(set)
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in tokenize(line):
        idx[w].add(lineno)
for w in sorted(idx)[:12]:
    print(f"{w:<10} {sorted(idx[w])}")
print(string.capwords("  hello   world  foo "))
