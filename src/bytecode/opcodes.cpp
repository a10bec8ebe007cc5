// Opcode names, jump flags and stack effects. The stack effect table is what the assembler's
// stack-depth analysis uses to size frames, so every entry must agree with the eval loop.
#include "bytecode/opcodes.h"

namespace pygen {

namespace {
struct OpInfo { const char* name; bool jump; };
constexpr OpInfo kOps[] = {
#define OPCODE(name, pops, pushes, jump, doc) {#name, jump != 0},
#include "bytecode/opcodes.def"
#undef OPCODE
    {"<none>", false},
#define QUICK(name, base, doc) {#name, false},
#include "bytecode/opcodes_quick.def"
#undef QUICK
};
constexpr Opcode kQuickBase[] = {
#define QUICK(name, base, doc) base,
#include "bytecode/opcodes_quick.def"
#undef QUICK
};
}  // namespace

Opcode base_opcode(int op) {
    return op > kFirstQuickOpcode && op < kOpcodeCount ? kQuickBase[op - kFirstQuickOpcode - 1] : static_cast<Opcode>(op);
}

const char* opcode_name(int op) { return op >= 0 && op < kOpcodeCount ? kOps[op].name : "<bad>"; }
bool opcode_has_jump(int op) { return op >= 0 && op < kOpcodeCount && kOps[base_opcode(op)].jump; }

int stack_effect(int op, int arg, bool jump) {
    switch (base_opcode(op)) {
    case NOP: case EXTENDED_ARG: case RETURN_GENERATOR: case SETUP_ANNOTATIONS: case KW_NAMES:
    case SWAP: case DELETE_FAST: case DELETE_NAME: case DELETE_GLOBAL: case DELETE_DEREF:
    case JUMP:
        return 0;
    case POP_TOP: case PRINT_EXPR: case STORE_FAST: case STORE_NAME: case STORE_GLOBAL: case STORE_DEREF:
    case DELETE_ATTR: case POP_EXCEPT: case IMPORT_STAR: case LIST_APPEND: case SET_ADD:
    case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE: case RETURN_VALUE:
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
    case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case BINARY_SUBSCR:
    case IMPORT_NAME: case RERAISE: case PREP_RERAISE_STAR:
        return -1;
    case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_NAME: case LOAD_GLOBAL:
    case LOAD_DEREF: case LOAD_CLASSDEREF: case LOAD_CLOSURE: case LOAD_METHOD: case PUSH_EXC_INFO:
    case LOAD_ASSERTION_ERROR: case BEFORE_WITH: case WITH_EXCEPT_START: case LOAD_BUILD_CLASS:
    case IMPORT_FROM: case GET_ANEXT: case BEFORE_ASYNC_WITH:
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
        return 1;
    case MATCH_CLASS:
        return -2;
    case LOAD_ATTR: case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_INVERT: case UNARY_NOT:
    case LIST_TO_TUPLE: case GET_ITER: case GET_YIELD_FROM_ITER: case YIELD_VALUE:
    case GET_AWAITABLE: case GET_AITER: case ASYNC_GEN_WRAP: case CHECK_EXC_MATCH: case CHECK_EG_MATCH:
        return 0;
    case STORE_ATTR: case DELETE_SUBSCR: case MAP_ADD: case END_ASYNC_FOR:
        return -2;
    case STORE_SUBSCR:
        return -3;
    case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
        return 1 - arg;
    case BUILD_MAP:
        return 1 - 2 * arg;
    case FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case UNPACK_SEQUENCE:
        return arg - 1;
    case UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case FOR_ITER:
        return jump ? -1 : 1;
    case SEND:
        return jump ? -1 : 0;
    case CALL:
        return -1 - arg;
    case CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case MAKE_FUNCTION: {
        int n = 0;
        for (int bit = 1; bit <= 8; bit <<= 1)
            if (arg & bit) ++n;
        return -n;   // pops the code object and the extras, pushes the function
    }
    case RAISE_VARARGS:
        return -arg;
    default:
        return 0;
    }
}

}  // namespace pygen
