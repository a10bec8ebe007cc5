"""An interpreter for a tiny language, written around the match statement: tokens are tuples
('num', 3, line), the syntax tree is dataclasses, and the parser and evaluator dispatch with match
on both. `tiny_lang.py FILE...` runs each program and prints what it printed.

    let square = fn(x) => x * x;
    print square(7) + 1;
"""
import operator
import sys
from dataclasses import dataclass

KEYWORDS = {"let", "fn", "if", "then", "else", "print", "true", "false"}
OPERATORS = ["=>", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">", "(", ")",
             ",", ";", "="]


class LangError(Exception):
    pass


def tokenize(text):
    i, line = 0, 1
    while i < len(text):
        c = text[i]
        match c:
            case "\n":
                line += 1
                i += 1
            case " " | "\t":
                i += 1
            case "#":
                while i < len(text) and text[i] != "\n":
                    i += 1
            case _ if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                yield ("num", int(text[i:j]), line)
                i = j
            case _ if c.isalpha() or c == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                word = text[i:j]
                yield ("kw" if word in KEYWORDS else "name", word, line)
                i = j
            case _:
                for op in OPERATORS:
                    if text.startswith(op, i):
                        yield ("op", op, line)
                        i += len(op)
                        break
                else:
                    raise LangError(f"line {line}: unexpected character {c!r}")
    yield ("end", None, line)


# The syntax tree: one small dataclass per kind of node (match takes them apart by field).
@dataclass
class Num: value: int
@dataclass
class Bool: value: bool
@dataclass
class Var: name: str
@dataclass
class BinOp: op: str; left: object; right: object
@dataclass
class Neg: operand: object
@dataclass
class If: test: object; then: object; other: object
@dataclass
class Lambda: params: tuple; body: object
@dataclass
class Call: func: object; args: tuple
@dataclass
class Let: name: str; value: object
@dataclass
class Print: value: object


PRECEDENCE = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
              "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
          "%": operator.mod, "==": operator.eq, "!=": operator.ne, "<": operator.lt,
          ">": operator.gt, "<=": operator.le, ">=": operator.ge}


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            want = value if value is not None else kind
            raise LangError(f"line {tok[2]}: expected {want!r}, found {tok[1]!r}")
        self.pos += 1
        return tok

    def program(self):
        statements = []
        while self.peek()[0] != "end":
            statements.append(self.statement())
            self.take("op", ";")
        return statements

    def statement(self):
        match self.peek():
            case ("kw", "let", _):
                self.take()
                name = self.take("name")[1]
                self.take("op", "=")
                return Let(name, self.expression())
            case ("kw", "print", _):
                self.take()
                return Print(self.expression())
            case _:
                return self.expression()

    def expression(self, min_prec=1):
        left = self.unary()
        while True:
            match self.peek():
                case ("op", op, _) if PRECEDENCE.get(op, 0) >= min_prec:
                    self.take()
                    left = BinOp(op, left, self.expression(PRECEDENCE[op] + 1))
                case _:
                    return left

    def unary(self):
        match self.peek():
            case ("op", "-", _):
                self.take()
                return Neg(self.unary())
            case ("kw", "if", _):
                self.take()
                test = self.expression()
                self.take("kw", "then")
                then = self.expression()
                self.take("kw", "else")
                return If(test, then, self.expression())
            case ("kw", "fn", _):
                self.take()
                params = self.parenthesised(lambda: self.take("name")[1])
                self.take("op", "=>")
                return Lambda(params, self.expression())
        return self.calls(self.atom())

    def calls(self, func):
        while self.peek()[:2] == ("op", "("):
            func = Call(func, self.parenthesised(self.expression))
        return func

    def parenthesised(self, item):
        """'(' item, item, ... ')' as a tuple."""
        self.take("op", "(")
        items = []
        while self.peek()[1] != ")":
            items.append(item())
            if self.peek()[1] != ")":
                self.take("op", ",")
        self.take("op", ")")
        return tuple(items)

    def atom(self):
        match self.take():
            case ("num", value, _):
                return Num(value)
            case ("kw", "true" | "false" as word, _):
                return Bool(word == "true")
            case ("name", name, _):
                return Var(name)
            case ("op", "(", _):
                inner = self.expression()
                self.take("op", ")")
                return inner
            case (_, value, line):
                raise LangError(f"line {line}: unexpected {value!r}")


@dataclass
class Closure:
    params: tuple
    body: object
    env: dict

    def __repr__(self):
        return f"<fn({', '.join(self.params)})>"


def evaluate(node, env):
    match node:
        case Num(value) | Bool(value):
            return value
        case Var(name):
            if name not in env:
                raise LangError(f"undefined name {name!r}")
            return env[name]
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/" | "%", _, right) if evaluate(right, env) == 0:
            raise LangError("division by zero")
        case BinOp(op, left, right):
            return BINARY[op](evaluate(left, env), evaluate(right, env))
        case If(test, then, other):
            return evaluate(then if evaluate(test, env) else other, env)
        case Lambda(params, body):
            return Closure(params, body, env)
        case Call(func, args):
            match evaluate(func, env):
                case Closure(params, body, closure_env) if len(params) == len(args):
                    frame = dict(closure_env)
                    frame.update(zip(params, (evaluate(a, env) for a in args)))
                    return evaluate(body, frame)
                case Closure(params=params):
                    raise LangError(f"expected {len(params)} arguments, got {len(args)}")
                case other:
                    raise LangError(f"{other!r} is not a function")
        case _:
            raise LangError(f"cannot evaluate {node!r}")


def run(text, out):
    env = {}
    for statement in Parser(text).program():
        match statement:
            case Let(name, value):
                env[name] = evaluate(value, env)
                # A function may call itself by name: its closure sees the binding too.
                if isinstance(env[name], Closure):
                    env[name].env[name] = env[name]
            case Print(value):
                result = evaluate(value, env)
                out.append(str(result).lower() if isinstance(result, bool) else str(result))
            case expression:
                evaluate(expression, env)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        out = []
        try:
            run(text, out)
            status = "ok"
        except LangError as e:
            status = f"error: {e}"
        print(f"{path:<20} {' | '.join(out) or '-':<34} {status}")
    tree = Parser("let f = fn(a, b) => if a < b then -a else a * (b + 1);").program()
    print(tree[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
