# expr_eval: a tokenizer, a recursive-descent parser building AST node classes,
# and an evaluator dispatching on isinstance and on visitor methods found with
# getattr; variables in dicts, errors as exceptions, results formatted as text.
import sys


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Call(Node):
    def __init__(self, func, args):
        self.func = func
        self.args = args


class EvalError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < n and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        else:
            tokens.append(Token("op", c))
            i += 1
    tokens.append(Token("end", ""))
    return tokens


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    @property
    def current(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok.text!r}")
        return tok

    def parse_expr(self, min_prec=1):
        left = self.parse_atom()
        while True:
            tok = self.current
            prec = self.PREC.get(tok.text, 0) if tok.kind == "op" else 0
            if prec < min_prec:
                return left
            self.advance()
            right = self.parse_expr(prec + 1)
            left = BinOp(tok.text, left, right)

    def parse_atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.current.text == "(":
                self.advance()
                args = []
                if self.current.text != ")":
                    args.append(self.parse_expr())
                    while self.current.text == ",":
                        self.advance()
                        args.append(self.parse_expr())
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            e = self.parse_expr()
            self.expect(")")
            return e
        if tok.text == "-":
            return BinOp("-", Num(0), self.parse_atom())
        raise SyntaxError("unexpected " + repr(tok.text))


class Evaluator:
    def __init__(self, env, funcs):
        self.env = env
        self.funcs = funcs
        self.calls = 0

    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__)(node)

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise EvalError("unbound " + node.name) from None

    def visit_BinOp(self, node):
        a = self.visit(node.left)
        b = self.visit(node.right)
        op = node.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if b == 0:
            raise EvalError("division by zero")
        if op == "/":
            return a / b
        return a % b

    def visit_Call(self, node):
        self.calls += 1
        args = [self.visit(a) for a in node.args]
        return self.funcs[node.func](*args)


def count_nodes(node):
    if isinstance(node, BinOp):
        return 1 + count_nodes(node.left) + count_nodes(node.right)
    if isinstance(node, Call):
        return 1 + sum(count_nodes(a) for a in node.args)
    return 1


def main(n):
    funcs = {
        "max": max,
        "min": min,
        "abs": abs,
        "sq": lambda x: x * x,
        "avg": lambda *xs: sum(xs) / len(xs),
    }
    templates = [
        "a + b * (c - {k}) % 7",
        "max(a, b, {k}) * sq(c - 2) - abs(a - {k})",
        "avg(a, b, c, {k}.5) / (b - {k} + 1)",
        "(a * a + b * b) % ({k} + 3) - min(c, {k})",
        "sq(sq(a % 5) + {k}) / (c - c) + 1",
        "x + {k}",
    ]
    total = 0.0
    errors = 0
    nodes = 0
    lines = []
    for i in range(n):
        k = i % 13
        src = templates[i % len(templates)].format(k=k)
        tree = Parser(tokenize(src)).parse_expr()
        nodes += count_nodes(tree)
        ev = Evaluator({"a": i % 17, "b": i % 11 + 1, "c": i % 5 + 3}, funcs)
        try:
            v = ev.visit(tree)
        except EvalError as e:
            errors += 1
            lines.append(f"{i}:{e}")
            continue
        total += v
        if i % 97 == 0:
            lines.append("%d=%.3f" % (i, v))
    digest = sum(len(s) for s in lines)
    return round(total, 3), errors, nodes, digest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 16000
print("expr_eval", n, *main(n))
