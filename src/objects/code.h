// Code objects: the compiled form of a module, class body, function, lambda or comprehension.
// Immutable once built by the compiler; shared by every function and frame made from it.
// CPython counterpart: Objects/codeobject.c (PyCodeObject).
#pragma once

#include <cstdint>
#include <vector>

#include "bytecode/opcodes.h"
#include "objects/inline_cache.h"
#include "objects/object.h"

namespace pygen {

enum CodeFlags : int {
    kCoOptimized = 0x1,       // locals live in slots (functions), not in a mapping
    kCoNewLocals = 0x2,
    kCoVarargs = 0x4,
    kCoVarkeywords = 0x8,
    kCoNested = 0x10,
    kCoGenerator = 0x20,
    kCoNoFree = 0x40,
    kCoCoroutine = 0x80,
    kCoIterableCoroutine = 0x100,   // types.coroutine-decorated generator
    kCoAsyncGenerator = 0x200,
    // `from __future__ import` features that still change compilation (PEP 563 and the joke one).
    // Every code object compiled under them carries the bit, so exec/eval/compile inherit it.
    kCoFutureBarryAsBdfl = 0x400000,
    kCoFutureAnnotations = 0x1000000,
    kCoFutureMask = kCoFutureBarryAsBdfl | kCoFutureAnnotations,
};

// Kinds of the slots in a frame's localsplus array (the layout CPython 3.11 calls "localsplus").
enum LocalKind : uint8_t {
    kLocalPlain = 1,          // ordinary local (or argument)
    kLocalCell = 2,           // local captured by an inner function: the slot holds a Cell
    kLocalFree = 4,           // variable of an enclosing function: copied from the closure
    kLocalArgCell = kLocalPlain | kLocalCell,  // an argument that is also a cell
};

// One exception-table entry: instructions [start, end) are protected by the handler at `target`;
// on an exception the value stack is cut to `depth` (then lasti is pushed when `push_lasti`) and
// the exception is pushed.
struct ExceptionTableEntry {
    uint32_t start;
    uint32_t end;
    uint32_t target;
    uint16_t depth;
    bool push_lasti;
};

struct CodeObject : Object {
    Object* weakreflist = nullptr;      // weak references to this code object (CPython allows them)
    std::vector<Instr> instrs;          // the bytecode
    std::vector<int32_t> lines;         // source line of each instruction (-1: none)
    struct Span { int32_t end_line, col, end_col; };   // -1 when unknown; columns in UTF-8 bytes
    std::vector<Span> spans;            // source span of each instruction (traceback carets)
    std::vector<ExceptionTableEntry> exception_table;   // innermost entries first
    std::vector<uint8_t> local_kinds;   // LocalKind per localsplus slot
    Object* consts;                     // tuple (strong)
    Object* names;                      // tuple of str: attribute / global names (strong)
    Object* localsplus_names;           // tuple of str, one per localsplus slot (strong)
    Object* name;                       // co_name (strong str)
    Object* qualname;                   // co_qualname (strong str)
    Object* filename;                   // co_filename (strong str)
    int argcount;                       // positional parameters, including positional-only
    int posonlyargcount;
    int kwonlyargcount;
    int flags;                          // CodeFlags
    int nlocalsplus;                    // slots: locals (incl. arguments), then cells, then frees
    int nlocals;                        // plain locals and arguments (prefix of localsplus)
    int ncellvars;
    int nfreevars;
    int stacksize;                      // maximum value-stack depth
    int firstlineno;
    std::vector<int32_t> cell2arg;      // for each cell slot: the argument index it copies, or -1
    // The specializing interpreter (vm/specialize.h): one inline cache per instruction once the code
    // has warmed up, null before. From then on `instrs` may hold quickened opcodes; readers that
    // need the compiler's form map them through base_opcode.
    InlineCache* caches;               // owned (delete[]), null until quickened
    int32_t warmup;                     // entries and back jumps seen before quickening
    // The version (FunctionObject::version) shared by every function MAKE_FUNCTION makes from this
    // code without defaults or keyword defaults: closures, lambdas and comprehensions made anew on
    // each run then keep one CALL site specialized. 0 until the first such function.
    uint32_t shared_func_version = 0;
    // Compiled from the embedded library's source by the import system (never by compile(), and
    // never copied to another code object): its import statements are not the host's import
    // allowlist's business (vm/import.h).
    bool from_library = false;
};

extern TypeObject CodeType;
inline bool is_code(Object* o) { return o->type == &CodeType; }
CodeObject* code_new();                  // empty code object for the compiler to fill
int code_line_of(CodeObject* code, int instr_index);   // -1 when unknown
// The line an instruction without one of its own (an expression statement's POP_TOP, an implicit
// `return None`) reports: CPython copies the line of the instruction before it in its block.
int code_line_at_or_before(CodeObject* code, int instr_index);
void code_free_caches(CodeObject* code);

void init_code_type();

}  // namespace pygen
