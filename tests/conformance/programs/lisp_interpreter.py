# timeout: 120
# Realistic program: a small Lisp-ish interpreter: tokenizer, parser, environments, closures, tail loop.
import math, operator as op

class Symbol(str): pass
def Sym(s, table={}):
    if s not in table:
        table[s] = Symbol(s)
    return table[s]

class LispError(Exception): pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def parse(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(parse(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Sym("quote"), parse(tokens)]
    return atom(tok)

def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok.startswith('"') and tok.endswith('"'):
        return tok[1:-1]
    return Sym(tok)

class Env(dict):
    __slots__ = ("outer",)
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        e = self
        while e is not None:
            if var in e:
                return e
            e = e.outer
        raise LispError(f"unbound symbol: {var}")

class Procedure:
    __slots__ = ("params", "body", "env")
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda *a: math.prod(a),
        "/": op.truediv, "<": op.lt, ">": op.gt, "<=": op.le, ">=": op.ge, "=": op.eq, "mod": op.mod,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y, "list": lambda *x: list(x),
        "null?": lambda x: x == [], "length": len, "abs": abs, "not": op.not_, "apply": lambda f, a: f(*a),
        "map": lambda f, x: list(map(f, x)), "filter": lambda f, x: list(filter(f, x)), "display": lambda x: print(lispstr(x)),
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            _, name, expr = x
            if isinstance(name, list):
                env[name[0]] = Procedure(name[1:], [Sym("begin")] + expr if False else expr, env)
            else:
                env[name] = evaluate(expr, env)
            return None
        if head == "set!":
            _, name, expr = x
            env.find(name)[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            _, params, body = x
            return Procedure(params, body, env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "let":
            _, bindings, body = x
            names = [b[0] for b in bindings]
            vals = [evaluate(b[1], env) for b in bindings]
            env = Env(names, vals, env)
            x = body
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            x = proc.body
            env = Env(proc.params, args, proc.env)
            continue
        try:
            return proc(*args)
        except TypeError as e:
            raise LispError(f"bad call {lispstr(x)}: {e}") from None

def lispstr(x):
    if isinstance(x, list):
        return "(" + " ".join(map(lispstr, x)) + ")"
    if isinstance(x, bool):
        return "#t" if x else "#f"
    return str(x)

PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(define (compose f g) (lambda (x) (f (g x))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define counter (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(fact 20)
(fib 20)
(loop 100000 0)
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 10)
(map (lambda (x) (* x x)) (range 0 10))
(filter (lambda (x) (= (mod x 3) 0)) (range 0 20))
(begin (counter) (counter) (counter))
(sqrt (+ (* 3 3) (* 4 4)))
(length (range 0 200))
(undefined-thing 1)
(car '())
(list 1 2.5 "s" (quote (a b)))
"""

env = standard_env()
for line in PROGRAM.strip().splitlines():
    try:
        val = evaluate(parse(tokenize(line)), env)
        if val is not None:
            print(lispstr(val))
    except LispError as e:
        print("error:", e)
    except IndexError as e:
        print("IndexError:", e)
for bad in ["(+ 1", ")", ""]:
    try:
        parse(tokenize(bad))
    except LispError as e:
        print("parse error:", e)
total = 0
for i in range(30):
    total += evaluate(parse(tokenize("(fib 15)")), env)
print(total)
