// The one-statement rule of compile(..., 'single'); see single_input.h.
#include "compiler/single_input.h"

#include <string>
#include <vector>

namespace pygen {

namespace {

using ast::Stmt;
using ast::StmtKind;

bool is_compound(const Stmt* s) {
    switch (s->kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: case StmtKind::ClassDef:
        case StmtKind::For: case StmtKind::AsyncFor: case StmtKind::While: case StmtKind::If:
        case StmtKind::With: case StmtKind::AsyncWith: case StmtKind::Try: case StmtKind::Match:
            return true;
        default:
            return false;
    }
}

// The physical lines of the source, each with its newline (the last may lack one).
std::vector<std::string_view> split_lines(std::string_view source) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos < source.size()) {
        size_t nl = source.find('\n', pos);
        size_t end = nl == std::string_view::npos ? source.size() : nl + 1;
        lines.push_back(source.substr(pos, end - pos));
        pos = end;
    }
    return lines;
}

}  // namespace

bool check_single_statement(std::string_view source, const ast::AstModule& module, SyntaxErrorInfo* error) {
    const auto& body = module.body;
    std::vector<std::string_view> lines = split_lines(source);
    auto line_text = [&](int lineno) -> std::string {
        return lineno >= 1 && static_cast<size_t>(lineno) <= lines.size() ? std::string(lines[lineno - 1]) : std::string();
    };
    error->type = "SyntaxError";
    if (body.empty()) {
        // Nothing but blank lines and comments: the grammar wants a statement, and CPython points
        // at the start of the last line.
        error->msg = "invalid syntax";
        error->lineno = error->end_lineno = static_cast<int>(lines.size());
        error->offset = error->end_offset = 0;
        error->text = line_text(error->lineno);
        return false;
    }
    if (body.size() == 1) return true;
    const Stmt* first = body[0];
    if (is_compound(first)) {
        // After a compound statement only NEWLINE may come: the next statement's first token is
        // where the grammar fails.
        const Stmt* next = body[1];
        error->msg = "invalid syntax";
        error->lineno = error->end_lineno = next->lineno;
        error->text = line_text(next->lineno);
        // The caret spans the token: a name or keyword, else one character.
        size_t col = static_cast<size_t>(next->col_offset), end = col + 1;
        auto word = [](char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80); };
        if (col < error->text.size() && word(error->text[col]))
            while (end < error->text.size() && word(error->text[end])) ++end;
        error->offset = static_cast<int>(col) + 1;
        error->end_offset = static_cast<int>(end) + 1;
        return false;
    }
    // Simple statements chained by ';' start on the line where the previous one ends.
    size_t last = 0;
    while (last + 1 < body.size() && !is_compound(body[last + 1]) && body[last + 1]->lineno == body[last]->end_lineno)
        ++last;
    if (last + 1 == body.size()) return true;
    // More follows the logical line: CPython reports at the line's NEWLINE token, which starts
    // after a trailing ';' and spaces, at a comment if there is one.
    const Stmt* end = body[last];
    int lineno = end->end_lineno;
    std::string text = line_text(lineno);
    size_t col = static_cast<size_t>(end->end_col_offset);
    while (col < text.size() && (text[col] == ' ' || text[col] == '\t' || text[col] == ';')) ++col;
    size_t end_col = col;
    if (col < text.size() && text[col] == '#') {
        end_col = text.find_first_of("\r\n", col);
        if (end_col == std::string::npos) end_col = text.size();
    }
    // A backslash-continued logical line is reported with all its physical lines.
    for (int l = lineno - 1; l >= 1; --l) {
        std::string prev = line_text(l);
        size_t n = prev.size();
        while (n > 0 && (prev[n - 1] == '\n' || prev[n - 1] == '\r')) --n;
        if (n == 0 || prev[n - 1] != '\\') break;
        text = prev + text;   // the columns stay those of the last line, as CPython's
    }
    error->msg = "multiple statements found while compiling a single statement";
    error->lineno = error->end_lineno = lineno;
    error->offset = static_cast<int>(col) + 1;
    error->end_offset = static_cast<int>(end_col) + 1;
    error->text = text;
    return false;
}

}  // namespace pygen
