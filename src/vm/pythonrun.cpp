// Compiling and running source text, and what happens to an exception nobody caught.
// CPython counterpart: Python/pythonrun.c (PyRun_*, handle_system_exit, PyErr_Print).
#include "vm/pythonrun.h"
#include "vm/signals.h"

#include <climits>
#include <cstdio>

#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "compiler/ast_from_objects.h"
#include "compiler/single_input.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "vm/call.h"
#include "vm/import.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace pygen {

namespace {

void raise_syntax_error(const SyntaxErrorInfo& info) {
    if (info.type == "pending") return;   // the warning hook's exception is already set
    if (info.type == "RecursionError") {
        // The parser refuses trees too deep to compile, as CPython's compiler does.
        // With the headroom that lets the exception be created at the limit.
        ++ts()->recursion_headroom;
        err_set_string(RecursionError, info.msg);
        --ts()->recursion_headroom;
        return;
    }
    if (info.type == "MemoryError") {
        // Nesting beyond CPython's parser stack (a bare MemoryError, as CPython's parser gives), or
        // the compiler out of memory under a sandbox cap (codegen's leave_unit).
        err_no_memory();
        return;
    }
    TypeObject* type = info.type == "IndentationError" ? IndentationError
                       : info.type == "TabError"       ? TabError
                                                       : SyntaxError;
    Ref<> msg = Ref<>::steal(str_from(info.msg));
    Ref<> filename = Ref<>::steal(str_from(info.filename));
    Ref<> lineno = Ref<>::steal(int_from_i64(info.lineno));
    Ref<> offset = Ref<>::steal(int_from_i64(info.offset));
    Ref<> text = info.text.empty() ? Ref<>::borrow(None) : Ref<>::steal(str_from(info.text));
    Ref<> end_lineno = Ref<>::steal(int_from_i64(info.end_lineno ? info.end_lineno : info.lineno));
    // end_offset < 0: the error has a start only (CPython's future-feature errors): None.
    Ref<> end_offset = info.end_offset < 0 ? Ref<>::borrow(None)
                                           : Ref<>::steal(int_from_i64(info.end_offset ? info.end_offset : info.offset));
    Ref<> details = Ref<>::steal(
        tuple_pack({filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()}));
    Object* args[2] = {msg.get(), details.get()};
    Ref<> exc = Ref<>::steal(exception_new(type, args, 2));
    if (exc) err_set_instance(exc.get());
}

// The parser's compile-time warnings (parser.h, ParseWarnHook): warnings.warn_explicit with the
// source's filename and the literal's line, module derived from the filename (CPython's
// PyErr_WarnExplicitObject with module and registry NULL). A warning issued while the warnings
// module itself is being compiled is dropped.
int issue_parse_warning(const char* category, const std::string& message, const std::string& filename, int lineno) {
    static thread_local bool busy = false;
    if (busy) return 0;
    TypeObject* cat = std::string_view(category) == "SyntaxWarning" ? SyntaxWarning : DeprecationWarning;
    busy = true;
    Ref<> mod = Ref<>::steal(import_module("warnings"));
    Ref<> fn = mod ? Ref<>::steal(object_getattr_str(mod.get(), "warn_explicit")) : Ref<>();
    Ref<> msg = Ref<>::steal(str_from(message));
    Ref<> file = Ref<>::steal(str_from(filename));
    Ref<> line = Ref<>::steal(int_from_i64(lineno));
    Ref<> r;
    if (fn && msg && file && line) {
        Object* args[4] = {msg.get(), cat, file.get(), line.get()};
        r = Ref<>::steal(call(fn.get(), args, 4));
    }
    busy = false;
    if (r) return 0;
    if (err_matches(cat)) {
        err_clear();
        return 1;
    }
    return -1;
}

}  // namespace

int issue_compile_warning(const char* category, const std::string& message, const std::string& filename, int lineno) {
    return issue_parse_warning(category, message, filename, lineno);
}

namespace {

// CPython's compiler allows three tree levels for each Python frame still allowed by the recursion
// limit, so compile() called deep in a program, or under a raised limit, accepts less or more.
int ast_depth_budget() {
    ThreadState* t = ts();
    int64_t budget = 3 * (static_cast<int64_t>(t->recursion_limit) - t->recursion_depth);
    return budget < 0 ? 0 : budget > INT_MAX ? INT_MAX : static_cast<int>(budget);
}

}  // namespace

