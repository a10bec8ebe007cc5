// Syntax error tests: message, type and location as CPython 3.11 reports them (expected strings
// were produced by python3.11's compile()), plus robustness: hostile input must give an error,
// never a crash, hang or stack overflow.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "parser/parser.h"
#include "objects/int.h"

namespace pygen {
namespace {

std::string error_of(std::string_view src) {
    SyntaxErrorInfo e;
    auto mod = parse_module(src, "x.py", &e);
    if (mod) return "OK";
    return e.type + ": " + e.msg + " @" + std::to_string(e.lineno) + ":" + std::to_string(e.offset) + "-" +
           std::to_string(e.end_lineno) + ":" + std::to_string(e.end_offset);
}

TEST(SyntaxErrors, Generic) {
    EXPECT_EQ(error_of("x = a b"),
              "SyntaxError: invalid syntax @1:7-1:8");
    EXPECT_EQ(error_of("x = 1 +"),
              "SyntaxError: invalid syntax @1:8-1:8");
    EXPECT_EQ(error_of("else"),
              "SyntaxError: invalid syntax @1:1-1:5");
    EXPECT_EQ(error_of("a.1"),
              "SyntaxError: invalid syntax @1:2-1:4");
    EXPECT_EQ(error_of("raise from x"),
              "SyntaxError: invalid syntax @1:7-1:11");
    EXPECT_EQ(error_of("def f(/): pass"),
              "SyntaxError: invalid syntax @1:7-1:8");
    EXPECT_EQ(error_of("x[]"),
              "SyntaxError: invalid syntax @1:3-1:4");
    EXPECT_EQ(error_of("@x\nx = 1"),
              "SyntaxError: invalid syntax @2:1-2:2");
    EXPECT_EQ(error_of("a := 1"),
              "SyntaxError: invalid syntax @1:3-1:5");
    EXPECT_EQ(error_of("a $ b"),
              "SyntaxError: invalid syntax @1:3-1:4");
    EXPECT_EQ(error_of("async x"),
              "SyntaxError: invalid syntax @1:7-1:8");
}

TEST(SyntaxErrors, Brackets) {
    EXPECT_EQ(error_of("x = (1, 2"),
              "SyntaxError: '(' was never closed @1:5-1:0");
    EXPECT_EQ(error_of("x = [\n1,\n2\n"),
              "SyntaxError: '[' was never closed @1:5-1:0");
    EXPECT_EQ(error_of("x = 1)"),
              "SyntaxError: unmatched ')' @1:6-1:6");
    EXPECT_EQ(error_of("x = (1]"),
              "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:7-1:7");
    EXPECT_EQ(error_of("x = a b\ny = ("),
              "SyntaxError: invalid syntax @1:7-1:8");
    EXPECT_EQ(error_of("x = (\ny = a b\n"),
              "SyntaxError: '(' was never closed @1:5-1:0");
}

TEST(SyntaxErrors, Indentation) {
    EXPECT_EQ(error_of("  x = 1"),
              "IndentationError: unexpected indent @1:2-1:-1");
    EXPECT_EQ(error_of("if x:\npass"),
              "IndentationError: expected an indented block after 'if' statement on line 1 @2:1-2:5");
    EXPECT_EQ(error_of("if x:\n    a\n  b"),
              "IndentationError: unindent does not match any outer indentation level @3:4-3:-1");
    EXPECT_EQ(error_of("def f():\npass"),
              "IndentationError: expected an indented block after function definition on line 1 @2:1-2:5");
    EXPECT_EQ(error_of("class A:\npass"),
              "IndentationError: expected an indented block after class definition on line 1 @2:1-2:5");
    EXPECT_EQ(error_of("try:\n pass\nexcept:\npass"),
              "IndentationError: expected an indented block after 'except' statement on line 3 @4:1-4:5");
    EXPECT_EQ(error_of("if x:\n"),
              "IndentationError: expected an indented block after 'if' statement on line 1 @1:6-1:-1");
    EXPECT_EQ(error_of("if x:\n pass\n  y\n"),
              "IndentationError: unexpected indent @3:2-3:-1");
    EXPECT_EQ(error_of("\t if x:\n        pass\n\tpass"),
              "IndentationError: unexpected indent @1:2-1:-1");
    EXPECT_EQ(error_of("if x:\n\tpass\n        pass"),
              "TabError: inconsistent use of tabs and spaces in indentation @3:1-3:0");
}

TEST(SyntaxErrors, Strings) {
    EXPECT_EQ(error_of("x = 'abc"),
              "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5");
    EXPECT_EQ(error_of("x = '''abc\n\n"),
              "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:5-1:5");
    EXPECT_EQ(error_of("x = '\\N{foo}'"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name @1:14-1:14");
    EXPECT_EQ(error_of("x = '\\x1'"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape @1:10-1:10");
    EXPECT_EQ(error_of("'\\U12345678'"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character @1:13-1:13");
    EXPECT_EQ(error_of("x = b'\xc3""\xa9""'"),
              "SyntaxError: bytes can only contain ASCII literal characters @1:5-1:9");
    EXPECT_EQ(error_of("x = b'a' 'b'\ny = 'a' b'b'"),
              "SyntaxError: cannot mix bytes and nonbytes literals @1:13-1:13");
}

TEST(SyntaxErrors, Numbers) {
    EXPECT_EQ(error_of("1abc"),
              "SyntaxError: invalid decimal literal @1:1-1:1");
    EXPECT_EQ(error_of("x = 1_"),
              "SyntaxError: invalid decimal literal @1:6-1:6");
    EXPECT_EQ(error_of("0x"),
              "SyntaxError: invalid hexadecimal literal @1:2-1:2");
    EXPECT_EQ(error_of("0b2"),
              "SyntaxError: invalid digit '2' in binary literal @1:3-1:3");
    EXPECT_EQ(error_of("0o8"),
              "SyntaxError: invalid digit '8' in octal literal @1:3-1:3");
    EXPECT_EQ(error_of("012"),
              "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:1-1:2");
    EXPECT_EQ(error_of("x = 1.5j5"),
              "SyntaxError: invalid imaginary literal @1:8-1:8");
}

TEST(SyntaxErrors, Colons) {
    EXPECT_EQ(error_of("if x\n  pass"),
              "SyntaxError: expected ':' @1:5-1:5");
    EXPECT_EQ(error_of("def f()\n pass"),
              "SyntaxError: expected ':' @1:8-1:8");
    EXPECT_EQ(error_of("class A\n pass"),
              "SyntaxError: expected ':' @1:8-1:8");
    EXPECT_EQ(error_of("try\n pass"),
              "SyntaxError: expected ':' @1:4-1:4");
    EXPECT_EQ(error_of("for x in y\n pass"),
              "SyntaxError: expected ':' @1:11-1:11");
    EXPECT_EQ(error_of("def f"),
              "SyntaxError: expected '(' @1:6-1:6");
    EXPECT_EQ(error_of("def f() -> : pass"),
              "SyntaxError: expected ':' @1:9-1:11");
}

TEST(SyntaxErrors, Hints) {
    EXPECT_EQ(error_of("x = [1 2]"),
              "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:6-1:9");
    EXPECT_EQ(error_of("f(a b)"),
              "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:3-1:6");
    EXPECT_EQ(error_of("{1: 2 3}"),
              "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:5-1:8");
    EXPECT_EQ(error_of("print 'x'"),
              "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:1-1:10");
    EXPECT_EQ(error_of("x = 1 if 2"),
              "SyntaxError: expected 'else' after 'if' expression @1:5-1:11");
    EXPECT_EQ(error_of("if x = 1:\n pass"),
              "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:4-1:9");
    EXPECT_EQ(error_of("x = f'{a b}'"),
              "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? @1:2-1:5");
}

TEST(SyntaxErrors, Targets) {
    EXPECT_EQ(error_of("f() = 1"),
              "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1-1:4");
    EXPECT_EQ(error_of("1 = x"),
              "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1-1:2");
    EXPECT_EQ(error_of("a = f() = 1"),
              "SyntaxError: cannot assign to function call @1:5-1:8");
    EXPECT_EQ(error_of("[f()] = 1"),
              "SyntaxError: cannot assign to function call @1:2-1:5");
    EXPECT_EQ(error_of("True = 1"),
              "SyntaxError: cannot assign to True @1:1-1:5");
    EXPECT_EQ(error_of("for f() in x: pass"),
              "SyntaxError: cannot assign to function call @1:5-1:8");
    EXPECT_EQ(error_of("del f()"),
              "SyntaxError: cannot delete function call @1:5-1:8");
    EXPECT_EQ(error_of("(a, 1) = x"),
              "SyntaxError: cannot assign to literal @1:5-1:6");
    EXPECT_EQ(error_of("a, b += 1"),
              "SyntaxError: 'tuple' is an illegal expression for augmented assignment @1:1-1:5");
    EXPECT_EQ(error_of("(a, b): int"),
              "SyntaxError: only single target (not tuple) can be annotated @1:1-1:7");
    EXPECT_EQ(error_of("x = yield = 1"),
              "SyntaxError: assignment to yield expression not possible @1:5-1:10");
    EXPECT_EQ(error_of("with a as 1: pass"),
              "SyntaxError: cannot assign to literal @1:11-1:12");
    EXPECT_EQ(error_of("f(), a = 1"),
              "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:6-1:11");
    EXPECT_EQ(error_of("(a.b := 1)"),
              "SyntaxError: cannot use assignment expressions with attribute @1:2-1:5");
}

TEST(SyntaxErrors, Arguments) {
    EXPECT_EQ(error_of("f(**x, *y)"),
              "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:8-1:9");
    EXPECT_EQ(error_of("f(a=1, b)"),
              "SyntaxError: positional argument follows keyword argument @1:9-1:10");
    EXPECT_EQ(error_of("f(a for a in b, c)"),
              "SyntaxError: Generator expression must be parenthesized @1:3-1:15");
    EXPECT_EQ(error_of("def f(a=1, b): pass"),
              "SyntaxError: non-default argument follows default argument @1:12-1:13");
    EXPECT_EQ(error_of("def f(*, **k): pass"),
              "SyntaxError: named arguments must follow bare * @1:7-1:8");
    EXPECT_EQ(error_of("def f(**k, a): pass"),
              "SyntaxError: arguments cannot follow var-keyword argument @1:12-1:13");
    EXPECT_EQ(error_of("lambda *: 1"),
              "SyntaxError: named arguments must follow bare * @1:9-1:10");
    EXPECT_EQ(error_of("f(True=1)"),
              "SyntaxError: cannot assign to True @1:3-1:8");
}

TEST(SyntaxErrors, FStrings) {
    EXPECT_EQ(error_of("x = f'{'"),
              "SyntaxError: f-string: expecting '}' @1:9-1:9");
    EXPECT_EQ(error_of("x = f'{}'"),
              "SyntaxError: f-string: empty expression not allowed @1:10-1:10");
    EXPECT_EQ(error_of("x = f'{a!x}'"),
              "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:13-1:13");
    EXPECT_EQ(error_of("x = f'}'"),
              "SyntaxError: f-string: single '}' is not allowed @1:9-1:9");
    EXPECT_EQ(error_of("x = f'{a#}'"),
              "SyntaxError: f-string expression part cannot include '#' @1:12-1:12");
}

TEST(SyntaxErrors, Misc) {
    EXPECT_EQ(error_of("from x import a, b,"),
              "SyntaxError: trailing comma not allowed without surrounding parentheses @1:20-1:20");
    EXPECT_EQ(error_of("try:\n pass"),
              "SyntaxError: expected 'except' or 'finally' block @2:6-2:-1");
    EXPECT_EQ(error_of("try:\n pass\nexcept A, B:\n pass"),
              "SyntaxError: multiple exception types must be parenthesized @3:8-3:12");
    EXPECT_EQ(error_of("x = [*a for a in b]"),
              "SyntaxError: iterable unpacking cannot be used in comprehension @1:6-1:8");
    EXPECT_EQ(error_of("x = {a:}"),
              "SyntaxError: expression expected after dictionary key and ':' @1:7-1:8");
    EXPECT_EQ(error_of("a = 1 \\"),
              "SyntaxError: unexpected EOF while parsing @1:8-1:-1");
    EXPECT_EQ(error_of("a = \\ b"),
              "SyntaxError: unexpected character after line continuation character @1:6-1:0");
    EXPECT_EQ(error_of("x = a \xe2""\x82""\xac"""),
              "SyntaxError: invalid character '\xe2""\x82""\xac""' (U+20AC) @1:7-1:7");
    EXPECT_EQ(error_of("x = a b\ny = 'abc"),
              "SyntaxError: unterminated string literal (detected at line 2) @2:5-2:5");
}

TEST(SyntaxErrors, ReportsLineText) {
    SyntaxErrorInfo e;
    EXPECT_FALSE(parse_module("x = 1\ny = a b\n", "f.py", &e));
    EXPECT_EQ(e.text, "y = a b\n");
    EXPECT_EQ(e.filename, "f.py");
}

TEST(Robustness, NulBytes) {
    EXPECT_EQ(error_of(std::string("x = 1\n\0\n", 8)), "SyntaxError: source code cannot contain null bytes @2:1-2:1");
}

TEST(Robustness, InvalidUtf8) {
    EXPECT_EQ(error_of("x = 1\n\xff\n"),
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte @2:1-2:1");
    EXPECT_EQ(error_of("\xc3("), "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte @1:1-1:1");
}

TEST(Robustness, DeepBracketsGiveTooManyNestedParentheses) {
    std::string src = "x = " + std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(error_of(src), "SyntaxError: too many nested parentheses @1:205-1:205");
    EXPECT_EQ(error_of("x = " + std::string(199, '(') + "1" + std::string(199, ')')), "OK");
}

TEST(Robustness, LongOperatorChainsAreRejectedNotOverflowed) {
    // Beyond CPython's parser stack (6000 of its levels): MemoryError, as CPython gives.
    for (std::string op : {"-", "not ", "~", "lambda: ", "2**", "1 if x else "}) {
        std::string src = "x = ";
        for (int i = 0; i < 100000; ++i) src += op;
        src += "1";
        EXPECT_EQ(error_of(src).rfind("MemoryError", 0), 0u) << op;
    }
    // Within the parser's budget but deeper than the compiler's 3000 levels: RecursionError. The
    // conditional expressions recurse in the parser itself, on this thread's ordinary stack.
    for (std::string op : {"-", "1 if x else "}) {
        std::string src = "x = ";
        for (int i = 0; i < 5900; ++i) src += op;
        src += "1";
        EXPECT_EQ(error_of(src).rfind("RecursionError: maximum recursion depth exceeded during compilation", 0), 0u) << op;
    }
    std::string sum = "x = a";
    for (int i = 0; i < 100000; ++i) sum += "+a";
    EXPECT_EQ(error_of(sum).rfind("RecursionError", 0), 0u);
    std::string ok = "x = ";
    for (int i = 0; i < 1000; ++i) ok += "-";
    EXPECT_EQ(error_of(ok + "1"), "OK");
}

TEST(Robustness, HugeLiterals) {
    std::string digits(100000, '7');
    SyntaxErrorInfo e;
    // Beyond sys.get_int_max_str_digits() a decimal literal is refused, as CPython refuses it.
    auto mod = parse_module("x = " + digits + "\n", "x.py", &e);
    ASSERT_FALSE(mod);
    EXPECT_EQ(e.msg.rfind("Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits", 0), 0u);
    int saved = int_max_str_digits;
    int_max_str_digits = 0;
    mod = parse_module("x = " + digits + "\n", "x.py", &e);
    int_max_str_digits = saved;
    ASSERT_TRUE(mod);
    auto* assign = static_cast<ast::Assign*>(mod->body[0]);
    EXPECT_EQ(static_cast<ast::Constant*>(assign->value)->text, digits);
    mod = parse_module("x = 0x" + std::string(30, 'f') + "\n", "x.py", &e);
    ASSERT_TRUE(mod);
    EXPECT_EQ(static_cast<ast::Constant*>(static_cast<ast::Assign*>(mod->body[0])->value)->text,
              "1329227995784915872903807060280344575");
}

TEST(Robustness, RandomBytesNeverCrash) {
    std::mt19937 rng(42);
    for (int i = 0; i < 3000; ++i) {
        std::string src;
        int n = static_cast<int>(rng() % 300);
        for (int k = 0; k < n; ++k) src += static_cast<char>(rng() % 256);
        SyntaxErrorInfo e;
        auto mod = parse_module(src, "x.py", &e);
        if (!mod) {
            EXPECT_FALSE(e.msg.empty());
        }
    }
}

TEST(Robustness, RandomTokenSoupNeverCrashes) {
    static const char* const frags[] = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "lambda", "yield", "for", "in",
                                        "if", "else", "not", "*", "**", "f'{", "'", "\"\"\"", "\\", "\n", "\t", " ",
                                        "x", "1", "@", ".", "def", "class", "try", "except", "async", "await", ";"};
    std::mt19937 rng(7);
    for (int i = 0; i < 5000; ++i) {
        std::string src;
        int n = static_cast<int>(rng() % 60);
        for (int k = 0; k < n; ++k) src += frags[rng() % (sizeof frags / sizeof frags[0])];
        SyntaxErrorInfo e;
        auto mod = parse_module(src, "x.py", &e);
        if (!mod) {
            EXPECT_FALSE(e.msg.empty()) << src;
        }
    }
}

}  // namespace
}  // namespace pygen
