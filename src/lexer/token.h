// Tokens produced by the lexer and consumed by the parser: kind, operator/keyword id and the
// source span (byte offsets plus CPython-style line/column). Tokens carry no semantic values;
// the parser decodes numbers and strings from the source text when it builds AST nodes.
// CPython counterpart: Include/token.h, Parser/token.c.
#pragma once

#include <cstdint>
#include <string_view>

namespace pygen {

enum class TokenKind : uint8_t {
    EndMarker,
    Name,        // identifiers and keywords (kw tells which)
    Number,
    String,      // one string literal including prefix and quotes; f-strings too (3.11 style)
    Newline,
    Indent,
    Dedent,
    Op,          // punctuation; op tells which (Op::Invalid for stray '$', '?', '!', '`')
    ErrorToken,  // end of input inside brackets or after a trailing backslash; never an error by itself
};

enum class Op : uint8_t {
    None, Invalid,
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Equal, Tilde,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex,
    LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,
};

// Hard keywords of Python 3.11 (async/await are keywords since 3.7). Ident means "not a keyword".
enum class Kw : uint8_t {
    Ident, False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
    Pass, Raise, Return, Try, While, With, Yield,
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    Op op = Op::None;          // meaningful for TokenKind::Op
    Kw kw = Kw::Ident;         // meaningful for TokenKind::Name
    uint32_t start = 0;        // byte offsets of the token text in the lexer's buffer
    uint32_t end = 0;
    int lineno = 0;            // 1-based; for strings the line the literal starts on
    int col = 0;               // 0-based byte column, as CPython's ast; -1 for INDENT/DEDENT
    int end_lineno = 0;
    int end_col = 0;           // NEWLINE tokens end where they start, as in CPython
    int level = 0;             // open brackets after this token (CPython's token->level)
    int err_col = 0;           // INDENT/DEDENT/ErrorToken only: 0-based character column CPython
                               // reports when a syntax error points at this token
};

}  // namespace pygen
