// The built-ins that reach into the compiler and the VM: __build_class__ (the class statement),
// exec, eval, compile and __import__. The rest of builtins lives in builtins*.cpp.
// CPython counterpart: Python/bltinmodule.c (builtin___build_class__, builtin_exec, ...).
#include "modules/builtins_exec.h"

#include "compiler/ast_from_objects.h"
#include "compiler/compiler.h"
#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/frame_api.h"
#include "vm/import.h"
#include "vm/pythonrun.h"
#include "vm/source_text.h"
#include "vm/thread_state.h"

namespace pygen {

namespace {

// Runs a class body: the function's code with `ns` as its locals mapping.
Object* run_class_body(FunctionObject* func, Object* ns) {
    CodeObject* co = func->code;
    Frame* f = frame_new(co, func, ns);
    if (!f) return nullptr;
    int first_free = co->nlocalsplus - co->nfreevars;
    for (int i = 0; i < first_free; ++i)
        if (co->local_kinds[i] & kLocalCell) f->localsplus[i] = cell_new(nullptr);
    for (int i = 0; i < co->nfreevars; ++i)
        f->localsplus[first_free + i] = func->closure ? newref(tuple_item(func->closure, i)) : cell_new(nullptr);
    Object* r = eval_frame(f, false);
    decref(f);
    return r;
}

Object* calculate_metaclass(Object* meta, Object* bases) {
    Object* winner = meta;
    for (ssize i = 0; i < tuple_size(bases); ++i) {
        Object* tmptype = tuple_item(bases, i)->type;
        if (is_subtype(static_cast<TypeObject*>(winner), static_cast<TypeObject*>(tmptype))) continue;
        if (is_subtype(static_cast<TypeObject*>(tmptype), static_cast<TypeObject*>(winner))) {
            winner = tmptype;
            continue;
        }
        return err_set_string(TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                              "metaclasses of all its bases");
    }
    return winner;
}

// CPython: bltinmodule.c, update_bases (PEP 560): a non-class base such as list[int] stands for
// what its __mro_entries__(bases) returns. New reference; `bases` itself when nothing changed.
Object* update_bases(Object* bases) {
    std::vector<Object*> out;
    std::vector<Ref<>> keep;  // the __mro_entries__ results own the items in `out` until copied
    bool changed = false;
    for (ssize i = 0; i < tuple_size(bases); ++i) {
        Object* b = tuple_item(bases, i);
        Ref<> meth;
        if (!is_type(b)) {
            meth = Ref<>::steal(object_lookup_attr(b, str_intern("__mro_entries__")));
            if (err_occurred()) return nullptr;
        }
        if (!meth) {
            out.push_back(b);
            continue;
        }
        Ref<> entries = Ref<>::steal(call1(meth.get(), bases));
        if (!entries) return nullptr;
        if (!is_tuple(entries.get())) return err_set_string(TypeError, "__mro_entries__ must return a tuple");
        for (ssize j = 0; j < tuple_size(entries.get()); ++j) out.push_back(tuple_item(entries.get(), j));
        keep.push_back(std::move(entries));
        changed = true;
    }
    if (!changed) return newref(bases);
    return tuple_from_array(out.data(), static_cast<ssize>(out.size()));
}

Object* builtin_build_class(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 2) return err_set_string(TypeError, "__build_class__: not enough arguments");
    Object* func = args[0];
    Object* name = args[1];
    if (!is_function(func)) return err_set_string(TypeError, "__build_class__: func must be a function");
    if (!is_str(name)) return err_set_string(TypeError, "__build_class__: name is not a string");
    Ref<> orig_bases = Ref<>::steal(tuple_from_array(args + 2, static_cast<ssize>(nargs - 2)));
    if (!orig_bases) return nullptr;
    Ref<> bases = Ref<>::steal(update_bases(orig_bases.get()));
    if (!bases) return nullptr;
    Object* meta = nullptr;
    Ref<> kwargs = Ref<>::steal(dict_new());
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize i = 0; i < nkw; ++i) {
        Object* k = tuple_item(kwnames, i);
        if (str_view(k) == "metaclass") meta = args[nargs + i];
        else if (dict_setitem(kwargs.get(), k, args[nargs + i]) < 0) return nullptr;
    }
    bool is_class = false;
    if (!meta) {
        meta = tuple_size(bases.get()) == 0 ? static_cast<Object*>(&TypeType) : static_cast<Object*>(tuple_item(bases.get(), 0)->type);
        is_class = true;
    } else {
        is_class = is_type(meta);
    }
    if (is_class) {
        meta = calculate_metaclass(meta, bases.get());
        if (!meta) return nullptr;
    }
    // __prepare__ gives the namespace the body runs in.
    Ref<> ns;
    Ref<> prepare = Ref<>::steal(object_lookup_attr(meta, str_intern("__prepare__")));
    if (err_occurred()) return nullptr;
    Ref<> kw_names_tuple;
    std::vector<Object*> kw_values;
    {
        ssize pos = 0;
        Object *k, *v;
        kw_names_tuple = Ref<>::steal(tuple_new(dict_size(kwargs.get())));
        ssize j = 0;
        while (dict_next(kwargs.get(), &pos, &k, &v)) {
            tuple_items(kw_names_tuple.get())[j++] = newref(k);
            kw_values.push_back(v);
        }
    }
    Object* kwn = tuple_size(kw_names_tuple.get()) ? kw_names_tuple.get() : nullptr;
    if (prepare) {
        std::vector<Object*> pargs = {name, bases.get()};
        pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
        ns = Ref<>::steal(call(prepare.get(), pargs.data(), 2, kwn));
    } else {
        ns = Ref<>::steal(dict_new());
    }
    if (!ns) return nullptr;
    if (!is_dict(ns.get()) && !ns->type->getitem) {
        return err_format(TypeError, "%s.__prepare__() must return a mapping, not %s",
                          is_type(meta) ? static_cast<TypeObject*>(meta)->name : "<metaclass>", ns->type->name);
    }
    Ref<> cell = Ref<>::steal(run_class_body(static_cast<FunctionObject*>(func), ns.get()));
    if (!cell) return nullptr;
    if (bases.get() != orig_bases.get() && object_setitem(ns.get(), str_intern("__orig_bases__"), orig_bases.get()) < 0) {
        return nullptr;
    }
    std::vector<Object*> margs = {name, bases.get(), ns.get()};
    margs.insert(margs.end(), kw_values.begin(), kw_values.end());
    Ref<> cls = Ref<>::steal(call(meta, margs.data(), 3, kwn));
    if (!cls) return nullptr;
    // The metaclass must have passed __classcell__ on to type.__new__, which fills the cell
    // (CPython: builtin___build_class__).
    if (cell->type == &CellType && is_type(cls.get())) {
        Object* held = static_cast<CellObject*>(cell.get())->ref;
        if (held != cls.get()) {
            Ref<> shown_name = Ref<>::steal(object_repr(name));
            Ref<> shown_cls = Ref<>::steal(object_repr(cls.get()));
            Ref<> shown_held = held ? Ref<>::steal(object_repr(held)) : Ref<>();
            if (!shown_name || !shown_cls || (held && !shown_held)) return nullptr;
            if (!held)
                return err_format(RuntimeError,
                                  "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                                  str_cstr(shown_name.get()), str_cstr(shown_cls.get()));
            return err_format(TypeError, "__class__ set to %s defining %s as %s", str_cstr(shown_held.get()),
                              str_cstr(shown_name.get()), str_cstr(shown_cls.get()));
        }
    }
    return cls.release();
}

// Shared by exec and eval: resolves globals/locals, checks a code object's free variables against
// `closure` (exec's keyword; null otherwise) and compiles source text (str or bytes-like) if needed.
// CPython: bltinmodule.c, builtin_exec_impl / builtin_eval_impl, with their messages.
Object* run_code_or_source(const char* fname, Object* source, Object* globals, Object* locals, CompileMode mode,
                           Object* closure) {
    bool is_eval = mode == CompileMode::Eval;
    Ref<> locals_holder;
    if (globals == None) globals = nullptr;
    if (locals == None) locals = nullptr;
    if (closure == None) closure = nullptr;
    if (is_eval) {
        if (locals && !locals->type->getitem) return err_set_string(TypeError, "locals must be a mapping");
        if (globals && !is_dict(globals)) {
            return err_set_string(TypeError, globals->type->getitem ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                    : "globals must be a dict");
        }
    } else {
        if (globals && !is_dict(globals)) return err_format(TypeError, "exec() globals must be a dict, not %s", globals->type->name);
        if (locals && !locals->type->getitem)
            return err_format(TypeError, "locals must be a mapping or None, not %s", locals->type->name);
    }
    if (!globals) {
        globals = frame_globals_of_current();
        if (!locals) {
            locals_holder = Ref<>::steal(frame_locals_of_current());
            if (!locals_holder) return nullptr;
            locals = locals_holder.get();
        }
    } else if (!locals) {
        locals = globals;
    }
    // Globals without __builtins__ get the running frame's builtins (a dict), as CPython's exec().
    if (!dict_getitem_str(globals, "__builtins__") &&
        dict_setitem_str(globals, "__builtins__", frame_builtins_of_current()) < 0)
        return nullptr;
    Ref<CodeObject> code;
    if (is_code(source)) {
        code = Ref<CodeObject>::borrow(static_cast<CodeObject*>(source));
        int nfree = code->nfreevars;
        if (is_eval && nfree > 0)
            return err_set_string(TypeError, "code object passed to eval() may not contain free variables");
        if (nfree == 0 && closure) return err_set_string(TypeError, "cannot use a closure with this code object");
        if (nfree > 0) {
            // Running the code without its cells would read empty slots as cells.
            bool ok = closure && is_tuple_exact(closure) && tuple_size(closure) == nfree;
            for (ssize i = 0; ok && i < nfree; ++i) ok = tuple_item(closure, i)->type == &CellType;
            if (!ok) return err_format(TypeError, "code object requires a closure of exactly length %d", nfree);
        }
    } else {
        if (closure) return err_set_string(TypeError, "closure can only be used when source is a code object");
        std::string_view text;
        BytesLike hold;
        std::string decoded;
        if (is_str(source)) {
            text = str_view(source);
        } else if (object_check_buffer(source)) {
            if (!pin_bytes_like(source, &text, &hold)) return nullptr;
        } else {
            return err_format(TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        }
        if (text.find('\0') != std::string_view::npos)
            return err_set_string(SyntaxError, "source code string cannot contain null bytes");
        if (!is_str(source)) {
            if (!decode_source(text, "<string>", SourceOrigin::Bytes, &decoded)) return nullptr;
            text = decoded;
        }
        // eval() ignores leading spaces and tabs, as CPython does.
        if (is_eval) {
            size_t b = text.find_first_not_of(" \t");
            text = b == std::string_view::npos ? std::string_view() : text.substr(b);
        }
        code = Ref<CodeObject>::steal(compile_source(text, "<string>", mode, frame_future_flags_of_current()));
        if (!code) return nullptr;
    }
    return eval_code(code.get(), globals, locals, closure);
}

// exec(source, globals=None, locals=None, /, *, closure=None)
Object* builtin_exec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    if (nargs + nkw > 4) return err_format(TypeError, "exec() takes at most 4 arguments (%zu given)", nargs + nkw);
    if (nargs > 3) return err_format(TypeError, "exec() takes at most 3 positional arguments (%zu given)", nargs);
    Object* closure = nullptr;
    for (size_t i = 0; i < nkw; ++i) {
        Object* key = tuple_item(kwnames, static_cast<ssize>(i));
        if (str_view(key) != "closure") return err_format(TypeError, "'%U' is an invalid keyword argument for exec()", key);
        closure = args[nargs + i];
    }
    if (nargs < 1) return err_format(TypeError, "exec() takes at least 1 positional argument (%zu given)", nargs);
    Object* r = run_code_or_source("exec", args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                                   CompileMode::Exec, closure);
    if (!r) return nullptr;
    decref(r);
    return none_new();
}

Object* builtin_eval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) return err_set_string(TypeError, "eval() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) return err_bad_argument_count("eval", nargs, 1, 3);
    return run_code_or_source("eval", args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                              CompileMode::Eval, nullptr);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
Object* builtin_compile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                         "_feature_version"};
    ArgSpec spec{"compile", kNames, 7, 0, 6, 3};
    Object* a[7] = {};
    if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
    int64_t flags = 0, optimize = -1, feature_version = -1;
    if (a[3] && !index_as_i64(a[3], &flags, "int")) return nullptr;
    if (a[5] && !index_as_i64(a[5], &optimize, "int")) return nullptr;
    if (a[6] && !index_as_i64(a[6], &feature_version, "int")) return nullptr;
    bool dont_inherit = false;
    if (a[4]) {
        int t = object_is_true(a[4]);
        if (t < 0) return nullptr;
        dont_inherit = t != 0;
    }
    Ref<> filename = Ref<>::steal(os_fsdecode(a[1]));
    if (!filename) return nullptr;
    constexpr int64_t kKnownFlags = kCoFutureMask | 0x10 /* CO_NESTED, obsolete */ | 0x20000 | 0x40000 | 0x80000 |
                                    0x100000 | 0x200000 | 0x800000 | kCfDontImplyDedent | kCfOnlyAst |
                                    kCfTypeComments | kCfAllowTopLevelAwait | kCfAllowIncompleteInput;
    if (flags & ~kKnownFlags) return err_set_string(ValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2) return err_set_string(ValueError, "compile(): invalid optimize value");
    if (!is_str(a[2])) return err_format(TypeError, "compile() argument 'mode' must be str, not %s", arg_type_name(a[2]));
    std::string_view mode = str_view(a[2]);
    CompileMode m;
    if (mode == "exec") m = CompileMode::Exec;
    else if (mode == "eval") m = CompileMode::Eval;
    else if (mode == "single") m = CompileMode::Single;
    else return err_set_string(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    int future = static_cast<int>(flags) & kCoFutureMask;
    if (!dont_inherit) future |= frame_future_flags_of_current();
    if (is_ast_object(a[0])) {
        // A tree is returned as it is when a tree is asked for, else compiled as it stands.
        if (flags & kCfOnlyAst) return incref(a[0]);
        return compile_ast_object(a[0], std::string(str_view(filename.get())), m, future);
    }
    if (flags & kCfOnlyAst) {
        // The tree as ast node objects: lib/ast.py's parse builds them.
        Ref<> ast = Ref<>::steal(import_module("ast"));
        if (!ast) return nullptr;
        Object* pargs[3] = {a[0], filename.get(), a[2]};
        return call_method(ast.get(), "parse", pargs, 3);
    }
    std::string_view text;
    std::string decoded;
    if (is_str(a[0])) text = str_view(a[0]);
    else if (is_bytes(a[0]) || is_bytearray(a[0])) text = bytes_like_view(a[0]);
    else return err_set_string(TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (text.find('\0') != std::string_view::npos)
        return err_set_string(SyntaxError, "source code string cannot contain null bytes");
    if (!is_str(a[0])) {
        // Bytes may declare their encoding (PEP 263); a str is already text and its cookie is ignored.
        if (!decode_source(text, std::string(str_view(filename.get())), SourceOrigin::Bytes, &decoded)) return nullptr;
        text = decoded;
    }
    return compile_source(text, std::string(str_view(filename.get())), m, future);
}

Object* builtin_import(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* name = nargs > 0 ? args[0] : nullptr;
    Object* globals = nargs > 1 ? args[1] : nullptr;
    Object* fromlist = nargs > 3 ? args[3] : nullptr;
    int64_t level = 0;
    if (nargs > 4 && !int_as_i64(args[4], &level)) level = 0;
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize i = 0; i < nkw; ++i) {
        std::string_view k = str_view(tuple_item(kwnames, i));
        Object* v = args[nargs + i];
        if (k == "name") name = v;
        else if (k == "globals") globals = v;
        else if (k == "fromlist") fromlist = v;
        else if (k == "level") int_as_i64(v, &level);
    }
    if (!name) return err_set_string(TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (globals == None || (globals && !is_dict(globals))) globals = nullptr;
    // A call names its module at run time, for whoever supplied the name: the host's policy asks.
    if (import_policy_check(name, globals, static_cast<int>(level), nullptr) < 0) return nullptr;
    return import_module_level(name, globals, fromlist, static_cast<int>(level));
}

const MethodDef kExecBuiltins[] = {
    {"__build_class__", builtin_build_class},
    {"exec", builtin_exec},
    {"eval", builtin_eval},
    {"compile", builtin_compile},
    {"__import__", builtin_import},
    {nullptr, nullptr},
};

}  // namespace

int add_exec_builtins(Object* builtins) {
    if (module_add_functions(builtins, kExecBuiltins) < 0) return -1;
    set_builtin_import_function(dict_getitem_str(module_dict(builtins), "__import__"));
    return 0;
}

}  // namespace pygen
