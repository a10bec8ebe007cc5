// The head of a module may hold a docstring, then `from __future__ import` statements. Every
// feature name is checked here, before the symbol table is built, because a feature changes how
// the rest of the module is analysed (PEP 563 annotations are never evaluated).
// CPython counterpart: Python/future.c.
#include "compiler/future.h"

#include <string_view>

#include "objects/code.h"

namespace pygen {

using namespace ast;

namespace {

// Features of __future__ that are accepted; the mandatory ones are already the language.
bool known_feature(std::string_view name, int* flag) {
    static constexpr std::string_view kAccepted[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop"};
    *flag = 0;
    if (name == "annotations") {
        *flag = kCoFutureAnnotations;
        return true;
    }
    if (name == "barry_as_FLUFL") {
        *flag = kCoFutureBarryAsBdfl;
        return true;
    }
    for (std::string_view a : kAccepted)
        if (a == name) return true;
    return false;
}

bool is_future_import(const Stmt* s) {
    return s->kind == StmtKind::ImportFrom && static_cast<const ImportFrom*>(s)->level == 0 &&
           static_cast<const ImportFrom*>(s)->module == "__future__";
}

// CPython reports these at the statement's start with no end (a lone caret); its offset is the
// 0-based column there, except that column 0 is reported as 1.
bool fail_at(const Stmt* s, const std::string& filename, const std::string& msg, SyntaxErrorInfo* error) {
    error->type = "SyntaxError";
    error->msg = msg;
    error->filename = filename;
    error->lineno = s->lineno;
    error->offset = s->col_offset > 0 ? s->col_offset : 1;
    error->end_lineno = s->lineno;
    error->end_offset = -1;
    return false;
}

}  // namespace

bool scan_future_features(AstModule* module, const std::string& filename, FutureFeatures* out,
                          SyntaxErrorInfo* error) {
    bool done = false, seen_docstring = false;
    int prev_line = 0;
    for (const Stmt* s : module->body) {
        // Past the head, a future import on a later line is the compiler's error (it has the
        // statement's whole span); one on the same line as the statement that ended the head is
        // reported here.
        if (done && s->lineno > prev_line) return true;
        prev_line = s->lineno;
        if (s->kind == StmtKind::ImportFrom) {
            if (!is_future_import(s)) {
                done = true;
                continue;
            }
            if (done)
                return fail_at(s, filename, "from __future__ imports must occur at the beginning of the file", error);
            for (const Alias* a : static_cast<const ImportFrom*>(s)->names) {
                int flag = 0;
                if (a->name == "braces") return fail_at(s, filename, "not a chance", error);
                if (!known_feature(a->name, &flag))
                    return fail_at(s, filename, "future feature " + a->name + " is not defined", error);
                out->flags |= flag;
            }
            out->last_lineno = s->lineno;
        } else if (s->kind == StmtKind::Expr && !seen_docstring) {
            const Expr* e = static_cast<const ExprStmt*>(s)->value;
            if (e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->value_kind == ConstantKind::Str)
                seen_docstring = true;
            else
                done = true;
        } else {
            done = true;
        }
    }
    return true;
}

}  // namespace pygen
