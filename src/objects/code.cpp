// The code object type: construction for the compiler, the line lookup tracebacks use, and the
// Python-visible co_* attributes.
// CPython counterpart: Objects/codeobject.c.
#include "objects/weakref.h"
#include "objects/code.h"

#include <algorithm>
#include <cstdint>
#include <new>
#include <string>

#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/abstract.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject CodeType;

CodeObject* code_new() {
    auto* code = static_cast<CodeObject*>(alloc_object(&CodeType));
    if (!code) return nullptr;   // MemoryError pending (a memory cap, objects/alloc_limit.h)
    // The C++ containers need construction: alloc_object hands back zeroed raw memory.
    new (&code->instrs) std::vector<Instr>();
    new (&code->lines) std::vector<int32_t>();
    new (&code->spans) std::vector<CodeObject::Span>();
    new (&code->exception_table) std::vector<ExceptionTableEntry>();
    new (&code->local_kinds) std::vector<uint8_t>();
    new (&code->cell2arg) std::vector<int32_t>();
    return code;
}

void code_free_caches(CodeObject* code) {
    delete[] code->caches;
    code->caches = nullptr;
}

int code_line_of(CodeObject* code, int index) {
    if (index < 0) return code->firstlineno;
    if (static_cast<size_t>(index) >= code->lines.size()) return -1;
    return code->lines[index];
}

int code_line_at_or_before(CodeObject* code, int index) {
    for (int i = index; i >= 0; --i) {
        int line = code_line_of(code, i);
        if (line >= 0) return line;
    }
    return code->firstlineno;
}

