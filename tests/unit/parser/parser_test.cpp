// Parser tests: AST shape compared with CPython 3.11's ast.dump output (expected strings were
// produced by python3.11 -c "import ast; print(ast.dump(ast.parse(SRC)))"), including locations.
#include <gtest/gtest.h>

#include <string>

#include "parser/ast_dump.h"
#include "parser/parser.h"

namespace pygen {
namespace {

std::string parse_dump(std::string_view src, bool attrs = false) {
    SyntaxErrorInfo err;
    auto mod = parse_module(src, "<test>", &err);
    if (!mod) return "ERROR " + err.type + ": " + err.msg;
    return ast::dump(*mod, attrs);
}

TEST(ParserShape, Assignments) {
    EXPECT_EQ(parse_dump("a = b = 1"),
              "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("a, *b = c"),
              "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("[a, (b, c)] = d"),
              "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x.y[z] = 1"),
              "Module(body=[Assign(targets=[Subscript(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), slice=Name(id='z', ctx=Load()), ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x += 1"),
              "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x: int = 5"),
              "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])");
    EXPECT_EQ(parse_dump("(x): int"),
              "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])");
    EXPECT_EQ(parse_dump("x.y: list"),
              "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='list', ctx=Load()), simple=0)], type_ignores=[])");
    EXPECT_EQ(parse_dump("a = yield b"),
              "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Yield(value=Name(id='b', ctx=Load())))], type_ignores=[])");
}

TEST(ParserShape, Operators) {
    EXPECT_EQ(parse_dump("a + b * c ** -d"),
              "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=BinOp(left=Name(id='c', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='d', ctx=Load()))))))], type_ignores=[])");
    EXPECT_EQ(parse_dump("not a and b or c"),
              "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("a < b <= c != d"),
              "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("a not in b is not c"),
              "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("~a | b ^ c & d << e >> f"),
              "Module(body=[Expr(value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])");
    EXPECT_EQ(parse_dump("a @ b // c % d / e"),
              "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())), op=FloorDiv(), right=Name(id='c', ctx=Load())), op=Mod(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())))], type_ignores=[])");
    EXPECT_EQ(parse_dump("-2 ** 2"),
              "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])");
    EXPECT_EQ(parse_dump("await x ** 2"),
              "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])");
}

TEST(ParserShape, Lambdas) {
    EXPECT_EQ(parse_dump("lambda: 0"),
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])");
    EXPECT_EQ(parse_dump("lambda a, b=1, *c, d, e=2, **f: a"),
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Name(id='a', ctx=Load())))], type_ignores=[])");
    EXPECT_EQ(parse_dump("lambda a, /, b: a"),
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])");
}

TEST(ParserShape, Conditional) {
    EXPECT_EQ(parse_dump("a if b else c if d else e"),
              "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])");
    EXPECT_EQ(parse_dump("(y := f(x))"),
              "Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])))], type_ignores=[])");
    EXPECT_EQ(parse_dump("[z := 1, 2]"),
              "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='z', ctx=Store()), value=Constant(value=1)), Constant(value=2)], ctx=Load()))], type_ignores=[])");
}

TEST(ParserShape, Calls) {
    EXPECT_EQ(parse_dump("f(a, *b, c=1, **d)"),
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f(x for x in y)"),
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f(*a, b, *c)"),
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f(a)(b)[c].d"),
              "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])");
}

TEST(ParserShape, Subscripts) {
    EXPECT_EQ(parse_dump("x[1:2, ::3]"),
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x[a, b]"),
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x[:]"),
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x[*a]"),
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x[1:2:]"),
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])");
}

TEST(ParserShape, Displays) {
    EXPECT_EQ(parse_dump("[1, *a]"),
              "Module(body=[Expr(value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("{1, *a}"),
              "Module(body=[Expr(value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("{1: 2, **a}"),
              "Module(body=[Expr(value=Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='a', ctx=Load())]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("{}"),
              "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("()"),
              "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("(1,)"),
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("1, 2,"),
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])");
}

