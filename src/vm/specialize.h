// The specializing interpreter's data and decisions (PEP 659, in pygen's own shape). A code object
// that has warmed up (entered or looped kWarmupCount times) gets one InlineCache per instruction;
// from then on a generic instruction that may be specialized counts down in its cache and, at
// zero, asks specialize_* to rewrite it in place into a quickened form (bytecode/opcodes_quick.def)
// that works from the cached facts. A quickened form checks its guards on every run; a failed guard
// runs the generic code and costs one "miss", and when the misses run out the instruction turns
// back into its generic form with an exponentially growing wait before the next attempt.
// The eval loop (eval.cpp, eval_quick.inc) owns the fast paths; this file owns the decisions.
// CPython counterpart: Python/specialize.c.
#pragma once

#include <cstdint>

#include "objects/code.h"
#include "objects/inline_cache.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/object.h"
#include "objects/str.h"

namespace pygen {

// How entries and back jumps a code object sees before it gets caches.
constexpr int32_t kWarmupCount = 8;
// Misses a quickened instruction may take before it turns back into its generic form.
constexpr uint16_t kMissBudget = 32;


// Gives `co` its caches (every instruction generic, due for an attempt at its next run). Does
// nothing when memory is short: the code then simply keeps running generically.
void quicken(CodeObject* co);

// The dict entry position holding exactly `key` (identity, as the quickened forms check), or -1.
ssize dict_entry_index_of(Object* dict, Object* key);
// The position LOAD_ATTR_INSTANCE caches for owner's attribute `name` (owner's type has a plain
// __dict__ slot), or -1 when the name is not there: its dict entry position or, for a class with
// inline values, its position in the class's shared keys (also required of a dict made from them).
ssize instance_attr_position(Object* owner, Object* name);

// Each tries to specialize instruction `i` of `co` for the operands at hand; on success the
// instruction is rewritten and its cache filled (the caller re-runs it), else its wait grows.
// They never raise (any exception is cleared). They run no Python code, except that looking a
// name up in globals that also hold non-str keys may call such a key's __eq__.
bool specialize_load_attr(CodeObject* co, int i, Object* owner, Object* name);
bool specialize_load_method(CodeObject* co, int i, Object* owner, Object* name);
bool specialize_load_global(CodeObject* co, int i, Object* globals, Object* builtins, Object* name);
bool specialize_store_attr(CodeObject* co, int i, Object* owner, Object* name);
bool specialize_binary_op(CodeObject* co, int i, Object* lhs, Object* rhs, int op);   // op: a BinOp
bool specialize_compare_op(CodeObject* co, int i, Object* lhs, Object* rhs, int op);  // op: a CompareOp
bool specialize_subscr(CodeObject* co, int i, Object* container, Object* key, bool is_store);
bool specialize_unpack_sequence(CodeObject* co, int i, Object* seq, uint32_t count);
bool specialize_for_iter(CodeObject* co, int i, Object* iter);
// callable as CALL will call it, with nargs arguments in all (self included for a method).
bool specialize_call(CodeObject* co, int i, Object* callable, uint32_t nargs, Object* kwnames);

// Polymorphic sites. LOAD_ATTR_INSTANCE, STORE_ATTR_INSTANCE, LOAD_ATTR_PROPERTY and
// LOAD_METHOD_CACHED may serve up to three types at once when the cached fact holds for each (the
// same dict entry index, the same getter, the same method: a method inherited by several
// subclasses, instances of a hierarchy initialised by one __init__). The primary tag is `version`;
// the two halves of `keys_version`, unused by these forms, hold the others (0 = free).
inline bool cache_serves_type(const InlineCache* c, uint32_t tag) {
    return tag == c->version ||
           (tag != 0 && (tag == static_cast<uint32_t>(c->keys_version) || tag == static_cast<uint32_t>(c->keys_version >> 32)));
}
// After a failed type guard of one of those forms: adds owner's type to the site when the cached
// fact holds for it too (the caller then re-runs the instruction). False when it does not or the
// site is full. Never raises.
bool specialize_add_type(CodeObject* co, int i, Object* owner, Object* name);

// A quickened instruction `i` whose guard failed: counts the miss and, when the budget is spent,
// turns it back into its generic form.
void specialization_miss(CodeObject* co, int i);

// The generic instruction words of `co` (what the compiler made), for copies of a code object.
void code_base_instrs(CodeObject* co, std::vector<Instr>* out);

// Operand tests shared by the specializer and the quickened forms.
inline bool is_small_int(Object* o) { return is_int_exact(o) && !static_cast<IntObject*>(o)->is_big; }
inline int64_t small_int_value(Object* o) { return static_cast<IntObject*>(o)->small; }
inline bool small_int_binop_supported(BinOp op) {
    return op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul || op == BinOp::And || op == BinOp::Or ||
           op == BinOp::Xor || op == BinOp::Mod || op == BinOp::FloorDiv || op == BinOp::RShift || op == BinOp::LShift;
}
// COMPARE_OP_FLOAT's operands: a float, or an int of at most 53 bits, which a double holds
// exactly (CPython compares int with float exactly; for these ints the double comparison is the
// exact one, NaN and infinities included).
inline bool float_compare_operand(Object* o, double* out) {
    if (o->type == &FloatType) {
        *out = float_value(o);
        return true;
    }
    if (!is_small_int(o)) return false;
    int64_t v = small_int_value(o);
    constexpr int64_t kExact = int64_t{1} << 53;
    if (v < -kExact || v > kExact) return false;
    *out = static_cast<double>(v);
    return true;
}
inline bool float_binop_supported(BinOp op) {
    return op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul || op == BinOp::TrueDiv;
}

// Instance layout the quickened attribute forms rely on: the __dict__ slot is at a fixed offset.
inline bool has_plain_dict_slot(TypeObject* tp) {
    return tp->dictoffset > 0 && !type_has(tp, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass);
}
inline Object* plain_dict_of(Object* o) {
    return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + o->type->dictoffset);
}

