// Built-in functions that talk to files: print, input, open. Writing goes through the file's
// write() method so user objects work; the real stdout/stderr take a fast path into sys_stdio.cpp.
// The text-file type itself lives in sys_stdio.cpp.
// CPython counterparts: Python/bltinmodule.c (builtin_print, builtin_input), Modules/_io/_iomodule.c (open).

#include "modules/builtins_args.h"
#include "modules/builtins_tables.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "vm/import.h"

namespace pygen {

namespace {

// Writes str(value) to a file object that is not one of ours. 0 ok, -1 error.
int write_piece(Object* file, Object* text) {
    Ref<> result = Ref<>::steal(call_method1(file, "write", text));
    return result ? 0 : -1;
}

// print's fast path: the pieces go straight into the file's buffer, one by one as CPython writes
// them, so a __str__ that prints keeps its output in the same place.
Object* print_to_text_file(Object* file, Object* const* args, size_t nargs, Object* sep, Object* end) {
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && text_file_write(file, sep ? str_view(sep) : " ") < 0) return nullptr;
        Object* text = object_str(args[i]);
        if (!text) return nullptr;
        int rc = text_file_write(file, str_view(text));
        decref(text);
        if (rc < 0) return nullptr;
    }
    if (text_file_write(file, end ? str_view(end) : "\n") < 0) return nullptr;
    return none_new();
}

Object* print_to_object(Object* file, Object* const* args, size_t nargs, Object* sep, Object* end) {
    Ref<> space, newline;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (!sep && !space) space = Ref<>::steal(str_from(" "));
            Object* s = sep ? sep : space.get();
            if (!s || write_piece(file, s) < 0) return nullptr;
        }
        Ref<> text = Ref<>::steal(object_str(args[i]));
        if (!text || write_piece(file, text.get()) < 0) return nullptr;
    }
    if (!end) newline = Ref<>::steal(str_from("\n"));
    Object* e = end ? end : newline.get();
    if (!e || write_piece(file, e) < 0) return nullptr;
    return none_new();
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* builtin_print(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* sep = nullptr;
    Object* end = nullptr;
    Object* file = nullptr;
    Object* flush = nullptr;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        std::string_view name = kwname_at(kwnames, k);
        Object* value = args[nargs + k];
        if (name == "sep") sep = value;
        else if (name == "end") end = value;
        else if (name == "file") file = value;
        else if (name == "flush") flush = value;
        else return err_format(TypeError, "'%S' is an invalid keyword argument for print()", tuple_item(kwnames, static_cast<ssize>(k)));
    }
    if (sep == None) sep = nullptr;
    if (end == None) end = nullptr;
    if (sep && !is_str(sep)) return err_format(TypeError, "sep must be None or a string, not %T", sep);
    if (end && !is_str(end)) return err_format(TypeError, "end must be None or a string, not %T", end);
    if (!file || file == None) {
        file = sys_get_object("stdout");
        if (!file) return err_set_string(RuntimeError, "lost sys.stdout");
        if (file == None) return none_new();
    }
    Ref<> file_ref = Ref<>::borrow(file);   // writing may rebind sys.stdout
    Ref<> result = Ref<>::steal(is_text_file(file) ? print_to_text_file(file, args, nargs, sep, end)
                                                   : print_to_object(file, args, nargs, sep, end));
    if (!result) return nullptr;
    if (flush) {
        int truth = object_is_true(flush);
        if (truth < 0) return nullptr;
        if (truth) {
            if (is_text_file(file)) {
                if (text_file_flush(file) < 0) return nullptr;
            } else {
                Ref<> r = Ref<>::steal(call_method0(file, "flush"));
                if (!r) return nullptr;
            }
        }
    }
    return result.release();
}

Object* lost_stream(const char* name) { return err_format(RuntimeError, "input(): lost sys.%s", name); }

// input(prompt='')
Object* builtin_input(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("input", nargs, kwnames, 0, 1)) return nullptr;
    Object* in = sys_get_object("stdin");
    if (!in || in == None) return lost_stream("stdin");
    Object* out = sys_get_object("stdout");
    if (!out || out == None) return lost_stream("stdout");
    Object* err = sys_get_object("stderr");
    if (!err || err == None) return lost_stream("stderr");
    Ref<> in_ref = Ref<>::borrow(in), out_ref = Ref<>::borrow(out), err_ref = Ref<>::borrow(err);
    Ref<> r = Ref<>::steal(call_method0(err, "flush"));
    if (!r) return nullptr;
    if (nargs == 1) {
        Ref<> prompt = Ref<>::steal(object_str(args[0]));
        if (!prompt) return nullptr;
        if (is_text_file(out)) {
            if (text_file_write(out, str_view(prompt.get())) < 0) return nullptr;
        } else if (write_piece(out, prompt.get()) < 0) {
            return nullptr;
        }
    }
    r = Ref<>::steal(call_method0(out, "flush"));
    if (!r) return nullptr;
    Ref<> line = Ref<>::steal(is_text_file(in) ? text_file_readline(in) : call_method0(in, "readline"));
    if (!line) return nullptr;
    if (!is_str(line.get())) return err_set_string(TypeError, "object.readline() returned non-string");
    std::string_view text = str_view(line.get());
    if (text.empty()) return err_set_string(EOFError, "EOF when reading a line");
    if (text.back() == '\n') text.remove_suffix(1);
    return str_from(text);
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
// io.open (lib/io.py), imported on the first call so programs that open no file do not load io.
Object* builtin_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Ref<> io = Ref<>::steal(import_module("io"));
    if (!io) return nullptr;
    Ref<> open = Ref<>::steal(object_getattr_str(io.get(), "open"));
    if (!open) return nullptr;
    return call(open.get(), args, nargs, kwnames);
}

}  // namespace

const MethodDef kBuiltinsIoMethods[] = {
    {"print", builtin_print},
    {"input", builtin_input, kMethSystem},
    {"open", builtin_open, kMethSystem},
    {nullptr, nullptr},
};

}  // namespace pygen
