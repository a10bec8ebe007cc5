# textwrap: TextWrapper options (indents, hyphen breaking, long words, max_lines/placeholder,
# sentence endings, tabs), shorten, dedent and indent.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known, high-level, state-of-the-art "
        "sentence -- with an em-dash --and more; supercalifragilisticexpialidocious words too.\tTabbed.")
for width in (10, 25, 40):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello there.  How are you? Fine.", 60, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False, replace_whitespace=False), textwrap.wrap("a\tb", 40, tabsize=4))
print(textwrap.wrap("-1 -x --flag a-b ab-cd abc-def--ghi", 6))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world", 11, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  \n\tb")), repr(textwrap.dedent("  x\n y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=15)
print(w.wrap("one two three four five six"), w.width, w.fill("alpha beta gamma delta"))
