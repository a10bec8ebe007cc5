// See repl.h. Whether typed input is complete is decided as CPython's interactive parser does:
// open brackets, an unfinished triple-quoted string or a trailing backslash ask for more; a
// compound statement (def, if, @decorator, ...) goes on until an empty line; anything else runs at
// once, and a syntax error not at the end of the input is reported at once.
#include "cli/repl.h"

#include <unistd.h>

#include <cstdio>
#include <string_view>

#include "cli/line_editor.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/import.h"
#include "vm/pythonrun.h"
#include "vm/signals.h"
#include "vm/traceback.h"

namespace pygen::cli {

namespace {

// Open brackets, an unterminated triple-quoted string, or a backslash continuing the last line:
// the tokenizer would ask for another line. Single-quoted strings end at the line's end.
bool tokens_need_more(std::string_view src) {
    int depth = 0;
    size_t i = 0, n = src.size();
    while (i < n) {
        char c = src[i];
        if (c == '#') {
            while (i < n && src[i] != '\n') ++i;
        } else if (c == '\'' || c == '"') {
            bool triple = i + 2 < n && src[i + 1] == c && src[i + 2] == c;
            i += triple ? 3 : 1;
            for (;;) {
                if (i >= n) return triple;   // still inside the string at the end of input
                if (src[i] == '\\') {
                    i += 2;
                    continue;
                }
                if (!triple && src[i] == '\n') break;
                if (src[i] == c && (!triple || (i + 2 < n && src[i + 1] == c && src[i + 2] == c))) {
                    i += triple ? 3 : 1;
                    break;
                }
                ++i;
            }
            continue;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth > 0) --depth;
        } else if (c == '\\' && i + 1 < n && src[i + 1] == '\n' && i + 2 == n) {
            return true;
        }
        ++i;
    }
    return depth > 0;
}

bool is_blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
    }
    return true;
}

// The first statement starts a block that an empty line must close (CPython asks for more input
// until then, even after `if x: f()` on one line).
bool starts_compound(std::string_view src) {
    size_t i = 0;
    while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) ++i;
    if (i < src.size() && src[i] == '@') return true;
    size_t j = i;
    while (j < src.size() && (std::isalnum(static_cast<unsigned char>(src[j])) || src[j] == '_')) ++j;
    std::string_view word = src.substr(i, j - i);
    static const char* const kKeywords[] = {"def", "class", "if", "while", "for", "try", "with", "async"};
    for (const char* k : kKeywords) {
        if (word == k) return true;
    }
    if (word == "match") {   // soft keyword: a match statement's first line ends with ':'
        size_t end = src.find('\n');
        std::string_view first = src.substr(0, end);
        size_t last = first.find_last_not_of(" \t\r");
        return last != std::string_view::npos && first[last] == ':';
    }
    return false;
}

// The pending SyntaxError points at or past the end of the input (what more lines could fix).
bool error_at_end(std::string_view src) {
    Object* exc = err_fetch();
    if (!exc) return false;
    bool at_end = false;
    if (is_subtype(exc->type, SyntaxError)) {
        int64_t lineno = 0, offset = 0;
        Ref<> l = Ref<>::steal(object_getattr_str(exc, "lineno"));
        Ref<> o = Ref<>::steal(object_getattr_str(exc, "offset"));
        if (l && is_int(l.get())) (void)int_as_i64(l.get(), &lineno);
        if (o && is_int(o.get())) (void)int_as_i64(o.get(), &offset);
        err_clear();
        // Lines of the source (it ends with '\n').
        int64_t line_count = 0;
        size_t last_start = 0;
        for (size_t i = 0; i < src.size(); ++i) {
            if (src[i] == '\n') {
                ++line_count;
                if (i + 1 < src.size()) last_start = i + 1;
            }
        }
        std::string_view last = src.substr(last_start);
        size_t end = last.find_last_not_of(" \t\r\n");
        int64_t last_len = end == std::string_view::npos ? 0 : static_cast<int64_t>(end + 1);
        at_end = lineno > line_count || (lineno == line_count && offset > last_len);
    }
    decref(exc);
    return at_end;
}

Object* main_dict() {
    Object* main = dict_getitem_str(sys_modules(), "__main__");
    if (!main) {
        if (err_occurred()) err_clear();
        Ref<> m = Ref<>::steal(module_new("__main__"));
        if (!m) return nullptr;
        dict_setitem_str(module_dict(m.get()), "__builtins__", builtins_module());
        if (dict_setitem_str(sys_modules(), "__main__", m.get()) < 0) return nullptr;
        main = m.get();
    }
    return is_module(main) ? module_dict(main) : nullptr;
}

// str(sys.ps1) / str(sys.ps2), as CPython reads them before every prompt.
std::string prompt_text(const char* name, const char* fallback) {
    Object* ps = sys_get_object(name);
    if (!ps) return fallback;
    Ref<> s = Ref<>::steal(object_str(ps));
    if (!s) {
        err_clear();
        return fallback;
    }
    return std::string(str_view(s.get()));
}

