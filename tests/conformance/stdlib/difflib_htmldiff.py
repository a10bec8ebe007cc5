# difflib.HtmlDiff and its row generator difflib._mdiff: pages and tables byte for byte as
# CPython 3.11 writes them (anchors numbered per process, context hunks, line wrapping, tab
# expansion, escaping, charsets, the legend), and the raw rows with their change marks.
import difflib
import random
import zlib

print(difflib.HtmlDiff, 'HtmlDiff' in difflib.__all__, '_mdiff' in difflib.__all__)

old = ["one\n", "two\n", "three\n", "four\n", "five\n"]
new = ["one\n", "too\n", "three\n", "4\n", "five\n", "six\n"]

# rows: ((number, text), (number, text), changed); marks are '\0' + one of '+-^' ... '\1'
for row in difflib._mdiff(old, new):
    print(row)
print(list(difflib._mdiff(["2"], ["3"], 1)))
print(list(difflib._mdiff(["a"] * 10 + ["b"] + ["a"] * 10, ["a"] * 10 + ["c"] + ["a"] * 10, 2)))
print(list(difflib._mdiff([], [])))
print(list(difflib._mdiff(["x\n", "y\n"], [])))
print(list(difflib._mdiff([], ["x\n", "y\n"], 0)))
print(list(difflib._mdiff(["abc", "def"], ["abd", "xyz", "def"], linejunk=difflib.IS_LINE_JUNK)))

d = difflib.HtmlDiff()
print(difflib.HtmlDiff._default_prefix)
print(d.make_file(old, new, 'before', 'after'))
print(d.make_table(old, new))
print(d.make_table(old, new, context=True, numlines=1))
print(d.make_table(old, old, 'a', 'b', context=True))
print(d.make_table(old, old))
print(d.make_table([], [], context=True))
print(d.make_table([], []))
print(difflib.HtmlDiff._default_prefix)

# escaping, tabs (only those at the end vanish) and trailing spaces (kept)
tabs = difflib.HtmlDiff(tabsize=4)
print(tabs.make_table(["a\tb <&> \n", "\tx\t\n", "same\n"], ["a\tc <&>\n", "  \tx  \n", "same\n"]))
print(difflib.HtmlDiff(tabsize=0).make_table(["a\tb"], ["a\t\tb"]))

# wrapping: marks closed at a cut and opened again on the '>' line after it
wrap = difflib.HtmlDiff(wrapcolumn=7)
print(wrap.make_table(["short", "a long line that is cut in pieces", "ab"],
                      ["short", "a long LINE that is cut in pieces!", "abcdefghijklmnop"],
                      context=True, numlines=0))

# charsets: what the charset cannot encode becomes a character reference
page = d.make_file(["caf\xe9 \u0131\n"], ["cafe \u3042\n"], charset='us-ascii')
print(page[page.index('<tbody>'):page.index('</tbody>')])
page = d.make_file(["caf\xe9\n"], ["cafe\u20ac\n"], charset='iso-8859-1')
print('charset=iso-8859-1' in page, page[page.index('<tbody>'):page.index('</tbody>')])

# junk parameters are passed to ndiff
junk = difflib.HtmlDiff(linejunk=difflib.IS_LINE_JUNK, charjunk=None)
print(junk.make_table(["#\n", "a b\n"], ["\n", "a  b\n"]))


# a subclass may restyle the page through the class templates
class Plain(difflib.HtmlDiff):
    _styles = ''
    _legend = ''


print(Plain().make_file(["x"], ["y"]))


class Bare(difflib.HtmlDiff):
    _table_template = '[%(prefix)s|%(header_row)s|%(data_rows)s]'
    _file_template = '%(charset)s %(table)s %(legend).20s %(styles).20s'


print(Bare().make_file(["x"], ["y"], 'a', 'b', charset='ascii'))
print([name for name in ('_file_template', '_styles', '_table_template', '_legend')
       if getattr(Plain, name) == getattr(difflib.HtmlDiff, name)])

# many random comparisons, every option: a checksum of all the output (the random module is
# bit-identical to CPython's for the same seed)
crc = 0
for seed in range(150):
    r = random.Random(seed)
    alphabet = r.choice(['ab', 'abc \t', 'ab\t c<&>', 'xy z', 'a\xe9\u3042 '])

    def lines():
        return [''.join(r.choice(alphabet) for _ in range(r.randint(0, 12)))
                + r.choice(['', '', '\n']) for _ in range(r.randint(0, 25))]

    a = lines()
    b = list(a)
    for _ in range(r.randint(0, 12)):
        op = r.random()
        if op < 0.3 and b:
            del b[r.randrange(len(b))]
        elif op < 0.6:
            b.insert(r.randint(0, len(b)), r.choice(a or ['q']) + r.choice(['x', 'yy\n', '']))
        elif b:
            i = r.randrange(len(b))
            chars = list(b[i])
            if chars:
                chars[r.randrange(len(chars))] = r.choice('abz\t ')
            b[i] = ''.join(chars)
    context = r.choice([None, 0, 1, 2, 5])
    rows = repr(list(difflib._mdiff(a, b, context)))
    html = difflib.HtmlDiff(tabsize=r.choice([8, 2, 0, 3]),
                            wrapcolumn=r.choice([None, 0, 3, 5, 14]))
    text = html.make_file(a, b, 'f', 't' if seed % 3 else '', context=r.random() < 0.5,
                          numlines=r.choice([0, 1, 5]),
                          charset=r.choice(['utf-8', 'us-ascii', 'latin-1']))
    crc = zlib.crc32((rows + text).encode('utf-8'), crc)
    if seed % 50 == 0:
        print(seed, len(rows), len(text))
print(crc, difflib.HtmlDiff._default_prefix)
