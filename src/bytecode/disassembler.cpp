// See disassembler.h. Operand meanings follow the comments in opcodes.def.
#include "bytecode/disassembler.h"

#include <cstdio>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

std::string repr_text(Object* o) {
    if (is_code(o)) return "<code " + std::string(str_view(static_cast<CodeObject*>(o)->qualname)) + ">";
    Ref<> r = Ref<>::steal(object_repr(o));
    if (!r) {
        err_clear();
        return "?";
    }
    return std::string(str_view(r.get()));
}

std::string operand_text(CodeObject* co, Opcode op, uint32_t arg) {
    switch (base_opcode(op)) {   // a quickened instruction keeps its generic form's operand
    case LOAD_CONST:
    case KW_NAMES:
        return static_cast<ssize>(arg) < tuple_size(co->consts) ? repr_text(tuple_item(co->consts, arg)) : "?";
    case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL:
    case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
        return static_cast<ssize>(arg) < tuple_size(co->names) ? std::string(str_view(tuple_item(co->names, arg))) : "?";
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST: case LOAD_DEREF: case LOAD_CLASSDEREF: case STORE_DEREF:
    case DELETE_DEREF: case LOAD_CLOSURE:
        return static_cast<ssize>(arg) < tuple_size(co->localsplus_names)
                   ? std::string(str_view(tuple_item(co->localsplus_names, arg)))
                   : "?";
    case BINARY_OP:
        return std::string(binop_symbol(static_cast<BinOp>(arg & 15))) + ((arg & kInplaceFlag) ? "=" : "");
    case COMPARE_OP: {
        static const char* const ops[] = {"<", "<=", "==", "!=", ">", ">="};
        return arg < 6 ? ops[arg] : "?";
    }
    default:
        if (opcode_has_jump(op)) return "to " + std::to_string(arg);
        return "";
    }
}

}  // namespace

std::string disassemble(CodeObject* co, bool recursive) {
    std::string out = "Disassembly of " + std::string(str_view(co->qualname)) + ":\n";
    int last_line = -2;
    for (size_t i = 0; i < co->instrs.size(); ++i) {
        Instr in = co->instrs[i];
        Opcode op = instr_op(in);
        uint32_t arg = instr_arg(in);
        int line = co->lines[i];
        char buf[96];
        if (line != last_line) snprintf(buf, sizeof buf, "%4d %5zu %-22s", line, i, opcode_name(op));
        else snprintf(buf, sizeof buf, "     %5zu %-22s", i, opcode_name(op));
        last_line = line;
        out += buf;
        if (out.back() != ' ') out += ' ';   // a quickened form's name may fill the column
        std::string operand = operand_text(co, op, arg);
        out += std::to_string(arg);
        if (!operand.empty()) out += " (" + operand + ")";
        out += "\n";
    }
    if (!co->exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionTableEntry& e : co->exception_table) {
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) +
                   " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
        }
    }
    if (recursive) {
        for (ssize i = 0; i < tuple_size(co->consts); ++i) {
            Object* c = tuple_item(co->consts, i);
            if (is_code(c)) out += "\n" + disassemble(static_cast<CodeObject*>(c), true);
        }
    }
    return out;
}

}  // namespace pygen
