// Lexer tests: token streams (kind, operator, keyword, text, positions) and tokenizer errors
// with CPython 3.11's messages and offsets.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer/lexer.h"

namespace pygen {
namespace {

// Renders the token stream compactly: NAME(x) OP(=) NUMBER(1) NEWLINE INDENT DEDENT END.
std::string tokens(std::string_view src, std::string* error = nullptr) {
    Lexer lexer(src);
    std::string out;
    for (int i = 0; i < 10000; ++i) {
        Token t;
        if (!lexer.next(&t)) {
            if (error) {
                const LexError& e = lexer.error();
                *error = e.type + ": " + e.msg + " @" + std::to_string(e.lineno) + ":" + std::to_string(e.offset);
            }
            return out + "ERROR";
        }
        std::string text = lexer.buffer().substr(t.start, t.end - t.start);
        switch (t.kind) {
            case TokenKind::EndMarker: return out + "END";
            case TokenKind::Name: out += (t.kw == Kw::Ident ? "NAME(" : "KW(") + text + ") "; break;
            case TokenKind::Number: out += "NUMBER(" + text + ") "; break;
            case TokenKind::String: out += "STRING(" + text + ") "; break;
            case TokenKind::Newline: out += "NEWLINE "; break;
            case TokenKind::Indent: out += "INDENT "; break;
            case TokenKind::Dedent: out += "DEDENT "; break;
            case TokenKind::Op: out += "OP(" + text + ") "; break;
            case TokenKind::ErrorToken: return out + "EOF-IN-BRACKETS";
        }
    }
    return out + "...";
}

std::string lex_error(std::string_view src) {
    std::string e;
    tokens(src, &e);
    return e;
}

TEST(Lexer, SimpleAssignment) {
    EXPECT_EQ(tokens("x = 1\n"), "NAME(x) OP(=) NUMBER(1) NEWLINE END");
}

TEST(Lexer, AddsFinalNewline) {
    EXPECT_EQ(tokens("x"), "NAME(x) NEWLINE END");
    EXPECT_EQ(tokens(""), "END");
}

TEST(Lexer, IndentAndDedent) {
    EXPECT_EQ(tokens("if x:\n    y\n    if z:\n        w\nv\n"),
              "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE KW(if) NAME(z) OP(:) NEWLINE INDENT "
              "NAME(w) NEWLINE DEDENT DEDENT NAME(v) NEWLINE END");
}

TEST(Lexer, BlankAndCommentLinesAreIgnored) {
    EXPECT_EQ(tokens("x\n\n   # comment\n\t\ny  # trailing\n"), "NAME(x) NEWLINE NAME(y) NEWLINE END");
}

TEST(Lexer, NewlinesInsideBracketsAreIgnored) {
    EXPECT_EQ(tokens("f(a,\n  b)\n"), "NAME(f) OP(() NAME(a) OP(,) NAME(b) OP()) NEWLINE END");
}

TEST(Lexer, BackslashContinuation) {
    EXPECT_EQ(tokens("x = 1 + \\\n    2\n"), "NAME(x) OP(=) NUMBER(1) OP(+) NUMBER(2) NEWLINE END");
}

TEST(Lexer, CarriageReturnsAreNewlines) {
    EXPECT_EQ(tokens("x\r\ny\rz"), "NAME(x) NEWLINE NAME(y) NEWLINE NAME(z) NEWLINE END");
}

TEST(Lexer, MultiCharOperators) {
    EXPECT_EQ(tokens("a **= b // c -> d := e ... f != g <<= h >>= i @= j\n"),
              "NAME(a) OP(**=) NAME(b) OP(//) NAME(c) OP(->) NAME(d) OP(:=) NAME(e) OP(...) NAME(f) OP(!=) "
              "NAME(g) OP(<<=) NAME(h) OP(>>=) NAME(i) OP(@=) NAME(j) NEWLINE END");
}

TEST(Lexer, KeywordsIncludingAsyncAwait) {
    EXPECT_EQ(tokens("async def f(): await x\n"),
              "KW(async) KW(def) NAME(f) OP(() OP()) OP(:) KW(await) NAME(x) NEWLINE END");
    EXPECT_EQ(tokens("match = None\n"), "NAME(match) OP(=) KW(None) NEWLINE END");
}

TEST(Lexer, Numbers) {
    EXPECT_EQ(tokens("0 00 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e-3 1_0.0_1e+1_0 3j 1.5J 1if x else y\n"),
              "NUMBER(0) NUMBER(00) NUMBER(1_000) NUMBER(0x_1F) NUMBER(0o17) NUMBER(0b1_0) NUMBER(1.5) "
              "NUMBER(.5) NUMBER(5.) NUMBER(1e-3) NUMBER(1_0.0_1e+1_0) NUMBER(3j) NUMBER(1.5J) NUMBER(1) "
              "KW(if) NAME(x) KW(else) NAME(y) NEWLINE END");
}

TEST(Lexer, StringPrefixesAndQuotes) {
    EXPECT_EQ(tokens("r'a' b\"b\" Rb'c' f'{x}' rf\"y\" u'z' '''t\nq''' bar\n"),
              "STRING(r'a') STRING(b\"b\") STRING(Rb'c') STRING(f'{x}') STRING(rf\"y\") STRING(u'z') "
              "STRING('''t\nq''') NAME(bar) NEWLINE END");
}

TEST(Lexer, StringWithEscapedQuoteAndContinuation) {
    EXPECT_EQ(tokens("'a\\'b' 'c\\\nd'\n"), "STRING('a\\'b') STRING('c\\\nd') NEWLINE END");
}

TEST(Lexer, TokenPositions) {
    Lexer lexer("x = (1,\n  22)\n");
    std::vector<Token> toks;
    Token t;
    while (lexer.next(&t) && t.kind != TokenKind::EndMarker) toks.push_back(t);
    ASSERT_EQ(toks.size(), 8u);
    EXPECT_EQ(toks[4].lineno, 1);   // ','
    EXPECT_EQ(toks[4].col, 6);
    EXPECT_EQ(toks[5].lineno, 2);   // 22
    EXPECT_EQ(toks[5].col, 2);
    EXPECT_EQ(toks[5].end_col, 4);
    EXPECT_EQ(toks[5].level, 1);
    EXPECT_EQ(toks[7].kind, TokenKind::Newline);
    EXPECT_EQ(toks[7].col, toks[7].end_col);   // CPython's NEWLINE has an empty span
}

TEST(Lexer, EofInsideBracketsIsAnErrorToken) {
    EXPECT_EQ(tokens("f(1,\n"), "NAME(f) OP(() NUMBER(1) OP(,) EOF-IN-BRACKETS");
}

TEST(LexerErrors, UnterminatedStrings) {
    EXPECT_EQ(lex_error("x = 'abc\n"), "SyntaxError: unterminated string literal (detected at line 1) @1:5");
    EXPECT_EQ(lex_error("x = '''abc\n\n"),
              "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:5");
}

TEST(LexerErrors, Brackets) {
    EXPECT_EQ(lex_error("x = 1)"), "SyntaxError: unmatched ')' @1:6");
    EXPECT_EQ(lex_error("x = (1]"), "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:7");
    EXPECT_EQ(lex_error("x = (\n1]"),
              "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:2");
    EXPECT_EQ(lex_error(std::string(201, '[')), "SyntaxError: too many nested parentheses @1:201");
}

TEST(LexerErrors, Indentation) {
    EXPECT_EQ(lex_error("if x:\n    a\n  bcd\n"), "IndentationError: unindent does not match any outer indentation level @3:6");
    EXPECT_EQ(lex_error("if x:\n\tpass\n        pass\n"), "TabError: inconsistent use of tabs and spaces in indentation @3:1");
}

TEST(LexerErrors, Numbers) {
    EXPECT_EQ(lex_error("1abc"), "SyntaxError: invalid decimal literal @1:1");
    EXPECT_EQ(lex_error("x = 1_"), "SyntaxError: invalid decimal literal @1:6");
    EXPECT_EQ(lex_error("0x"), "SyntaxError: invalid hexadecimal literal @1:2");
    EXPECT_EQ(lex_error("0b2"), "SyntaxError: invalid digit '2' in binary literal @1:3");
    EXPECT_EQ(lex_error("0o8"), "SyntaxError: invalid digit '8' in octal literal @1:3");
    EXPECT_EQ(lex_error("x = 09"),
              "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:5");
    EXPECT_EQ(lex_error("x = 1.5j5"), "SyntaxError: invalid imaginary literal @1:8");
    EXPECT_EQ(lex_error("x = 1e"), "SyntaxError: invalid decimal literal @1:5");
}

TEST(LexerErrors, InvalidCharacters) {
    EXPECT_EQ(lex_error("x = a \xe2\x82\xac"), "SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) @1:7");
    EXPECT_EQ(lex_error("x = a\xc2\xa0"), "SyntaxError: invalid non-printable character U+00A0 @1:6");
    EXPECT_EQ(lex_error("a = \\ b"), "SyntaxError: unexpected character after line continuation character @1:6");
}

TEST(Lexer, NonAsciiIdentifiers) {
    EXPECT_EQ(tokens("\xc3\xa9t\xc3\xa9 = \xce\xbb\n"), "NAME(\xc3\xa9t\xc3\xa9) OP(=) NAME(\xce\xbb) NEWLINE END");
}

}  // namespace
}  // namespace pygen
