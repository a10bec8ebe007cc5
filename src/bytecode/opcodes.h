// Instruction encoding shared by the compiler and the VM. An instruction is one 32-bit word:
// the opcode in the low 8 bits and the operand in the high 24 bits (EXTENDED_ARG supplies more).
// f_lasti and every jump target count instructions, not bytes (pygen's own units).
#pragma once

#include <cstdint>
#include <string>

namespace pygen {

enum Opcode : uint8_t {
#define OPCODE(name, pops, pushes, jump, doc) name,
#include "bytecode/opcodes.def"
#undef OPCODE
    kFirstQuickOpcode,   // not an instruction: the quickened forms follow
#define QUICK(name, base, doc) name,
#include "bytecode/opcodes_quick.def"
#undef QUICK
    kOpcodeCount
};
static_assert(kOpcodeCount <= 256, "opcodes are 8 bits");

using Instr = uint32_t;
constexpr uint32_t kMaxInlineArg = (1u << 24) - 1;

inline Instr make_instr(Opcode op, uint32_t arg) { return static_cast<Instr>(op) | (arg << 8); }
inline Opcode instr_op(Instr i) { return static_cast<Opcode>(i & 0xff); }
inline uint32_t instr_arg(Instr i) { return i >> 8; }

const char* opcode_name(int op);
// The generic instruction a quickened one specializes (itself for a generic instruction).
Opcode base_opcode(int op);
bool opcode_has_jump(int op);
// Net change of the value stack when the instruction runs; `jump` selects the branch-taken effect.
int stack_effect(int op, int arg, bool jump);

// Flags of BINARY_OP: the BinOp value, plus this for the in-place form.
constexpr int kInplaceFlag = 16;

// MAKE_FUNCTION flags.
enum MakeFunctionFlags : int { kMakeDefaults = 1, kMakeKwDefaults = 2, kMakeAnnotations = 4, kMakeClosure = 8 };

}  // namespace pygen