// The instance attribute LOAD_ATTR_INSTANCE / LOAD_METHOD_INSTANCE cached at `index` (see
// instance_attr_position), borrowed, or null when it is no longer there. The type's version must
// have been checked (it guarantees the plain __dict__ slot).
inline Object* instance_attr_at(Object* owner, uint32_t index, Object* name) {
    auto* d = static_cast<DictObject*>(plain_dict_of(owner));
    if (!d) {
        if (!has_inline_values(owner->type)) return nullptr;
        InlineValues* iv = inline_values_of(owner);
        return index < iv->size ? iv->values()[index] : nullptr;
    }
    return index < d->entries_used && dict_entry(d, index)->key == name ? dict_entry(d, index)->value : nullptr;
}

// The key-filter bit LOAD_METHOD_CACHED and the class-attribute forms keep in `aux`: bit
// (hash & 63) of the name, or 64 when the type's instances have no __dict__.
inline uint32_t shadow_filter_bit(TypeObject* tp, Object* name) {
    return tp->dictoffset > 0 ? static_cast<uint32_t>(static_cast<uint64_t>(str_hash(name)) & 63) : 64;
}

// Whether owner's instance dict (or inline values) holds `name`, which hides a class attribute
// that is not a data descriptor: 1 yes, 0 no, -1 on an error (a key's __eq__ raised). `bit` is
// shadow_filter_bit's; the dict's key filter proves most names absent without a probe. The type's
// version must have been checked (plain __dict__ slot when bit < 64).
inline int instance_shadows(Object* owner, Object* name, uint32_t bit) {
    if (bit >= 64) return 0;
    auto* d = static_cast<DictObject*>(plain_dict_of(owner));
    if (d) {
        if (!((d->key_bits >> bit) & 1)) return 0;
        if (dict_getitem_known_hash(d, name, str_hash(name))) return 1;
        return err_occurred() ? -1 : 0;
    }
    return has_inline_values(owner->type) && inline_values_has(owner, name, bit) ? 1 : 0;
}

}  // namespace pygen