TEST(ParserShape, Comprehensions) {
    EXPECT_EQ(parse_dump("[x for x in y if x if z for w in x]"),
              "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("{k: v for k, v in d}"),
              "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("{x async for x in y}"),
              "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("(x for x in y)"),
              "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
}

TEST(ParserShape, Numbers) {
    EXPECT_EQ(parse_dump("0xff + 0o17 + 0b101 + 1_000 + 00"),
              "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=0)))], type_ignores=[])");
    EXPECT_EQ(parse_dump("1.5 + 1e10 + 2j + .5 + 1e400"),
              "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=inf)))], type_ignores=[])");
    EXPECT_EQ(parse_dump("0xffffffffffffffffffffffffffffffffffffffff"),
              "Module(body=[Expr(value=Constant(value=1461501637330902918203684832716283019655932542975))], type_ignores=[])");
}

TEST(ParserShape, Strings) {
    EXPECT_EQ(parse_dump("'a' 'b'"),
              "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])");
    EXPECT_EQ(parse_dump("b'\\x00\\n' rb'\\n'"),
              "Module(body=[Expr(value=Constant(value=b'\\x00\\n\\\\n'))], type_ignores=[])");
    EXPECT_EQ(parse_dump("'\\N{BULLET}\\u00e9\\U0001F600\\101\\x41'"),
              "Module(body=[Expr(value=Constant(value='\xe2""\x80""\xa2""\xc3""\xa9""\xf0""\x9f""\x98""\x80""AA'))], type_ignores=[])");
    // CPython's ast marks a run of strings that begins with u'' as kind='u'.
    EXPECT_EQ(parse_dump("u'x' r'\\d'"),
              "Module(body=[Expr(value=Constant(value='x\\\\d', kind='u'))], type_ignores=[])");
    EXPECT_EQ(parse_dump("'''a\nb'''"),
              "Module(body=[Expr(value=Constant(value='a\\nb'))], type_ignores=[])");
}

TEST(ParserShape, FStrings) {
    EXPECT_EQ(parse_dump("f'a{b!r:>{w}}c{d=}'"),
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='cd='), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114)]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f'{x:}' 'y' f'{{z}}'"),
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[])), Constant(value='y{z}')]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f'{a!s}{b!a}{c=!r}{d=:>3}'"),
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=115), FormattedValue(value=Name(id='b', ctx=Load()), conversion=97), Constant(value='c='), FormattedValue(value=Name(id='c', ctx=Load()), conversion=114), Constant(value='d='), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f'''{\nx\n}'''"),
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("f'{x,y}'"),
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])");
}

TEST(ParserShape, Statements) {
    EXPECT_EQ(parse_dump("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass"),
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])");
    EXPECT_EQ(parse_dump("while a:\n    break\nelse:\n    continue"),
              "Module(body=[While(test=Name(id='a', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])");
    EXPECT_EQ(parse_dump("for a, b in c:\n    pass\nelse:\n    pass"),
              "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])");
    EXPECT_EQ(parse_dump("async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z"),
              "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Expr(value=Await(value=Name(id='z', ctx=Load())))], decorator_list=[])], type_ignores=[])");
    EXPECT_EQ(parse_dump("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass"),
              "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])");
    EXPECT_EQ(parse_dump("with (a as b, c as d):\n    pass"),
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])");
    EXPECT_EQ(parse_dump("with (a, b) as c: pass"),
              "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])");
    EXPECT_EQ(parse_dump("raise X from Y"),
              "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("assert x, 'm'"),
              "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[])");
    EXPECT_EQ(parse_dump("del a, b[0], c.d"),
              "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])");
    EXPECT_EQ(parse_dump("global a, b"),
              "Module(body=[Global(names=['a', 'b'])], type_ignores=[])");
    EXPECT_EQ(parse_dump("import a.b as c, d"),
              "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[])");
    EXPECT_EQ(parse_dump("from . import x"),
              "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])");
    EXPECT_EQ(parse_dump("from ..m import (a, b as c,)"),
              "Module(body=[ImportFrom(module='m', names=[alias(name='a'), alias(name='b', asname='c')], level=2)], type_ignores=[])");
    EXPECT_EQ(parse_dump("from m import *"),
              "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])");
    EXPECT_EQ(parse_dump("return"),
              "Module(body=[Return()], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = 1; y = 2;"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    EXPECT_EQ(parse_dump("@d1\n@d2(x)\nclass A(B, metaclass=M):\n    x = 1"),
              "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='d1', ctx=Load()), Call(func=Name(id='d2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])], type_ignores=[])");
    EXPECT_EQ(parse_dump("def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:\n    '''doc'''\n    nonlocal q"),
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Expr(value=Constant(value='doc')), Nonlocal(names=['q'])], decorator_list=[], returns=Constant(value=None))], type_ignores=[])");
}

TEST(ParserLocations, MatchCPython) {
    EXPECT_EQ(parse_dump("f(a,\n  b)", true),
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], keywords=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = (1 +\n     2)", true),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[])");
    EXPECT_EQ(parse_dump("(a)", true),
              "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[])");
    EXPECT_EQ(parse_dump("def f():\n    return 1;", true),
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=13)], type_ignores=[])");
    EXPECT_EQ(parse_dump("f'{x}' f'{y}'", true),
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])");
    EXPECT_EQ(parse_dump("if x:\n    pass\nelif y:\n    z", true),
              "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='y', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Expr(value=Name(id='z', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], orelse=[], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])");
}

TEST(ParserExpression, EvalInput) {
    SyntaxErrorInfo err;
    ast::Expr* e = nullptr;
    auto mod = parse_expression("a, b + 1\n\n", "<eval>", &e, &err);
    ASSERT_TRUE(mod);
    EXPECT_EQ(ast::dump(e), "Tuple(elts=[Name(id='a', ctx=Load()), BinOp(left=Name(id='b', ctx=Load()), op=Add(), right=Constant(value=1))], ctx=Load())");
    mod = parse_expression("x = 1", "<eval>", &e, &err);
    EXPECT_FALSE(mod);
    EXPECT_EQ(err.msg, "invalid syntax");
}

}  // namespace
}  // namespace pygen
