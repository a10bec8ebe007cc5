// The assembler: turns a CodeUnit into a CodeObject. Resolves label operands to instruction
// indexes, folds the per-instruction handler marks into the exception table, and computes the
// maximum stack depth by walking every path (including into handlers).
// CPython counterpart: Python/compile.c (assemble, stackdepth, assemble_exception_table).
#include <algorithm>

#include "compiler/codegen.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

bool is_terminator(int op) {
    return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

// Returns -1 when the bytecode is inconsistent (a compiler bug, reported as an error).
int compute_stack_depth(const std::vector<PendingInstr>& code, const std::vector<Handler>& handlers,
                        const std::vector<int>& label_pos) {
    size_t n = code.size();
    std::vector<int> depth_at(n, -1);
    std::vector<std::pair<size_t, int>> work;
    int max_depth = 0;
    auto push = [&](size_t at, int depth) {
        if (at >= n) return;
        if (depth_at[at] >= depth) return;
        depth_at[at] = depth;
        work.push_back({at, depth});
    };
    push(0, 0);
    for (const Handler& h : handlers) {
        if (label_pos[h.label] >= 0) push(label_pos[h.label], h.depth + 1 + (h.push_lasti ? 1 : 0));
    }
    while (!work.empty()) {
        auto [i, depth] = work.back();
        work.pop_back();
        for (; i < n; ++i) {
            if (depth_at[i] > depth) break;
            depth_at[i] = depth;
            const PendingInstr& in = code[i];
            max_depth = std::max(max_depth, depth);
            if (opcode_has_jump(in.op)) {
                int taken = depth + stack_effect(in.op, in.arg, true);
                if (taken < 0) return -1;
                max_depth = std::max(max_depth, taken);
                push(label_pos[in.arg], taken);
            }
            int next = depth + stack_effect(in.op, in.arg, false);
            if (next < 0) return -1;
            // Instructions push before they pop in a few cases (CALL's result, UNPACK); give them room.
            max_depth = std::max(max_depth, next);
            if (is_terminator(in.op)) break;
            depth = next;
            if (i + 1 < n && depth_at[i + 1] >= depth) break;
        }
    }
    return max_depth;
}

}  // namespace

CodeObject* assemble(CodeUnit& cu, const std::string& filename) {
    for (const PendingInstr& in : cu.instrs) {
        if (opcode_has_jump(in.op) && (in.arg < 0 || cu.label_pos[in.arg] < 0)) return nullptr;
        if (static_cast<uint32_t>(in.arg) > kMaxInlineArg) return nullptr;
    }
    int depth = compute_stack_depth(cu.instrs, cu.handlers, cu.label_pos);
    if (depth < 0) return nullptr;

    // Owned until returned: the vectors below may throw std::bad_alloc (MemoryError).
    Ref<CodeObject> code = Ref<CodeObject>::steal(code_new());
    if (!code) return nullptr;   // MemoryError pending
    code->instrs.reserve(cu.instrs.size());
    code->lines.reserve(cu.instrs.size());
    for (const PendingInstr& in : cu.instrs) {
        int arg = opcode_has_jump(in.op) ? cu.label_pos[in.arg] : in.arg;
        code->instrs.push_back(make_instr(in.op, static_cast<uint32_t>(arg)));
        code->lines.push_back(in.line);
        code->spans.push_back({in.end_line, in.col, in.end_col});
    }
    // Runs of instructions under the same innermost handler become one table entry.
    for (size_t i = 0; i < cu.instrs.size();) {
        int h = cu.instrs[i].handler;
        size_t j = i + 1;
        while (j < cu.instrs.size() && cu.instrs[j].handler == h) ++j;
        if (h >= 0) {
            const Handler& hd = cu.handlers[h];
            code->exception_table.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                             static_cast<uint32_t>(cu.label_pos[hd.label]),
                                             static_cast<uint16_t>(hd.depth), hd.push_lasti});
        }
        i = j;
    }
    // Under a sandbox memory cap any of these may fail (MemoryError pending): the caller reports
    // it as such, and the code object, with what it got so far, is dropped.
    code->consts = tuple_new(static_cast<ssize>(cu.consts.size()));
    code->names = tuple_new(static_cast<ssize>(cu.names.size()));
    code->localsplus_names = tuple_new(static_cast<ssize>(cu.slot_names.size()));
    code->name = str_intern(cu.name);
    code->qualname = str_from(cu.qualname);
    code->filename = str_from(filename);
    if (!code->consts || !code->names || !code->localsplus_names || !code->name || !code->qualname ||
        !code->filename)
        return nullptr;
    for (size_t i = 0; i < cu.consts.size(); ++i) tuple_items(code->consts)[i] = cu.consts[i];
    cu.consts.clear();
    bool interned = true;
    for (size_t i = 0; i < cu.names.size(); ++i)
        interned = (tuple_items(code->names)[i] = str_intern(cu.names[i])) && interned;
    for (size_t i = 0; i < cu.slot_names.size(); ++i)
        interned = (tuple_items(code->localsplus_names)[i] = str_intern(cu.slot_names[i])) && interned;
    if (!interned) return nullptr;
    code->local_kinds = cu.slot_kinds;
    code->argcount = cu.argcount;
    code->posonlyargcount = cu.posonlyargcount;
    code->kwonlyargcount = cu.kwonlyargcount;
    code->flags = cu.flags | (cu.nfrees == 0 && cu.ncells == 0 ? kCoNoFree : 0);
    code->nlocalsplus = static_cast<int>(cu.slot_names.size());
    code->nlocals = cu.nlocals;
    code->ncellvars = cu.ncells;
    code->nfreevars = cu.nfrees;
    code->stacksize = depth + 1;
    code->firstlineno = cu.firstlineno;
    return code.release();
}

}  // namespace pygen
