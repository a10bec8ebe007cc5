# ast.unparse: source text back from a tree, as Python 3.11's ast.unparse writes it (its spacing,
# its blank line before each def and class, the fewest parentheses the precedence rules need,
# docstrings in triple quotes, f-strings whose quotes avoid backslashes inside the braces).
# Written here from the documented behaviour and python3's output; the ast module imports it on
# first use so that programs which never unparse do not pay for it.
import sys
from ast import (AST, Constant, Expr, FunctionDef, AsyncFunctionDef, ClassDef, Module, If,
                 JoinedStr, FormattedValue, Name, Tuple)

# Binding strength, weakest first. A node printed where a stronger one is expected gets parentheses.
(P_NAMED, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_EXPR, P_BXOR, P_BAND, P_SHIFT,
 P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(1, 19)
P_BOR = P_EXPR

_BINARY = {'Add': ('+', P_ARITH), 'Sub': ('-', P_ARITH), 'Mult': ('*', P_TERM), 'MatMult': ('@', P_TERM),
           'Div': ('/', P_TERM), 'Mod': ('%', P_TERM), 'FloorDiv': ('//', P_TERM), 'Pow': ('**', P_POWER),
           'LShift': ('<<', P_SHIFT), 'RShift': ('>>', P_SHIFT), 'BitOr': ('|', P_BOR),
           'BitXor': ('^', P_BXOR), 'BitAnd': ('&', P_BAND)}
_UNARY = {'Invert': ('~', P_FACTOR), 'Not': ('not', P_NOT), 'UAdd': ('+', P_FACTOR), 'USub': ('-', P_FACTOR)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
            'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLEAN = {'And': ('and', P_AND), 'Or': ('or', P_OR)}

_SINGLE_LINE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ANY_QUOTES = _SINGLE_LINE_QUOTES + _TRIPLE_QUOTES
# A float too big for a double reads back as infinity.
_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)


def _escape(text, keep_newlines_and_tabs):
    # Backslashes and unprintable characters become escapes; newlines and tabs may stay as they are.
    out = []
    for ch in text:
        if keep_newlines_and_tabs and ch in '\n\t':
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            out.append(ch)
    return ''.join(out)


def _choose_quotes(text, candidates, escape_whitespace=False):
    """Returns (body, usable quotes): the text escaped for a literal and the quote kinds that can
    still enclose it, best first. When none can, the body is repr's and its quote is the one."""
    body = _escape(text, not escape_whitespace)
    usable = [q for q in candidates if ('\n' not in body or q in _TRIPLE_QUOTES) and q not in body]
    if not usable:
        shown = repr(text)
        quote = next((q for q in candidates if shown[0] in q), shown[0])
        return shown[1:-1], [quote]
    if body:
        # A quote kind whose character ends the text would run into it: prefer the others, and
        # escape the last character when a triple quote is the only choice left.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _SourceMaker:
    def __init__(self, in_fstring_braces=False):
        self.out = []
        self.depth = 0
        self.strength = {}          # node -> the binding strength its position asks for
        self.type_ignores = {}
        # Inside an f-string's braces (before 3.12) a backslash cannot appear at all.
        self.in_fstring_braces = in_fstring_braces

    # ---- Output ----

    def text(self, node):
        self.node(node)
        return ''.join(self.out)

    def put(self, *parts):
        self.out.extend(parts)

    def line(self, start=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + start)

    def blank_line(self):
        if self.out:
            self.out.append('\n')

    def suite(self, statements, comment=None):
        self.put(':')
        if comment:
            self.put(comment)
        self.depth += 1
        self.node(statements)
        self.depth -= 1

    def joined(self, separator, items, show=None):
        show = show or self.node
        for i, item in enumerate(items):
            if i:
                self.put(separator)
            show(item)

    def tuple_items(self, items, show=None):
        # A one-item tuple keeps its trailing comma.
        show = show or self.node
        if len(items) == 1:
            show(items[0])
            self.put(',')
        else:
            self.joined(', ', items, show)

    def wanted(self, strength, *nodes):
        for node in nodes:
            self.strength[node] = strength

    def wrapped(self, node, own_strength, show):
        # Parentheses when the position asks for a stronger binding than the node has.
        parens = self.strength.get(node, P_TEST) > own_strength
        if parens:
            self.put('(')
        show()
        if parens:
            self.put(')')

    def captured(self, show):
        # What `show` writes, taken out of the output.
        mark = len(self.out)
        show()
        piece = ''.join(self.out[mark:])
        del self.out[mark:]
        return piece

    def node(self, node):
        if isinstance(node, list):
            for item in node:
                self.node(item)
            return
        handler = getattr(self, 'do_' + type(node).__name__, None)
        if handler is None:
            for base in type(node).__mro__[1:]:
                handler = getattr(self, 'do_' + base.__name__, None)
                if handler is not None:
                    break
        if handler is None:
            raise ValueError(f'unparse cannot show {type(node).__name__} nodes')
        handler(node)

    def type_comment(self, node):
        note = self.type_ignores.get(getattr(node, 'lineno', None)) or getattr(node, 'type_comment', None)
        return None if note is None else f' # type: {note}'

    # ---- Modules and bodies ----

    def docstring_node(self, node):
        if not isinstance(node, (Module, FunctionDef, AsyncFunctionDef, ClassDef)) or not node.body:
            return None
        first = node.body[0]
        if isinstance(first, Expr) and isinstance(first.value, Constant) and isinstance(first.value.value, str):
            return first.value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_node(node)
        if doc is None:
            self.node(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.put('u')
        self.literal_avoiding_backslashes(doc.value, _TRIPLE_QUOTES)
        self.node(node.body[1:])

    def do_Module(self, node):
        self.type_ignores = {ig.lineno: f'ignore{ig.tag}' for ig in node.type_ignores}
        self.body_with_docstring(node)
        self.type_ignores = {}

    def do_Interactive(self, node):
        self.node(node.body)

    def do_Expression(self, node):
        self.node(node.body)

    def do_FunctionType(self, node):
        self.put('(')
        self.joined(', ', node.argtypes)
        self.put(') -> ')
        self.node(node.returns)

    # ---- Simple statements ----

    def do_Expr(self, node):
        self.line()
        self.wanted(P_YIELD, node.value)
        self.node(node.value)

    def do_Assign(self, node):
        self.line()
        for target in node.targets:
            self.wanted(P_TUPLE, target)
            self.node(target)
            self.put(' = ')
        self.node(node.value)
        comment = self.type_comment(node)
        if comment:
            self.put(comment)

    def do_AugAssign(self, node):
        self.line()
        self.node(node.target)
        self.put(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.node(node.value)

    def do_AnnAssign(self, node):
        self.line()
        parens = not node.simple and isinstance(node.target, Name)
        self.put('(' if parens else '')
        self.node(node.target)
        self.put(')' if parens else '', ': ')
        self.node(node.annotation)
        if node.value:
            self.put(' = ')
            self.node(node.value)

    def do_Return(self, node):
        self.line('return')
        if node.value:
            self.put(' ')
            self.node(node.value)

    def do_Pass(self, node):
        self.line('pass')

    def do_Break(self, node):
        self.line('break')

    def do_Continue(self, node):
        self.line('continue')

    def do_Delete(self, node):
        self.line('del ')
        self.joined(', ', node.targets)

    def do_Assert(self, node):
        self.line('assert ')
        self.node(node.test)
        if node.msg:
            self.put(', ')
            self.node(node.msg)

    def do_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def do_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def do_Import(self, node):
        self.line('import ')
        self.joined(', ', node.names)

    def do_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.joined(', ', node.names)

    def do_alias(self, node):
        self.put(node.name)
        if node.asname:
            self.put(' as ' + node.asname)

    def do_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(' ')
        self.node(node.exc)
        if node.cause:
            self.put(' from ')
            self.node(node.cause)

    # ---- Compound statements ----

    def decorated(self, node, header):
        self.blank_line()
        for decorator in node.decorator_list:
            self.line('@')
            self.node(decorator)
        self.line(header)

    def do_FunctionDef(self, node, keyword='def'):
        self.decorated(node, f'{keyword} {node.name}')
        self.put('(')
        self.node(node.args)
        self.put(')')
        if node.returns:
            self.put(' -> ')
            self.node(node.returns)
        self.put(':')
        comment = self.type_comment(node)
        if comment:
            self.put(comment)
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def do_AsyncFunctionDef(self, node):
        self.do_FunctionDef(node, 'async def')

    def do_ClassDef(self, node):
        self.decorated(node, 'class ' + node.name)
        parts = list(node.bases) + list(node.keywords)
        if parts:
            self.put('(')
            self.joined(', ', parts)
            self.put(')')
        self.put(':')
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def do_For(self, node, keyword='for '):
        self.line(keyword)
        self.wanted(P_TUPLE, node.target)
        self.node(node.target)
        self.put(' in ')
        self.node(node.iter)
        self.suite(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def do_AsyncFor(self, node):
        self.do_For(node, 'async for ')

    def do_While(self, node):
        self.line('while ')
        self.node(node.test)
        self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def do_If(self, node):
        self.line('if ')
        self.node(node.test)
        self.suite(node.body)
        # An else holding nothing but another if reads back as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.node(node.test)
            self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def do_With(self, node, keyword='with '):
        self.line(keyword)
        self.joined(', ', node.items)
        self.suite(node.body, self.type_comment(node))

    def do_AsyncWith(self, node):
        self.do_With(node, 'async with ')

    def do_withitem(self, node):
        self.node(node.context_expr)
        if node.optional_vars:
            self.put(' as ')
            self.node(node.optional_vars)

    def do_Try(self, node, star=False):
        self.line('try')
        self.suite(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        for keyword, block in (('else', node.orelse), ('finally', node.finalbody)):
            if block:
                self.line(keyword)
                self.suite(block)

    def do_TryStar(self, node):
        self.do_Try(node, star=True)

    def handler(self, node, star):
        self.line('except*' if star else 'except')
        if node.type:
            self.put(' ')
            self.node(node.type)
        if node.name:
            self.put(' as ' + node.name)
        self.suite(node.body)

    def do_ExceptHandler(self, node):
        self.handler(node, False)

    def do_Match(self, node):
        self.line('match ')
        self.node(node.subject)
        self.suite(node.cases)

    def do_match_case(self, node):
        self.line('case ')
        self.node(node.pattern)
        if node.guard:
            self.put(' if ')
            self.node(node.guard)
        self.suite(node.body)

    # ---- Patterns ----

    def do_MatchValue(self, node):
        self.node(node.value)

    def do_MatchSingleton(self, node):
        self.put(repr(node.value))

    def do_MatchSequence(self, node):
        self.put('[')
        self.joined(', ', node.patterns)
        self.put(']')

    def do_MatchStar(self, node):
        self.put('*' + (node.name if node.name is not None else '_'))

    def do_MatchMapping(self, node):
        entries = [(key, pattern) for key, pattern in zip(node.keys, node.patterns)]

        def entry(pair):
            self.node(pair[0])
            self.put(': ')
            self.node(pair[1])
        self.put('{')
        self.joined(', ', entries, entry)
        if node.rest is not None:
            self.put(', ' if entries else '', '**' + node.rest)
        self.put('}')

    def do_MatchClass(self, node):
        self.wanted(P_ATOM, node.cls)
        self.node(node.cls)
        self.put('(')
        self.joined(', ', node.patterns)
        for i, (name, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.put(', ')
            self.put(name + '=')
            self.node(pattern)
        self.put(')')

    def do_MatchAs(self, node):
        if node.name is None:
            self.put('_')
        elif node.pattern is None:
            self.put(node.name)
        else:
            def show():
                self.wanted(P_BOR, node.pattern)
                self.node(node.pattern)
                self.put(' as ' + node.name)
            self.wrapped(node, P_TEST, show)

    def do_MatchOr(self, node):
        def show():
            self.wanted(P_BOR + 1, *node.patterns)
            self.joined(' | ', node.patterns)
        self.wrapped(node, P_BOR, show)

    # ---- Arguments ----

    def do_arg(self, node):
        self.put(node.arg)
        if node.annotation:
            self.put(': ')
            self.node(node.annotation)

    def do_arguments(self, node):
        pieces = []      # each writes one comma-separated part
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for number, (arg, default) in enumerate(zip(positional, defaults), 1):
            pieces.append((arg, default, number == len(node.posonlyargs)))
        first = True
        for arg, default, ends_positional_only in pieces:
            if not first:
                self.put(', ')
            first = False
            self.node(arg)
            if default:
                self.put('=')
                self.node(default)
            if ends_positional_only:
                self.put(', /')
        if node.vararg or node.kwonlyargs:
            self.put('' if first else ', ', '*')
            first = False
            if node.vararg:
                self.node(node.vararg)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self.put(', ')
            self.node(arg)
            if default:
                self.put('=')
                self.node(default)
        if node.kwarg:
            self.put('' if first else ', ', '**')
            self.node(node.kwarg)

    def do_keyword(self, node):
        self.put('**' if node.arg is None else node.arg + '=')
        self.node(node.value)

    # ---- Expressions ----

    def do_Name(self, node):
        self.put(node.id)

    def do_NamedExpr(self, node):
        def show():
            self.wanted(P_ATOM, node.target, node.value)
            self.node(node.target)
            self.put(' := ')
            self.node(node.value)
        self.wrapped(node, P_NAMED, show)

    def do_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.put('(')
            self.tuple_items(value, self.constant)
            self.put(')')
        elif value is ...:
            self.put('...')
        else:
            if node.kind == 'u':
                self.put('u')
            self.constant(value)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            # Infinities as a literal too big to be finite, NaN as inf - inf.
            self.put(repr(value).replace('inf', _INFINITY).replace('nan', f'({_INFINITY}-{_INFINITY})'))
        elif isinstance(value, str) and self.in_fstring_braces:
            self.literal_avoiding_backslashes(value)
        else:
            self.put(repr(value))

    def literal_avoiding_backslashes(self, text, candidates=_ANY_QUOTES):
        body, quotes = _choose_quotes(text, candidates)
        self.put(quotes[0], body, quotes[0])

    def do_JoinedStr(self, node):
        self.put('f')
        if self.in_fstring_braces:
            self.literal_avoiding_backslashes(self.fstring_body(node))
            return
        # Escapes are kept out of the replacement fields only: a literal part may show \n.
        quotes = list(_ANY_QUOTES)
        parts = []
        for value in node.values:
            body, quotes = _choose_quotes(self.fstring_body(value), quotes,
                                          escape_whitespace=isinstance(value, Constant))
            parts.append(body)
        self.put(quotes[0], ''.join(parts), quotes[0])

    def fstring_body(self, node):
        # The text between an f-string's quotes, before any quoting.
        if isinstance(node, JoinedStr):
            return ''.join(self.fstring_body(value) for value in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace('{', '{{').replace('}', '}}')
        if isinstance(node, FormattedValue):
            return self.captured(lambda: self.do_FormattedValue(node))
        raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def do_FormattedValue(self, node):
        inner = _SourceMaker(in_fstring_braces=True)
        inner.wanted(P_TEST + 1, node.value)
        shown = inner.text(node.value)
        if '\\' in shown:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.put('{', ' ' if shown.startswith('{') else '', shown)
        if node.conversion != -1:
            self.put('!' + chr(node.conversion))
        if node.format_spec:
            self.put(':', self.fstring_body(node.format_spec))
        self.put('}')

    def displayed(self, opening, closing, items):
        self.put(opening)
        self.joined(', ', items)
        self.put(closing)

    def do_List(self, node):
        self.displayed('[', ']', node.elts)

    def do_Set(self, node):
        if node.elts:
            self.displayed('{', '}', node.elts)
        else:
            self.put('{*()}')      # there is no empty set display

    def do_Tuple(self, node):
        parens = not node.elts or self.strength.get(node, P_TEST) > P_TUPLE
        self.put('(' if parens else '')
        self.tuple_items(node.elts)
        self.put(')' if parens else '')

    def do_Dict(self, node):
        def entry(pair):
            key, value = pair
            if key is None:
                self.put('**')
                self.wanted(P_EXPR, value)
                self.node(value)
            else:
                self.node(key)
                self.put(': ')
                self.node(value)
        self.put('{')
        self.joined(', ', list(zip(node.keys, node.values)), entry)
        self.put('}')

    def comprehension_display(self, opening, closing, node, element):
        self.put(opening)
        element()
        self.node(node.generators)
        self.put(closing)

    def do_ListComp(self, node):
        self.comprehension_display('[', ']', node, lambda: self.node(node.elt))

    def do_SetComp(self, node):
        self.comprehension_display('{', '}', node, lambda: self.node(node.elt))

    def do_GeneratorExp(self, node):
        self.comprehension_display('(', ')', node, lambda: self.node(node.elt))

    def do_DictComp(self, node):
        def element():
            self.node(node.key)
            self.put(': ')
            self.node(node.value)
        self.comprehension_display('{', '}', node, element)

    def do_comprehension(self, node):
        self.put(' async for ' if node.is_async else ' for ')
        self.wanted(P_TUPLE, node.target)
        self.node(node.target)
        self.put(' in ')
        self.wanted(P_TEST + 1, node.iter, *node.ifs)
        self.node(node.iter)
        for condition in node.ifs:
            self.put(' if ')
            self.node(condition)

    def do_IfExp(self, node):
        def show():
            self.wanted(P_TEST + 1, node.body, node.test)
            self.node(node.body)
            self.put(' if ')
            self.node(node.test)
            self.put(' else ')
            self.wanted(P_TEST, node.orelse)
            self.node(node.orelse)
        self.wrapped(node, P_TEST, show)

    def do_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]

        def show():
            self.put(symbol if strength == P_FACTOR else symbol + ' ')
            self.wanted(strength, node.operand)
            self.node(node.operand)
        self.wrapped(node, strength, show)

    def do_BinOp(self, node):
        symbol, strength = _BINARY[type(node.op).__name__]
        # ** groups to the right, every other operator to the left.
        left, right = (strength + 1, strength) if symbol == '**' else (strength, strength + 1)

        def show():
            self.wanted(left, node.left)
            self.node(node.left)
            self.put(f' {symbol} ')
            self.wanted(right, node.right)
            self.node(node.right)
        self.wrapped(node, strength, show)

    def do_Compare(self, node):
        def show():
            self.wanted(P_CMP + 1, node.left, *node.comparators)
            self.node(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self.put(' ' + _COMPARE[type(op).__name__] + ' ')
                self.node(operand)
        self.wrapped(node, P_CMP, show)

    def do_BoolOp(self, node):
        word, strength = _BOOLEAN[type(node.op).__name__]

        def show():
            # Each operand asks a step more than the one before it (so a and (b and c) keeps
            # its parentheses while (a and b) and c drops them).
            for i, value in enumerate(node.values):
                if i:
                    self.put(f' {word} ')
                self.wanted(strength + 1 + i, value)
                self.node(value)
        self.wrapped(node, strength, show)

    def do_Attribute(self, node):
        self.wanted(P_ATOM, node.value)
        self.node(node.value)
        # 1 .real: without the space the dot would be read as a decimal point.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.put(' ')
        self.put('.' + node.attr)

    def do_Call(self, node):
        self.wanted(P_ATOM, node.func)
        self.node(node.func)
        self.displayed('(', ')', list(node.args) + list(node.keywords))

    def do_Subscript(self, node):
        self.wanted(P_ATOM, node.value)
        self.node(node.value)
        self.put('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.tuple_items(node.slice.elts)     # a[1, 2]: the tuple needs no parentheses
        else:
            self.node(node.slice)
        self.put(']')

    def do_Starred(self, node):
        self.put('*')
        self.wanted(P_EXPR, node.value)
        self.node(node.value)

    def do_Slice(self, node):
        if node.lower:
            self.node(node.lower)
        self.put(':')
        if node.upper:
            self.node(node.upper)
        if node.step:
            self.put(':')
            self.node(node.step)

    def do_Lambda(self, node):
        def show():
            params = self.captured(lambda: self.node(node.args))
            self.put('lambda ' + params if params else 'lambda', ': ')
            self.wanted(P_TEST, node.body)
            self.node(node.body)
        self.wrapped(node, P_TEST, show)

    def do_Await(self, node):
        def show():
            self.put('await')
            if node.value:
                self.put(' ')
                self.wanted(P_ATOM, node.value)
                self.node(node.value)
        self.wrapped(node, P_AWAIT, show)

    def do_Yield(self, node):
        def show():
            self.put('yield')
            if node.value:
                self.put(' ')
                self.wanted(P_ATOM, node.value)
                self.node(node.value)
        self.wrapped(node, P_YIELD, show)

    def do_YieldFrom(self, node):
        def show():
            self.put('yield from ')
            self.wanted(P_ATOM, node.value)
            self.node(node.value)
        self.wrapped(node, P_YIELD, show)


def unparse(ast_obj):
    return _SourceMaker().text(ast_obj)