// The traceback through sys.excepthook, with sys.last_* set (PyErr_Print).
void print_error(Object* exc) { sys_print_uncaught(exc); }

// The REPL helpers written in Python (lib/_pygen_repl.py): exit/quit and the completer.
Object* repl_helpers() {
    static Object* module = nullptr;
    if (!module) {
        module = import_module("_pygen_repl");
        if (!module) err_clear();
    }
    return module;
}

// Future features stay on for the rest of the session once a statement imported them, as in
// CPython's REPL (one set of compiler flags for all its inputs).
int g_future_flags = 0;

}  // namespace

InputState classify_input(const std::string& source, bool last_line_blank) {
    if (tokens_need_more(source)) return InputState::NeedMore;
    bool compound = starts_compound(source);
    if (compound && last_line_blank) return InputState::Complete;
    CodeObject* code = compile_source(source, "<stdin>", CompileMode::Single, g_future_flags);
    if (code) {
        decref(code);
        return compound ? InputState::NeedMore : InputState::Complete;
    }
    if (compound && error_at_end(source)) return InputState::NeedMore;
    err_clear();
    return InputState::Error;
}

int run_repl(const ReplOptions& options) {
    Object* globals = main_dict();
    if (!globals) return handle_uncaught_exception();
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    if (sys && !sys_get_object("ps1")) {
        Ref<> ps1 = Ref<>::steal(str_from_cstr(">>> "));
        if (ps1) (void)module_add_object(sys, "ps1", ps1.get());
    }
    if (sys && !sys_get_object("ps2")) {
        Ref<> ps2 = Ref<>::steal(str_from_cstr("... "));
        if (ps2) (void)module_add_object(sys, "ps2", ps2.get());
    }
    if (err_occurred()) err_clear();
    LineEditor editor(options.use_terminal);
    if (Object* helpers = repl_helpers()) {
        Ref<> r = Ref<>::steal(call_method1(helpers, "install", globals));
        if (!r) err_clear();
        editor.set_completer([globals](const std::string& text, int state, std::string* match) {
            Object* h = repl_helpers();
            if (!h) return false;
            Ref<> t = Ref<>::steal(str_from(text));
            Ref<> s = Ref<>::steal(int_from_i64(state));
            if (!t || !s) {
                err_clear();
                return false;
            }
            Object* args[3] = {globals, t.get(), s.get()};
            Ref<> r = Ref<>::steal(call_method(h, "complete", args, 3));
            if (!r || !is_str(r.get())) {
                err_clear();
                return false;
            }
            *match = str_view(r.get());
            return true;
        });
    }
    if (options.show_banner) {
        std::printf("Python 3.11 (pygen 0.1.0, C++20) on linux\nType \"exit()\" or Ctrl-D to leave.\n");
        std::fflush(stdout);
    }
    std::string source;
    for (;;) {
        sys_flush_stdout();
        std::string prompt = source.empty() ? prompt_text("ps1", ">>> ") : prompt_text("ps2", "... ");
        // A Ctrl-C pressed while the last line was compiled or echoed reached the runtime's
        // handler, not the line editor's: it cancels the input now instead of being lost.
        if (signals_check() < 0) {
            source.clear();
            if (Object* exc = err_fetch()) {
                print_error(exc);
                decref(exc);
            }
            continue;
        }
        std::string line;
        LineEditor::Result got = editor.read(prompt, &line);
        if (got == LineEditor::Result::Eof) {
            if (!editor.is_editing()) std::fputc('\n', isatty(0) ? stdout : stderr);   // as python3
            break;
        }
        if (got == LineEditor::Result::Interrupted) {
            source.clear();
            sys_write_stderr("KeyboardInterrupt\n");
            continue;
        }
        bool blank = is_blank_or_comment(line);
        if (source.empty() && blank) continue;
        source += line;
        source += '\n';
        InputState state = classify_input(source, blank);
        if (state == InputState::NeedMore) continue;
        std::string text;
        text.swap(source);
        CodeObject* code = compile_source(text, "<stdin>", CompileMode::Single, g_future_flags);
        if (code) g_future_flags |= code->flags & kCoFutureMask;
        Object* result = code ? eval_code(code, globals, globals) : nullptr;
        xdecref(code);
        if (result) {
            decref(result);
            continue;
        }
        Object* exc = err_fetch();
        if (!exc) continue;
        if (is_subtype(exc->type, SystemExit)) {
            err_restore(exc);
            sys_flush_stdout();
            return handle_uncaught_exception();
        }
        sys_flush_stdout();
        print_error(exc);
        decref(exc);
    }
    sys_flush_stdout();
    return 0;
}

}  // namespace pygen::cli
