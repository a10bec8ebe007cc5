// The code object type: construction for the compiler, the line lookup tracebacks use, and the
// Python-visible co_* attributes.
// CPython counterpart: Objects/codeobject.c.
#include "objects/weakref.h"
#include "objects/code.h"

#include <new>

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

const MethodDef kCodeMethods[] = {
    {"co_positions", code_positions},
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