CodeObject* compile_source(std::string_view source, const std::string& filename, CompileMode mode, int future_flags) {
    SyntaxErrorInfo info;
    int max_depth = ast_depth_budget();
    info.filename = filename;
    if (mode == CompileMode::Eval) {
        ast::Expr* expr = nullptr;
        auto module = parse_expression(source, filename, &expr, &info, max_depth, issue_parse_warning);
        if (!module) {
            raise_syntax_error(info);
            return nullptr;
        }
        CodeObject* code = compile_ast(module.get(), expr, filename, mode, &info, future_flags);
        if (!code) raise_syntax_error(info);
        return code;
    }
    auto module = parse_module(source, filename, &info, max_depth, issue_parse_warning);
    if (!module || (mode == CompileMode::Single && !check_single_statement(source, *module, &info))) {
        raise_syntax_error(info);
        return nullptr;
    }
    CodeObject* code = compile_ast(module.get(), nullptr, filename, mode, &info, future_flags);
    if (!code) {
        // The compiler knows the line number; as CPython's, it takes the text from the file the
        // filename names (none for "<string>" and the like), not from the source it was given.
        if (info.text.empty() && info.lineno > 0) info.text = source_line_with_newline(filename, info.lineno);
        raise_syntax_error(info);
    }
    return code;
}

CodeObject* compile_ast_object(Object* tree, const std::string& filename, CompileMode mode, int future_flags) {
    ast::Expr* expr = nullptr;
    auto module = ast_from_object(tree, mode, &expr);
    if (!module) return nullptr;
    SyntaxErrorInfo info;
    info.filename = filename;
    CodeObject* code = compile_ast(module.get(), expr, filename, mode, &info, future_flags);
    if (!code) raise_syntax_error(info);
    return code;
}

bool parse_to_ast_dump(std::string_view source, const std::string& filename, CompileMode mode, std::string* out) {
    SyntaxErrorInfo info;
    int max_depth = ast_depth_budget();
    info.filename = filename;
    if (mode == CompileMode::Eval) {
        ast::Expr* expr = nullptr;
        auto module = parse_expression(source, filename, &expr, &info, max_depth, issue_parse_warning);
        if (!module) {
            raise_syntax_error(info);
            return false;
        }
        *out = "Expression(body=" + ast::dump(expr, true) + ")";
        return true;
    }
    auto module = parse_module(source, filename, &info, max_depth, issue_parse_warning);
    if (!module || (mode == CompileMode::Single && !check_single_statement(source, *module, &info))) {
        raise_syntax_error(info);
        return false;
    }
    if (mode == CompileMode::Exec) {
        *out = ast::dump(*module, true);
        return true;
    }
    std::string body;
    for (const ast::Stmt* s : module->body) {
        if (!body.empty()) body += ", ";
        body += ast::dump(s, true);
    }
    *out = "Interactive(body=[" + body + "])";
    return true;
}

int handle_uncaught_exception() {
    Object* exc = err_fetch();
    if (!exc) return 1;
    int status = 1;
    if (is_subtype(exc->type, SystemExit)) {
        Object* code = static_cast<BaseExceptionObject*>(exc)->extra;
        if (!code) {
            Object* args = exception_args(exc);
            code = args && tuple_size(args) > 0 ? tuple_item(args, 0) : None;
        }
        if (code == None) {
            status = 0;
        } else if (is_int(code)) {
            int64_t v = 0;
            status = int_as_i64(code, &v) ? static_cast<int>(v) : 1;
        } else {
            Ref<> text = Ref<>::steal(object_str(code));
            sys_flush_stdout();
            if (text) {
                std::string s(str_view(text.get()));
                s += "\n";
                sys_write_stderr(s);
            }
            err_clear();
            status = 1;
        }
        decref(exc);
        return status;
    }
    if (is_subtype(exc->type, KeyboardInterrupt)) g_exit_by_sigint = true;
    sys_print_uncaught(exc);
    decref(exc);
    return 1;
}

namespace {

// Makes a fresh __main__ module (registered in sys.modules) and runs source in it. Returns the
// module's result (new reference) or null with the exception pending.
Object* exec_as_main(std::string_view source, const std::string& filename, CodeObject** ran_code) {
    Ref<> main = Ref<>::steal(module_new("__main__"));
    if (!main) return nullptr;
    Object* d = module_dict(main.get());
    dict_setitem_str(d, "__builtins__", builtins_module());
    if (filename[0] != '<') {
        Ref<> f = Ref<>::steal(str_from(filename));
        dict_setitem_str(d, "__file__", f.get());
    }
    dict_setitem_str(sys_modules(), "__main__", main.get());
    CodeObject* code = compile_source(source, filename, CompileMode::Exec);
    if (!code) return nullptr;
    Object* result = eval_code(code, d, d);
    if (ran_code) *ran_code = code;   // the caller's reference now
    else decref(code);
    return result;
}

}  // namespace

int run_main_source(std::string_view source, const std::string& filename, CodeObject** ran_code) {
    Object* result = exec_as_main(source, filename, ran_code);
    if (!result) return handle_uncaught_exception();
    decref(result);
    return 0;
}

void run_main_source_then_inspect(std::string_view source, const std::string& filename) {
    Object* result = exec_as_main(source, filename, nullptr);
    if (result) {
        decref(result);
        return;
    }
    // python3 -i: even SystemExit is only printed, since the REPL follows.
    Object* exc = err_fetch();
    if (!exc) return;
    sys_print_uncaught(exc);
    decref(exc);
}

}  // namespace pygen
