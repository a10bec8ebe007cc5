# keyword, string constants, textwrap.dedent/indent and reprlib.recursive_repr.
import keyword
import reprlib
import string
import textwrap

print(keyword.iskeyword("yield"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5])
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("\ta\n\t  b")))
print(repr(textwrap.indent("x\n\ny\n", "> ")))
print(repr(textwrap.indent("x\ny", "+", lambda line: True)))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)


n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n), Node.__repr__.__name__)
print(reprlib.repr(list(range(20))), reprlib.repr("x" * 50))