namespace {

void code_dealloc(Object* o) {
    auto* c = static_cast<CodeObject*>(o);
    if (c->weakreflist) weakref_clear_refs(o);
    using IV = std::vector<Instr>;
    using LV = std::vector<int32_t>;
    using EV = std::vector<ExceptionTableEntry>;
    using KV = std::vector<uint8_t>;
    c->instrs.~IV();
    c->lines.~LV();
    using SV = std::vector<CodeObject::Span>;
    c->spans.~SV();
    c->exception_table.~EV();
    c->local_kinds.~KV();
    c->cell2arg.~LV();
    code_free_caches(c);
    xdecref(c->consts);
    xdecref(c->names);
    xdecref(c->localsplus_names);
    xdecref(c->name);
    xdecref(c->qualname);
    xdecref(c->filename);
    free_object(o);
}

Object* code_repr(Object* o) {
    auto* c = static_cast<CodeObject*>(o);
    char buf[64];
    snprintf(buf, sizeof buf, "%p", static_cast<void*>(o));
    std::string s = "<code object " + std::string(str_view(c->name)) + " at " + buf + ", file \"" +
                    std::string(str_view(c->filename)) + "\", line " + std::to_string(c->firstlineno) + ">";
    return str_from(s);
}

CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

// Names of the slots of one kind, in slot order.
Object* names_of_kind(CodeObject* c, uint8_t kind_mask, bool exact_plain) {
    Object* list_items[1];
    (void)list_items;
    ssize n = 0;
    for (int i = 0; i < c->nlocalsplus; ++i) {
        uint8_t k = c->local_kinds[i];
        if (exact_plain ? (k & kLocalPlain) != 0 : (k & kind_mask) != 0) ++n;
    }
    Object* t = tuple_new(n);
    ssize j = 0;
    for (int i = 0; i < c->nlocalsplus; ++i) {
        uint8_t k = c->local_kinds[i];
        if (exact_plain ? (k & kLocalPlain) != 0 : (k & kind_mask) != 0)
            tuple_items(t)[j++] = incref(tuple_item(c->localsplus_names, i));
    }
    return t;
}

Object* get_name(Object* o) { return incref(as_code(o)->name); }
Object* get_qualname(Object* o) { return incref(as_code(o)->qualname); }
Object* get_filename(Object* o) { return incref(as_code(o)->filename); }
Object* get_consts(Object* o) { return incref(as_code(o)->consts); }
Object* get_names(Object* o) { return incref(as_code(o)->names); }
Object* get_varnames(Object* o) { return names_of_kind(as_code(o), kLocalPlain, true); }
Object* get_cellvars(Object* o) { return names_of_kind(as_code(o), kLocalCell, false); }
Object* get_freevars(Object* o) { return names_of_kind(as_code(o), kLocalFree, false); }
Object* get_argcount(Object* o) { return int_from_i64(as_code(o)->argcount); }
Object* get_posonlyargcount(Object* o) { return int_from_i64(as_code(o)->posonlyargcount); }
Object* get_kwonlyargcount(Object* o) { return int_from_i64(as_code(o)->kwonlyargcount); }
// kCoNoFree is pygen's own fast-path bit (CPython 3.11 no longer reports CO_NOFREE).
Object* get_flags(Object* o) { return int_from_i64(as_code(o)->flags & ~kCoNoFree); }
Object* get_nlocals(Object* o) { return int_from_i64(as_code(o)->nlocals); }
Object* get_stacksize(Object* o) { return int_from_i64(as_code(o)->stacksize); }
Object* get_firstlineno(Object* o) { return int_from_i64(as_code(o)->firstlineno); }
Object* get_code_len(Object* o) { return int_from_i64(static_cast<int64_t>(as_code(o)->instrs.size())); }

// co_positions(): one (line, end_line, col, end_col) per instruction, None where unknown. pygen
// counts f_lasti/tb_lasti in instructions, so entry i belongs to lasti i (CPython has one entry per
// 2-byte code unit; the traceback module in lib/ indexes by instruction).
Object* code_positions(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_set_string(TypeError, "co_positions() takes no arguments");
    CodeObject* c = as_code(self);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    auto opt = [](int64_t v) { return v < 0 ? incref(None) : int_from_i64(v); };
    for (size_t i = 0; i < c->instrs.size(); ++i) {
        int line = i < c->lines.size() ? c->lines[i] : -1;
        CodeObject::Span sp = i < c->spans.size() ? c->spans[i] : CodeObject::Span{-1, -1, -1};
        Ref<> t = Ref<>::steal(tuple_new(4));
        if (!t) return nullptr;
        tuple_items(t.get())[0] = opt(line);
        tuple_items(t.get())[1] = opt(sp.end_line);
        tuple_items(t.get())[2] = opt(sp.col);
        tuple_items(t.get())[3] = opt(sp.end_col);
        if (list_append(out.get(), t.get()) < 0) return nullptr;
    }
    return object_iter(out.get());
}

// co_lines(): (start, end, line) for each run of instructions on one source line, line None where
// unknown; offsets count instructions, as f_lasti does here (CPython: bytes of 2-byte code units).
// CPython: codeobject.c, code_linesiterator.
Object* code_lines(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_set_string(TypeError, "co_lines() takes no arguments");
    CodeObject* c = as_code(self);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    size_t n = c->instrs.size();
    for (size_t start = 0; start < n;) {
        int line = start < c->lines.size() ? c->lines[start] : -1;
        size_t end = start + 1;
        while (end < n && (end < c->lines.size() ? c->lines[end] : -1) == line) ++end;
        Ref<> t = Ref<>::steal(tuple_new(3));
        if (!t) return nullptr;
        tuple_items(t.get())[0] = int_from_i64(static_cast<int64_t>(start));
        tuple_items(t.get())[1] = int_from_i64(static_cast<int64_t>(end));
        tuple_items(t.get())[2] = line < 0 ? incref(None) : int_from_i64(line);
        if (list_append(out.get(), t.get()) < 0) return nullptr;
        start = end;
    }
    return object_iter(out.get());
}

// A tuple of str (co_names, co_varnames) or null with CPython's TypeError.
bool check_str_tuple(Object* v, const char* field) {
    if (!is_tuple(v)) {
        err_format(TypeError, "%s must be a tuple, not %s", field, v->type->name);
        return false;
    }
    for (ssize i = 0; i < tuple_size(v); ++i) {
        if (!is_str(tuple_item(v, i))) {
            err_format(TypeError, "name tuples must contain only strings, not '%s'", tuple_item(v, i)->type->name);
            return false;
        }
    }
    return true;
}

// code.replace(**changes): a new code object with the given co_* fields changed. What pygen's code
// can take is replaced (names, filename, constants, first line, flags, local names); a field it
// keeps in another form (co_code, co_linetable, co_exceptiontable) or that the bytecode depends on
// (argument and slot counts) is refused with ValueError unless unchanged. A changed co_firstlineno
// moves every line, as CPython's line table is relative to it. CPython: codeobject.c, code_replace_impl.
Object* code_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 0) return err_format(TypeError, "replace() takes no positional arguments");
    CodeObject* c = as_code(self);
    Object* name = c->name;
    Object* qualname = c->qualname;
    Object* filename = c->filename;
    Object* consts = c->consts;
    Object* names = c->names;
    Object* varnames = nullptr;
    int64_t firstlineno = c->firstlineno, flags = c->flags & ~kCoNoFree, stacksize = c->stacksize;
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize k = 0; k < nkw; ++k) {
        std::string_view key = str_view(tuple_item(kwnames, k));
        Object* v = args[k];
        auto want_str = [&](Object** slot) {
            if (!is_str(v)) {
                err_format(TypeError, "replace() argument '%s' must be str, not %s", std::string(key).c_str(), arg_type_name(v));
                return false;
            }
            *slot = v;
            return true;
        };
        auto want_int = [&](int64_t* slot) {
            if (!is_int(v) || !int_as_i64(v, slot) || *slot < INT32_MIN || *slot > INT32_MAX) {
                if (!err_occurred())
                    err_format(TypeError, "replace() argument '%s' must be int, not %s", std::string(key).c_str(), arg_type_name(v));
                return false;
            }
            return true;
        };
        bool ok = true;
        if (key == "co_name") ok = want_str(&name);
        else if (key == "co_qualname") ok = want_str(&qualname);
        else if (key == "co_filename") ok = want_str(&filename);
        else if (key == "co_firstlineno") ok = want_int(&firstlineno);
        else if (key == "co_flags") ok = want_int(&flags);
        else if (key == "co_stacksize") ok = want_int(&stacksize);
        else if (key == "co_consts") {
            if (!is_tuple(v)) return err_format(TypeError, "replace() argument 'co_consts' must be tuple, not %s", arg_type_name(v));
            // The bytecode indexes the old constants: fewer would read past the tuple.
            if (tuple_size(v) < tuple_size(c->consts))
                return err_format(ValueError, "pygen: code.replace() cannot drop constants the bytecode uses");
            consts = v;
        } else if (key == "co_names") {
            if (!check_str_tuple(v, "co_names")) return nullptr;
            if (tuple_size(v) < tuple_size(c->names))
                return err_format(ValueError, "pygen: code.replace() cannot drop names the bytecode uses");
            names = v;
        } else if (key == "co_varnames") {
            if (!check_str_tuple(v, "co_varnames")) return nullptr;
            if (tuple_size(v) != c->nlocals)
                return err_format(ValueError, "code: co_varnames is too small");
            varnames = v;
        } else if (key == "co_argcount" || key == "co_posonlyargcount" || key == "co_kwonlyargcount" ||
                   key == "co_nlocals" || key == "co_code" || key == "co_linetable" ||
                   key == "co_exceptiontable" || key == "co_cellvars" || key == "co_freevars") {
            Ref<> current = Ref<>::steal(object_getattr_str(self, std::string(key).c_str()));
            if (!current) {
                // pygen keeps no such bytes: any value is a change it cannot make.
                err_clear();
                return err_format(ValueError, "pygen: code.replace() cannot change %s", std::string(key).c_str());
            }
            int eq = object_rich_compare_bool(current.get(), v, CompareOp::Eq);
            if (eq < 0) return nullptr;
            if (!eq) return err_format(ValueError, "pygen: code.replace() cannot change %s", std::string(key).c_str());
        } else {
            return err_format(TypeError, "replace() got an unexpected keyword argument '%s'", std::string(key).c_str());
        }
        if (!ok) return nullptr;
    }
    CodeObject* r = code_new();
    if (!r) return nullptr;
    r->instrs = c->instrs;
    // A quickened original lends its specialized opcodes: the copy starts from the compiler's form.
    for (Instr& in : r->instrs) in = make_instr(base_opcode(instr_op(in)), instr_arg(in));
    int32_t delta = static_cast<int32_t>(firstlineno - c->firstlineno);
    r->lines = c->lines;
    r->spans = c->spans;
    if (delta != 0) {
        for (int32_t& line : r->lines)
            if (line >= 0) line += delta;
        for (CodeObject::Span& sp : r->spans)
            if (sp.end_line >= 0) sp.end_line += delta;
    }
    r->exception_table = c->exception_table;
    r->local_kinds = c->local_kinds;
    r->cell2arg = c->cell2arg;
    r->consts = newref(consts);
    r->names = newref(names);
    if (varnames) {
        // The plain locals are the first slots: their names change, cells and frees keep theirs.
        Object* all = tuple_new(c->nlocalsplus);
        if (!all) {
            decref(r);
            return nullptr;
        }
        ssize j = 0;
        for (int i = 0; i < c->nlocalsplus; ++i) {
            bool plain = (c->local_kinds[i] & kLocalPlain) != 0;
            tuple_items(all)[i] = incref(plain ? tuple_item(varnames, j++) : tuple_item(c->localsplus_names, i));
        }
        r->localsplus_names = all;
    } else {
        r->localsplus_names = newref(c->localsplus_names);
    }
    r->name = newref(name);
    r->qualname = newref(qualname);
    r->filename = newref(filename);
    r->argcount = c->argcount;
    r->posonlyargcount = c->posonlyargcount;
    r->kwonlyargcount = c->kwonlyargcount;
    // The bits the bytecode was compiled for (frame kind, argument passing) stay; the rest (the
    // iterable-coroutine mark types.coroutine sets, future flags) take the new value.
    constexpr int kStructural = kCoOptimized | kCoNewLocals | kCoVarargs | kCoVarkeywords | kCoGenerator |
                                kCoNoFree | kCoCoroutine | kCoAsyncGenerator;
    r->flags = (static_cast<int>(flags) & ~kStructural) | (c->flags & kStructural);
    r->nlocalsplus = c->nlocalsplus;
    r->nlocals = c->nlocals;
    r->ncellvars = c->ncellvars;
    r->nfreevars = c->nfreevars;
    r->stacksize = std::max(c->stacksize, static_cast<int>(stacksize));   // never below what the code needs
    r->firstlineno = static_cast<int>(firstlineno);
    return r;
}

