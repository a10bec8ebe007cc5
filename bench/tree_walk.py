# tree_walk: a document tree of node classes (a hierarchy with super().__init__,
# properties, __repr__), built recursively, then walked by recursive functions,
# an explicit stack, a visitor with isinstance dispatch, and a transformer that
# rebuilds it; sets and dicts gather names, sorted with key=.
import sys


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []
        self.parent = None
        for c in self.children:
            c.parent = self

    @property
    def depth(self):
        d = 0
        p = self.parent
        while p is not None:
            d += 1
            p = p.parent
        return d

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Section(Node):
    def __init__(self, name, level, children=None):
        super().__init__(name, children)
        self.level = level


class Para(Node):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words

    @property
    def size(self):
        return len(self.words)


class Code(Para):
    def __init__(self, name, words, lang="py"):
        super().__init__(name, words)
        self.lang = lang


def build(seed, depth, fan):
    if depth == 0:
        words = [f"w{(seed * 7 + k) % 50}" for k in range(seed % 6 + 2)]
        if seed % 5 == 0:
            return Code(f"c{seed}", words, lang="sh" if seed % 2 else "py")
        return Para(f"p{seed}", words)
    kids = [build(seed * fan + i + 1, depth - 1, fan) for i in range(fan)]
    return Section(f"s{seed}", depth, kids)


def count_recursive(node):
    return 1 + sum(count_recursive(c) for c in node.children)


def walk_stack(root):
    stack = [root]
    words = 0
    maxdepth = 0
    while stack:
        node = stack.pop()
        if isinstance(node, Para):
            words += node.size
            d = node.depth
            if d > maxdepth:
                maxdepth = d
        stack.extend(reversed(node.children))
    return words, maxdepth


class Visitor:
    def visit(self, node):
        if isinstance(node, Section):
            return self.visit_section(node)
        if isinstance(node, Code):
            return self.visit_code(node)
        return self.visit_para(node)


class Stats(Visitor):
    def __init__(self):
        self.vocab = {}
        self.langs = set()
        self.sections = 0

    def visit_section(self, node):
        self.sections += 1
        for c in node.children:
            self.visit(c)

    def visit_para(self, node):
        for w in node.words:
            self.vocab[w] = self.vocab.get(w, 0) + 1

    def visit_code(self, node):
        self.langs.add(node.lang)
        self.visit_para(node)


def transform(node):
    if isinstance(node, Section):
        kids = [transform(c) for c in node.children if not (isinstance(c, Para) and c.size < 3)]
        return Section(node.name.upper(), node.level, kids)
    if isinstance(node, Code):
        return Code(node.name, [w.upper() for w in node.words], lang=node.lang)
    return Para(node.name, node.words[::-1])


def main(n):
    total = 0
    vocab_digest = 0
    for r in range(n):
        root = build(r, 5, 4)
        total += count_recursive(root)
        words, maxdepth = walk_stack(root)
        st = Stats()
        st.visit(root)
        top = sorted(st.vocab.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        vocab_digest = (vocab_digest * 31 + sum(c for _, c in top) + len(st.langs)) % 1000000007
        t = transform(root)
        total += count_recursive(t) + words + maxdepth + st.sections
        total += len(repr(t.children[0]))
    return total, vocab_digest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
print("tree_walk", n, *main(n))