const MethodDef kCodeMethods[] = {
    {"co_positions", code_positions},
    {"co_lines", code_lines},
    {"replace", code_replace},
    {nullptr, nullptr},
};

const GetSetDef kCodeGetSet[] = {
    {"co_name", get_name},
    {"co_qualname", get_qualname},
    {"co_filename", get_filename},
    {"co_consts", get_consts},
    {"co_names", get_names},
    {"co_varnames", get_varnames},
    {"co_cellvars", get_cellvars},
    {"co_freevars", get_freevars},
    {"co_argcount", get_argcount},
    {"co_posonlyargcount", get_posonlyargcount},
    {"co_kwonlyargcount", get_kwonlyargcount},
    {"co_flags", get_flags},
    {"co_nlocals", get_nlocals},
    {"co_stacksize", get_stacksize},
    {"co_firstlineno", get_firstlineno},
    {"_co_instruction_count", get_code_len},
    {nullptr, nullptr},
};

}  // namespace

void init_code_type() {
    CodeType.name = "code";
    CodeType.basicsize = sizeof(CodeObject);
    CodeType.weaklistoffset = offsetof(CodeObject, weakreflist);
    CodeType.dealloc = code_dealloc;
    CodeType.repr = code_repr;
    CodeType.getset = kCodeGetSet;
    CodeType.methods = kCodeMethods;
    if (!type_ready(&CodeType)) abort();
}

}  // namespace pygen
