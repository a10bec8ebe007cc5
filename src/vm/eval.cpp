// The eval loop. One C++ invocation runs an entry frame and every Python frame it calls inline;
// a frame switch saves the stack depth in the frame and continues the loop in the callee. Errors
// unwind through the per-code exception table; an exception that leaves a frame adds a traceback
// entry in each frame it passes. YIELD_VALUE stores the stack depth and leaves the loop so the
// generator that owns the frame can resume it later exactly there.
// CPython counterpart: Python/ceval.c.
#include "vm/eval.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>

#include "modules/sys_module.h"   // sys_call_displayhook (PRINT_EXPR)
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/genobject.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/seq_slice.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/call.h"
#include "vm/eval_support.h"
#include "vm/frame_alloc.h"
#include "vm/gc.h"
#include "vm/match.h"
#include "vm/signals.h"
#include "vm/specialize.h"
#include "vm/thread_state.h"
#include "vm/trace.h"
#include "vm/traceback.h"

namespace pygen {

namespace {

// The innermost exception-table entry covering instruction `index`, or null.
const ExceptionTableEntry* find_handler(CodeObject* code, int index) {
    for (const ExceptionTableEntry& e : code->exception_table)
        if (static_cast<uint32_t>(index) >= e.start && static_cast<uint32_t>(index) < e.end) return &e;
    return nullptr;
}

Object* load_global(Frame* f, Object* name) {
    Object* globals = f->globals();
    Object* v;
    if (is_dict_exact(globals)) {
        v = dict_getitem(globals, name);
        if (v) return incref(v);
        if (err_occurred()) return nullptr;
    } else {
        // A dict subclass as globals: its __getitem__ (and __missing__) answer, and only KeyError
        // means "not there", as CPython 3.11's LOAD_GLOBAL slow path (PyObject_GetItem).
        v = object_getitem(globals, name);
        if (v || !err_matches(KeyError)) return v;
        err_clear();
    }
    if (Object* foreign = f->func->builtins_foreign) {
        // Not an exact dict: its __getitem__ answers, and only KeyError means "not there".
        v = object_getitem(foreign, name);
        if (!v && err_matches(KeyError)) {
            err_clear();
            format_name_error(name);
        }
        return v;
    }
    v = dict_getitem(f->builtins(), name);
    if (v) return incref(v);
    if (!err_occurred()) format_name_error(name);
    return nullptr;
}

// builtins.__build_class__ for LOAD_BUILD_CLASS (new reference).
Object* build_class_function(Frame* f) {
    Object* bc;
    if (Object* foreign = f->func->builtins_foreign) {
        Ref<> key = Ref<>::steal(str_from_cstr("__build_class__"));
        bc = key ? object_getitem(foreign, key.get()) : nullptr;
        if (bc || !err_matches(KeyError)) return bc;
        err_clear();
    } else if ((bc = dict_getitem_str(f->builtins(), "__build_class__"))) {
        return newref(bc);
    }
    return err_set_string(NameError, "__build_class__ not found");
}

// int_from_i64 forced inline: eval_frame is too large for GCC to inline it by itself, and the
// out-of-line call was 3% of the integer benchmarks' instructions.
[[gnu::always_inline]] inline Object* new_int(int64_t v) {
    if (v >= int_cache::kSmallMin && v <= int_cache::kSmallMax) return incref(&int_cache::small[v - int_cache::kSmallMin]);
    if (int_cache::free_count > 0) [[likely]] {
        IntObject* r = int_cache::free_list[--int_cache::free_count];
        r->refcnt = 1;
        r->small = v;
        return r;
    }
    return int_from_i64_alloc(v);
}

// a `op` b for the operators small_int_binop_supported accepts; null (no exception) when the
// result needs the general code (overflow, division by zero, negative shift).
[[gnu::always_inline]] inline Object* small_int_binop(BinOp op, int64_t a, int64_t b) {
    int64_t r;
    switch (op) {
    case BinOp::Add: return __builtin_add_overflow(a, b, &r) ? nullptr : new_int(r);
    case BinOp::Sub: return __builtin_sub_overflow(a, b, &r) ? nullptr : new_int(r);
    case BinOp::Mul: return __builtin_mul_overflow(a, b, &r) ? nullptr : new_int(r);
    case BinOp::And: return new_int(a & b);
    case BinOp::Or: return new_int(a | b);
    case BinOp::Xor: return new_int(a ^ b);
    case BinOp::Mod:
    case BinOp::FloorDiv: {
        // Python rounds the quotient towards minus infinity; INT64_MIN // -1 overflows.
        if (b == 0 || (a == INT64_MIN && b == -1)) return nullptr;
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            m += b;
            --q;
        }
        return new_int(op == BinOp::Mod ? m : q);
    }
    case BinOp::LShift: {
        // Exact when shifting back gives a again; anything wider goes to the general code.
        if (b < 0 || b >= 64) return a == 0 && b >= 0 ? new_int(0) : nullptr;
        int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
        return (r >> b) == a ? new_int(r) : nullptr;
    }
    case BinOp::RShift:
        if (b < 0) return nullptr;
        return new_int(b >= 64 ? (a < 0 ? -1 : 0) : (a >> b));
    default:
        return nullptr;
    }
}

// The other operators of the per-operator int handlers (eval_quick.inc, INT_BINOP), in the form
// of __builtin_add_overflow: true when the result needs the general code (a zero divisor, the
// one overflowing quotient, a negative shift count), which then raises or widens.
[[gnu::always_inline]] inline bool int_and_i64(int64_t a, int64_t b, int64_t* r) { *r = a & b; return false; }
[[gnu::always_inline]] inline bool int_or_i64(int64_t a, int64_t b, int64_t* r) { *r = a | b; return false; }
[[gnu::always_inline]] inline bool int_xor_i64(int64_t a, int64_t b, int64_t* r) { *r = a ^ b; return false; }
// Operands that are both non-negative and below 2^32 (i % 3, n % 1000003) are divided as
// 32-bit unsigned numbers: the 64-bit signed divide takes several times as many cycles on the x86
// cores this runs on, and the result is the same.
[[gnu::always_inline]] inline bool both_u32(int64_t a, int64_t b) {
    return (static_cast<uint64_t>(a) | static_cast<uint64_t>(b)) <= UINT32_MAX;
}
[[gnu::always_inline]] inline bool int_mod_i64(int64_t a, int64_t b, int64_t* r) {
    if (b == 0 || (a == INT64_MIN && b == -1)) return true;
    if (both_u32(a, b)) {
        *r = static_cast<uint32_t>(a) % static_cast<uint32_t>(b);
        return false;
    }
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;   // the sign of the divisor, as Python's %
    *r = m;
    return false;
}
[[gnu::always_inline]] inline bool int_floordiv_i64(int64_t a, int64_t b, int64_t* r) {
    if (b == 0 || (a == INT64_MIN && b == -1)) return true;
    if (both_u32(a, b)) {
        *r = static_cast<uint32_t>(a) / static_cast<uint32_t>(b);
        return false;
    }
    int64_t q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) --q;   // rounded towards minus infinity
    *r = q;
    return false;
}
[[gnu::always_inline]] inline bool int_rshift_i64(int64_t a, int64_t b, int64_t* r) {
    if (b < 0) return true;
    *r = b >= 64 ? (a < 0 ? -1 : 0) : (a >> b);
    return false;
}

// The operation of a quickened BINARY_OP word `op` (its per-operator int and float forms) on
// operands read from locals or constants, for the fused loads (LOAD_FAST__LOAD_FAST__BINOP,
// LOAD_FAST__LOAD_CONST__BINOP): a new reference, or null when these operands or that word
// need the unfused instructions (other types, an overflow, a zero divisor, a form it does not
// cover; also a failed allocation, which the unfused instruction then meets and raises).
[[gnu::always_inline]] inline bool both_float(Object* a, Object* b) {
    return a->type == &FloatType && b->type == &FloatType;
}
[[gnu::always_inline]] inline bool both_small_int(Object* a, Object* b) {
    return is_small_int(a) && is_small_int(b);
}

// Switches on the form first, so each form checks only its own operand types (a float check
// before every int operation cost a load and a branch per use).
[[gnu::always_inline]] inline Object* fused_binop(Opcode op, Object* a, Object* b) {
    int64_t r;
    bool general;
#define INT_FORM(form, compute)                                           \
    case form:                                                            \
        if (!both_small_int(a, b)) return nullptr;                        \
        general = compute(small_int_value(a), small_int_value(b), &r);    \
        break;
    switch (op) {
    case BINARY_OP_ADD_FLOAT: return both_float(a, b) ? float_from(float_value(a) + float_value(b)) : nullptr;
    case BINARY_OP_SUB_FLOAT: return both_float(a, b) ? float_from(float_value(a) - float_value(b)) : nullptr;
    case BINARY_OP_MUL_FLOAT: return both_float(a, b) ? float_from(float_value(a) * float_value(b)) : nullptr;
    INT_FORM(BINARY_OP_ADD_INT, __builtin_add_overflow)
    INT_FORM(BINARY_OP_SUB_INT, __builtin_sub_overflow)
    INT_FORM(BINARY_OP_MUL_INT, __builtin_mul_overflow)
    INT_FORM(BINARY_OP_AND_INT, int_and_i64)
    INT_FORM(BINARY_OP_OR_INT, int_or_i64)
    INT_FORM(BINARY_OP_XOR_INT, int_xor_i64)
    INT_FORM(BINARY_OP_MOD_INT, int_mod_i64)
    INT_FORM(BINARY_OP_FLOORDIV_INT, int_floordiv_i64)
    INT_FORM(BINARY_OP_RSHIFT_INT, int_rshift_i64)
    default: return nullptr;
    }
#undef INT_FORM
    return general ? nullptr : new_int(r);
}

// decref for an operand known to be an exact int that fits in 64 bits: the last reference
// parks it on the int free list (what int_dealloc would do) without the call through the type.
inline void decref_small_int(Object* o) {
    if (--o->refcnt != 0) return;
    if (int_cache::free_count < int_cache::kFreeListMax) int_cache::free_list[int_cache::free_count++] = static_cast<IntObject*>(o);
    else object_dealloc(o);
}

// decref for values the loop drops all the time (a local overwritten, a result popped): the
// numbers that die here go straight back to their free lists, anything else to its dealloc.
inline void decref_value(Object* o) {
    if (--o->refcnt != 0) return;
    if (o->type == &FloatType && float_release_exact(o)) return;
    if (o->type == &IntType && !static_cast<IntObject*>(o)->is_big && int_cache::free_count < int_cache::kFreeListMax) {
        int_cache::free_list[int_cache::free_count++] = static_cast<IntObject*>(o);
        return;
    }
    object_dealloc(o);
}

// The double value of an exact float or a small int (which converts exactly when |v| <= 2^53, and
// otherwise rounds to nearest as int.__float__ does). False for anything else.
inline bool as_double(Object* o, double* out) {
    if (o->type == &FloatType) {
        *out = float_value(o);
        return true;
    }
    if (is_small_int(o)) {
        *out = static_cast<double>(small_int_value(o));
        return true;
    }
    return false;
}

inline bool compare_result(CompareOp op, int cmp3) {   // cmp3: <0, 0, >0
    switch (op) {
    case CompareOp::Lt: return cmp3 < 0;
    case CompareOp::Le: return cmp3 <= 0;
    case CompareOp::Eq: return cmp3 == 0;
    case CompareOp::Ne: return cmp3 != 0;
    case CompareOp::Gt: return cmp3 > 0;
    case CompareOp::Ge: return cmp3 >= 0;
    }
    return false;
}

// A generator frame resumed inline hands the thread's handled-exception stack back to its resumer
// (the exit half of what gen_send_ex2 does around eval_frame).
inline void unlink_exc_state(ThreadState* t, GenObject* g) {
    t->exc_info = g->exc_state.previous_item;
    g->exc_state.previous_item = nullptr;
}

void unbound_local(Frame* f, int slot) {
    Object* name = tuple_item(f->code->localsplus_names, slot);
    if (f->code->local_kinds[slot] & kLocalFree) {
        err_format(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                   str_cstr(name));
        set_name_error_name(name);
    } else
        err_format(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                   str_cstr(name));
}

// How an eval loop variant starts (EvalPoint): the eval loop has a plain variant and a tracing
// variant (sys.settrace / sys.setprofile, vm/trace.h), and one hands the running frames to the
// other at a few points by returning kSwitchVariant to eval_frame, which runs the other.
enum class EvalStart : uint8_t {
    Enter,      // the entry frame starts or is resumed: 'call' event
    Throw,      // the same with generator.throw's exception pending
    Continue,   // run the instruction at ip (its 'line' event is decided as usual)
    Redo,       // run the instruction at ip, which already had its events (RETURN_VALUE, ...)
    EnterNew,   // the plain loop just linked frame f (a call): 'call' event, then run it
    Error,      // an exception was raised by the instruction before ip: the `error` path
    Unwind,     // an exception is unwinding from the instruction before ip
};

struct EvalPoint {
    Frame* f;   // the frame executing in this eval_frame invocation (entry or one it called)
    int ip;     // the next instruction (meaning set by `start`)
    EvalStart start;
};

Object g_switch_variant_marker;   // never a value: its address says "run the other variant"
Object* const kSwitchVariant = &g_switch_variant_marker;

// The generic instruction of each opcode: the tracing variant runs every instruction in its
// generic form, so superinstructions and specialized calls see their events (CPython 3.11 does
// the same with _PyOpcode_Deopt while tracing).
struct BaseOpcodeTable {
    uint8_t base[kOpcodeCount];
    constexpr BaseOpcodeTable() : base() {
        int i = 0;
#define OPCODE(name, pops, pushes, jump, doc) base[i] = static_cast<uint8_t>(name), ++i;
#include "bytecode/opcodes.def"
#undef OPCODE
        base[i] = static_cast<uint8_t>(kFirstQuickOpcode);
        ++i;
#define QUICK(name, b, doc) base[i] = static_cast<uint8_t>(b), ++i;
#include "bytecode/opcodes_quick.def"
#undef QUICK
    }
};
constexpr BaseOpcodeTable kBaseOpcodes;

inline Instr generic_form(Instr in) {
    return (in & ~static_cast<Instr>(0xff)) | kBaseOpcodes.base[instr_op(in)];
}

template <bool kTracing>
Object* eval_loop(Frame* entry, EvalPoint& at);

}  // namespace

Object* eval_frame(Frame* entry, bool throwing) {
    ThreadState* t = ts();
    if (t->recursion_depth >= t->recursion_limit) {
        raise_recursion_error("");
        return nullptr;
    }
    ++t->recursion_depth;
    entry->is_entry = true;
    entry->back = t->frame;
    entry->is_executing = true;
    t->frame = entry;
    EvalPoint at{entry, entry->lasti + 1, throwing ? EvalStart::Throw : EvalStart::Enter};
    for (;;) {
        Object* r = t->use_tracing ? eval_loop<true>(entry, at) : eval_loop<false>(entry, at);
        if (r != kSwitchVariant) [[likely]] return r;
    }
}

namespace {

// One variant of the loop. kTracing adds the events of vm/trace.h; the plain variant only checks
// ThreadState::use_tracing where it already does work (a call, a return, a back edge, an error)
// and hands over there.
template <bool kTracing>
Object* eval_loop(Frame* entry, EvalPoint& at) {
    ThreadState* t = ts();
    Frame* f = at.f;

    CodeObject* co;
    const Instr* code;
    Object** consts;
    Object** names;
    // The locals are read through `f` (they sit at a fixed offset in the frame) rather than a
    // pointer of their own: one register fewer for GCC to spill and reload in every handler.
#define fast (f->localsplus)
    Object** sp;
    int ip;
    Object* kwnames = nullptr;   // borrowed from co_consts; set by KW_NAMES for the next CALL
    Instr in;
    // The argument is decoded from `in` where used rather than kept in a variable of its own:
    // one value fewer live across every handler keeps the dispatch registers out of the stack.
#define oparg (instr_arg(in))

#define LOAD_FRAME()                                       \
    do {                                                   \
        co = f->code;                                      \
        code = co->instrs.data();                          \
        consts = tuple_items(co->consts);                  \
        names = tuple_items(co->names);                    \
        sp = f->stack_base() + f->stack_depth;             \
        ip = f->lasti + 1;                                 \
    } while (0)
#define SAVE_SP() (f->stack_depth = static_cast<int>(sp - f->stack_base()))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ssize>(n)])
#define JUMP_TO(target) (ip = static_cast<int>(target))
#define GOTO_ERROR() goto error

    // Threaded dispatch: every instruction ends with its own jump to the next one's handler.
    static void* const kDispatch[kOpcodeCount] = {
#define OPCODE(name, pops, pushes, jump, doc) &&op_##name,
#include "bytecode/opcodes.def"
#undef OPCODE
        &&op_unknown,
#define QUICK(name, base, doc) &&op_##name,
#include "bytecode/opcodes_quick.def"
#undef QUICK
    };
#ifdef PYGEN_OPCOUNT
    // Developer build (-DPYGEN_OPCOUNT): counts the instructions run, by opcode, printed at exit;
    // with valgrind's instruction counts it shows where an eval loop change helps.
    struct OpCounts {
        uint64_t n[kOpcodeCount] = {};
        ~OpCounts() {
            for (int i = 0; i < kOpcodeCount; ++i)
                if (n[i]) std::fprintf(stderr, "opcount %-32s %llu\n", opcode_name(i), static_cast<unsigned long long>(n[i]));
        }
    };
    static OpCounts op_counts;
#define COUNT_OP(op) (++op_counts.n[op])
#else
#define COUNT_OP(op) ((void)0)
#endif
#define DISPATCH()                          \
    do {                                    \
        in = code[ip];                      \
        COUNT_OP(instr_op(in));             \
        if constexpr (kTracing) {           \
            in = generic_form(in);          \
            if ((f->trace_flags & kFrameHasTrace) && t->trace_func && !t->tracing) goto trace_point; \
        }                                   \
        f->lasti = ip;                      \
        ++ip;                               \
        goto* kDispatch[instr_op(in)];      \
    } while (0)
    // Hands the frames to the other variant: the next instruction is `ip`, entered as `how`.
#define SWITCH_VARIANT(how)                 \
    do {                                    \
        SAVE_SP();                          \
        at.f = f;                           \
        at.ip = ip;                         \
        at.start = (how);                   \
        return kSwitchVariant;              \
    } while (0)
    // After a frame switch to a new frame (a call) or a resumed generator: its 'call' event, or
    // in the plain variant, the hand-over when tracing is on.
#define FRAME_ENTERED()                                                           \
    do {                                                                          \
        if constexpr (kTracing) {                                                 \
            if (trace_call(f) < 0) GOTO_ERROR();                                  \
        } else if (t->use_tracing) [[unlikely]] {                                 \
            SWITCH_VARIANT(EvalStart::EnterNew);                                  \
        }                                                                         \
    } while (0)

    // ---- Specialization (vm/specialize.h) ----
    // A code object gets its inline caches once it has been entered or has looped often enough.
#define WARMUP()                                                                  \
    do {                                                                          \
        if (!co->caches && ++co->warmup >= kWarmupCount) quicken(co);             \
    } while (0)
#define CACHE() (&co->caches[ip - 1])
    // The adaptive head of a generic instruction that has quickened forms: once its countdown
    // ends it tries `attempt` (a specialize_* call), and on success runs the instruction again in
    // its new form.
#define ADAPT(attempt)                                                            \
    do {                                                                          \
        if (!kTracing && co->caches && --co->caches[ip - 1].counter == 0 && (attempt)) { \
            --ip;                                                                 \
            DISPATCH();                                                           \
        }                                                                         \
    } while (0)
    // A quickened instruction's guard failed: count the miss and run the generic code.
#define MISS(base)                                                                \
    do {                                                                          \
        specialization_miss(co, ip - 1);                                          \
        goto generic_##base;                                                      \
    } while (0)
    // A jump to `target`, which may be a loop's back edge (JUMP, or the test copied to the bottom
    // of a while loop): there, the code may warm up, signal handlers run (vm/signals.h: one relaxed
    // load when none is pending; the flag is also kept set while tracing is on, or just turned
    // off, and the loop switches variants here). Any error is the jumping instruction's.
#define JUMP_CHECKED(target)                                                      \
    do {                                                                          \
        int target_ = static_cast<int>(target);                                   \
        if (target_ < ip) {                                                       \
            WARMUP();                                                             \
            if (g_signals_pending.load(std::memory_order_relaxed)) [[unlikely]] { \
                if (t->use_tracing != kTracing) {                                 \
                    JUMP_TO(target_);                                             \
                    SWITCH_VARIANT(EvalStart::Continue);                          \
                }                                                                 \
                if (signals_run_pending() < 0) GOTO_ERROR();                      \
            }                                                                     \
        }                                                                         \
        JUMP_TO(target_);                                                         \
    } while (0)
    // Switches the loop to `callee`, a frame just made for a call from this instruction.
#define ENTER_FRAME(callee)                                                       \
    do {                                                                          \
        Frame* callee_ = (callee);                                                \
        SAVE_SP();                                                                \
        ++t->recursion_depth;                                                     \
        callee_->back = f;                                                        \
        callee_->is_entry = false;                                                \
        callee_->is_executing = true;                                             \
        t->frame = callee_;                                                       \
        f = callee_;                                                              \
        LOAD_FRAME();                                                             \
        WARMUP();                                                                 \
        FRAME_ENTERED();                                                          \
    } while (0)

    // Resumes generator `g` (CREATED or SUSPENDED, exact generator/coroutine) in this same loop, as
    // CPython 3.12 does for FOR_ITER and SEND: no C++ recursion per resumption. `sent` is pushed
    // as the value of the suspended yield (ignored for a generator that has not started).
#define RESUME_GEN_INLINE(g, sent) RESUME_GEN_INLINE_AS(g, sent, kReturnValue)
    // `kind` (FrameReturn) says what the resuming instruction expects back: kReturnValue for
    // FOR_ITER and SEND, kReturnGenSend for a gen.send(v) call.
#define RESUME_GEN_INLINE_AS(g, sent, kind)                          \
    do {                                                             \
        GenObject* gen_ = (g);                                       \
        Frame* gf_ = gen_block_frame(gen_);                          \
        gf_->return_kind = (kind);                                   \
        if (gen_->frame_state == FrameState::Suspended)              \
            gf_->stack_base()[gf_->stack_depth++] = (sent);          \
        else                                                         \
            decref(sent);                                            \
        gen_->exc_state.previous_item = t->exc_info;                 \
        t->exc_info = &gen_->exc_state;                              \
        gen_->frame_state = FrameState::Executing;                   \
        SAVE_SP();                                                   \
        ++t->recursion_depth;                                        \
        gf_->back = f;                                               \
        gf_->is_entry = false;                                       \
        gf_->is_executing = true;                                    \
        t->frame = gf_;                                              \
        f = gf_;                                                     \
        LOAD_FRAME();                                                \
        FRAME_ENTERED();                                             \
    } while (0)

    LOAD_FRAME();
    bool out_of_memory = false;
    EvalStart start = at.start;
    if (start == EvalStart::Enter || start == EvalStart::Throw) WARMUP();
    else ip = at.ip;

    // An allocation failure anywhere below (std::bad_alloc from C++ containers) becomes a
    // MemoryError raised at the current instruction, never an abort.
  restart:
    try {
    if (out_of_memory) {
        out_of_memory = false;
        goto error;
    }
    if (start != EvalStart::Continue) {
        EvalStart how = start;
        start = EvalStart::Continue;   // once: a restart after bad_alloc goes to `error`
        switch (how) {
        case EvalStart::Enter:
        case EvalStart::EnterNew:
            if constexpr (kTracing) {
                if (trace_call(f) < 0) goto error;
            }
            break;
        case EvalStart::Throw:
            if constexpr (kTracing) {
                // CPython: TRACE_FUNCTION_THROW_ENTRY; the thrown exception waits meanwhile.
                Object* thrown = err_fetch();
                if (trace_call(f) < 0) {
                    xdecref(thrown);
                    goto error;
                }
                err_restore(thrown);
            }
            goto error;
        case EvalStart::Redo:
            in = code[ip];
            if constexpr (kTracing) in = generic_form(in);
            f->lasti = ip;
            ++ip;
            goto* kDispatch[instr_op(in)];
        case EvalStart::Error: goto error;
        case EvalStart::Unwind: goto exception_unwind;
        case EvalStart::Continue: break;
        }
    }
    for (;;) {
        DISPATCH();
        switch (instr_op(in)) {
        case NOP: op_NOP:
        case RETURN_GENERATOR: op_RETURN_GENERATOR:
        case EXTENDED_ARG: op_EXTENDED_ARG:
            DISPATCH();

        case POP_TOP: op_POP_TOP:
            decref_value(POP());
            DISPATCH();

        case PRINT_EXPR: op_PRINT_EXPR: {
            // Only in code compiled in 'single' mode (the REPL): the value goes to sys.displayhook.
            Object* value = TOP();
            if (!sys_call_displayhook(value)) GOTO_ERROR();
            --sp;
            decref(value);
            DISPATCH();
        }

        case PUSH_NULL: op_PUSH_NULL:
            PUSH(nullptr);
            DISPATCH();

        case COPY: op_COPY: {
            Object* v = PEEK(oparg);
            PUSH(newref(v));
            DISPATCH();
        }

        case SWAP: op_SWAP: {
            Object* tmp = TOP();
            TOP() = PEEK(oparg);
            PEEK(oparg) = tmp;
            DISPATCH();
        }

        case LOAD_CONST: op_LOAD_CONST:
            PUSH(newref(consts[oparg]));
            DISPATCH();

        case LOAD_FAST: op_LOAD_FAST: {
            Object* v = fast[oparg];
            if (!v) {
                unbound_local(f, static_cast<int>(oparg));
                GOTO_ERROR();
            }
            PUSH(newref(v));
            DISPATCH();
        }

        case STORE_FAST: op_STORE_FAST: {
            Object* old = fast[oparg];
            fast[oparg] = POP();
            if (old) decref_value(old);
            DISPATCH();
        }

        case DELETE_FAST: op_DELETE_FAST: {
            Object* old = fast[oparg];
            if (!old) {
                unbound_local(f, static_cast<int>(oparg));
                GOTO_ERROR();
            }
            fast[oparg] = nullptr;
            decref(old);
            DISPATCH();
        }

        case LOAD_NAME: op_LOAD_NAME: {
            Object* name = names[oparg];
            Object* v = nullptr;
            if (f->locals) {
                if (is_dict_exact(f->locals)) {
                    v = dict_getitem(f->locals, name);
                    if (v) incref(v);
                    else if (err_occurred()) GOTO_ERROR();
                } else {
                    v = object_getitem(f->locals, name);
                    if (!v) {
                        if (!err_matches(KeyError)) GOTO_ERROR();
                        err_clear();
                    }
                }
            }
            if (!v) {
                v = load_global(f, name);
                if (!v) GOTO_ERROR();
            }
            PUSH(v);
            DISPATCH();
        }

        case STORE_NAME: op_STORE_NAME: {
            // Operands stay on the stack until the instruction is done (BINARY_OP explains why).
            Object* v = TOP();
            Object* ns = f->locals ? f->locals : f->globals();
            int r = is_dict_exact(ns) ? dict_setitem(ns, names[oparg], v) : object_setitem(ns, names[oparg], v);
            if (r < 0) GOTO_ERROR();
            --sp;
            decref(v);
            DISPATCH();
        }

        case DELETE_NAME: op_DELETE_NAME: {
            Object* ns = f->locals ? f->locals : f->globals();
            if (object_delitem(ns, names[oparg]) < 0) {
                // Whatever the mapping raised (a missing __delitem__ too) becomes the NameError.
                err_clear();
                format_name_error(names[oparg]);
                GOTO_ERROR();
            }
            DISPATCH();
        }

        case LOAD_GLOBAL: op_LOAD_GLOBAL:
            ADAPT(specialize_load_global(co, ip - 1, f->globals(), f->builtins(), names[oparg]));
        generic_LOAD_GLOBAL: {
            Object* v = load_global(f, names[oparg]);
            if (!v) GOTO_ERROR();
            PUSH(v);
            DISPATCH();
        }

        case STORE_GLOBAL: op_STORE_GLOBAL: {
            Object* v = TOP();
            int r = dict_setitem(f->globals(), names[oparg], v);
            if (r < 0) GOTO_ERROR();
            --sp;
            decref(v);
            DISPATCH();
        }

        case DELETE_GLOBAL: op_DELETE_GLOBAL: {
            if (dict_delitem(f->globals(), names[oparg]) < 0) {
                if (err_matches(KeyError)) {
                    err_clear();
                    format_name_error(names[oparg]);
                }
                GOTO_ERROR();
            }
            DISPATCH();
        }

        case LOAD_DEREF: op_LOAD_DEREF: {
            Object* v = static_cast<CellObject*>(fast[oparg])->ref;
            if (!v) {
                unbound_local(f, static_cast<int>(oparg));
                GOTO_ERROR();
            }
            PUSH(newref(v));
            DISPATCH();
        }

        case LOAD_CLASSDEREF: op_LOAD_CLASSDEREF: {
            Object* name = tuple_item(co->localsplus_names, oparg);
            Object* v = nullptr;
            if (f->locals) {
                v = is_dict(f->locals) ? xnewref(dict_getitem(f->locals, name)) : object_getitem(f->locals, name);
                if (!v) {
                    if (err_occurred() && !err_matches(KeyError)) GOTO_ERROR();
                    err_clear();
                }
            }
            if (!v) {
                v = static_cast<CellObject*>(fast[oparg])->ref;
                if (!v) {
                    unbound_local(f, static_cast<int>(oparg));
                    GOTO_ERROR();
                }
                incref(v);
            }
            PUSH(v);
            DISPATCH();
        }

        case STORE_DEREF: op_STORE_DEREF: {
            auto* cell = static_cast<CellObject*>(fast[oparg]);
            Object* old = cell->ref;
            cell->ref = POP();
            xdecref(old);
            DISPATCH();
        }

        case DELETE_DEREF: op_DELETE_DEREF: {
            auto* cell = static_cast<CellObject*>(fast[oparg]);
            if (!cell->ref) {
                unbound_local(f, static_cast<int>(oparg));
                GOTO_ERROR();
            }
            clearref(cell->ref);
            DISPATCH();
        }

        case LOAD_CLOSURE: op_LOAD_CLOSURE:
            PUSH(newref(fast[oparg]));
            DISPATCH();

        case LOAD_ATTR: op_LOAD_ATTR:
            ADAPT(specialize_load_attr(co, ip - 1, TOP(), names[oparg]));
        generic_LOAD_ATTR: {
            Object* owner = TOP();
            Object* v = object_getattr(owner, names[oparg]);
            if (!v) GOTO_ERROR();
            TOP() = v;
            decref(owner);
            DISPATCH();
        }

        case STORE_ATTR: op_STORE_ATTR:
            ADAPT(specialize_store_attr(co, ip - 1, TOP(), names[oparg]));
        generic_STORE_ATTR: {
            Object* owner = TOP();
            Object* v = SECOND();
            if (object_setattr(owner, names[oparg], v) < 0) GOTO_ERROR();
            sp -= 2;
            decref(v);
            decref(owner);
            DISPATCH();
        }

        case DELETE_ATTR: op_DELETE_ATTR: {
            Object* owner = TOP();
            if (object_setattr(owner, names[oparg], nullptr) < 0) GOTO_ERROR();
            --sp;
            decref(owner);
            DISPATCH();
        }

        case LOAD_METHOD: op_LOAD_METHOD:
            ADAPT(specialize_load_method(co, ip - 1, TOP(), names[oparg]));
        generic_LOAD_METHOD: {
            Object* obj = TOP();
            Object* name = names[oparg];
            TypeObject* tp = obj->type;
            if (tp->getattro == generic_getattr) {
                Object* descr = type_lookup(tp, name);
                if (descr && type_has(descr->type, kTypeMethodDescriptor)) {
                    Object** dictptr = object_dict_ptr(obj);
                    Object* shadow = nullptr;
                    if (dictptr && *dictptr) {
                        // The dict's key filter (dict.h, key_bits) proves most method names absent
                        // without a probe, as LOAD_METHOD_CACHED uses it: polymorphic sites (one
                        // name, several classes) stay generic and look here on every call.
                        auto* d = static_cast<DictObject*>(*dictptr);
                        int64_t h = str_hash(name);
                        if ((d->key_bits >> (static_cast<uint64_t>(h) & 63)) & 1) shadow = dict_getitem_known_hash(d, name, h);
                    } else if (dictptr && has_inline_values(tp)) {
                        // The class's shared keys have the same filter (instance_values.h).
                        uint32_t bit = static_cast<uint32_t>(static_cast<uint64_t>(str_hash(name)) & 63);
                        if (inline_values_has(obj, name, bit)) shadow = inline_values_get(obj, name);
                    }
                    if (!shadow) {
                        if (err_occurred()) GOTO_ERROR();
                        TOP() = newref(descr);
                        PUSH(obj);
                        DISPATCH();
                    }
                }
            }
            Object* v = object_getattr(obj, name);
            if (!v) GOTO_ERROR();
            TOP() = nullptr;
            PUSH(v);
            decref(obj);
            DISPATCH();
        }

        case BINARY_OP: op_BINARY_OP:
            ADAPT(specialize_binary_op(co, ip - 1, SECOND(), TOP(), static_cast<int>(oparg & 15)));
        generic_BINARY_OP: {
            // Both operands stay on the stack during the operation, so that the unwinding after
            // an error (or a std::bad_alloc from `b' ' * (1 << 40)`) frees them.
            Object* rhs = TOP();
            Object* lhs = SECOND();
            Object* res = nullptr;
            int op = static_cast<int>(oparg & 15);
            // Small-int fast paths for the loop counters and sums that dominate real code.
            if (is_small_int(lhs) && is_small_int(rhs))
                res = small_int_binop(static_cast<BinOp>(op), small_int_value(lhs), small_int_value(rhs));
            if (!res) {
                res = (oparg & kInplaceFlag) ? inplace_op(lhs, rhs, static_cast<BinOp>(op))
                                             : binary_op(lhs, rhs, static_cast<BinOp>(op));
            }
            if (!res) GOTO_ERROR();
            decref(rhs);
            decref(lhs);
            --sp;
            TOP() = res;
            DISPATCH();
        }

        case UNARY_NEGATIVE: op_UNARY_NEGATIVE:
        case UNARY_POSITIVE: op_UNARY_POSITIVE:
        case UNARY_INVERT: op_UNARY_INVERT: {
            Object* v = TOP();
            Opcode op = instr_op(in);
            Object* res = op == UNARY_NEGATIVE ? unary_negative(v) : op == UNARY_POSITIVE ? unary_positive(v) : unary_invert(v);
            if (!res) GOTO_ERROR();
            decref(v);
            TOP() = res;
            DISPATCH();
        }

        case UNARY_NOT: op_UNARY_NOT: {
            Object* v = TOP();
            int truth = object_is_true(v);
            if (truth < 0) GOTO_ERROR();
            decref(v);
            TOP() = bool_from(!truth);
            DISPATCH();
        }

        case COMPARE_OP: op_COMPARE_OP:
            ADAPT(specialize_compare_op(co, ip - 1, SECOND(), TOP(), static_cast<int>(oparg)));
        generic_COMPARE_OP: {
            // Operands stay on the stack until the operation is done (here and in the operations
            // below): the unwinding after an error, or after a std::bad_alloc thrown by C++ code
            // inside the operation, frees what is on the stack, never what sits in a C++ local.
            Object* rhs = TOP();
            Object* lhs = SECOND();
            Object* res;
            if (is_int_exact(lhs) && is_int_exact(rhs) && !static_cast<IntObject*>(lhs)->is_big &&
                !static_cast<IntObject*>(rhs)->is_big) {
                int64_t a = static_cast<IntObject*>(lhs)->small, b = static_cast<IntObject*>(rhs)->small;
                bool r = false;
                switch (static_cast<CompareOp>(oparg)) {
                case CompareOp::Lt: r = a < b; break;
                case CompareOp::Le: r = a <= b; break;
                case CompareOp::Eq: r = a == b; break;
                case CompareOp::Ne: r = a != b; break;
                case CompareOp::Gt: r = a > b; break;
                case CompareOp::Ge: r = a >= b; break;
                }
                res = bool_from(r);
            } else {
                res = object_rich_compare(lhs, rhs, static_cast<CompareOp>(oparg));
            }
            if (!res) GOTO_ERROR();
            --sp;
            decref(rhs);
            decref(lhs);
            TOP() = res;
            DISPATCH();
        }

        case IS_OP: op_IS_OP: {
            Object* rhs = POP();
            Object* lhs = TOP();
            bool r = (lhs == rhs) ^ (oparg != 0);
            decref(rhs);
            decref(lhs);
            TOP() = bool_from(r);
            DISPATCH();
        }

        case CONTAINS_OP: op_CONTAINS_OP: {
            Object* container = TOP();
            Object* item = SECOND();
            int r = sequence_contains(container, item);
            if (r < 0) GOTO_ERROR();
            --sp;
            decref(container);
            decref(item);
            TOP() = bool_from((r != 0) ^ (oparg != 0));
            DISPATCH();
        }

        case BINARY_SUBSCR: op_BINARY_SUBSCR:
            ADAPT(specialize_subscr(co, ip - 1, SECOND(), TOP(), false));
        generic_BINARY_SUBSCR: {
            Object* key = TOP();
            Object* container = SECOND();
            Object* res = nullptr;
            if (is_list_exact(container) && is_int_exact(key) && !static_cast<IntObject*>(key)->is_big) {
                int64_t i = static_cast<IntObject*>(key)->small;
                ssize n = list_size(container);
                if (i < 0) i += n;
                if (i >= 0 && i < n) res = newref(list_item(container, i));
            }
            if (!res) res = object_getitem(container, key);
            if (!res) GOTO_ERROR();
            --sp;
            decref(key);
            decref(container);
            TOP() = res;
            DISPATCH();
        }

        case STORE_SUBSCR: op_STORE_SUBSCR:
            ADAPT(specialize_subscr(co, ip - 1, SECOND(), TOP(), true));
        generic_STORE_SUBSCR: {
            Object* key = TOP();
            Object* container = SECOND();
            Object* v = PEEK(3);
            if (object_setitem(container, key, v) < 0) GOTO_ERROR();
            sp -= 3;
            decref(key);
            decref(container);
            decref(v);
            DISPATCH();
        }

        case DELETE_SUBSCR: op_DELETE_SUBSCR: {
            Object* key = TOP();
            Object* container = SECOND();
            if (object_delitem(container, key) < 0) GOTO_ERROR();
            sp -= 2;
            decref(key);
            decref(container);
            DISPATCH();
        }

        case BUILD_SLICE: op_BUILD_SLICE: {
            Object* step = oparg == 3 ? TOP() : nullptr;
            Object* stop = PEEK(oparg - 1);
            Object* start = PEEK(oparg);
            if constexpr (!kTracing) {
                // s[a:b], s[a:b:c] and l[a:b] = v on an exact list, tuple or str with int or None
                // bounds: the subscript after this instruction is done here with no slice object
                // (CPython 3.12's BINARY_SLICE/STORE_SLICE) and stepped over. The compiler always
                // emits the subscript right after BUILD_SLICE, so nothing jumps between them.
                int next = kBaseOpcodes.base[instr_op(code[ip])];
                ssize lo, hi, st;
                if ((next == BINARY_SUBSCR || next == STORE_SUBSCR) &&
                    slice_bounds_plain(start, stop, step, &lo, &hi, &st)) {
                    Object* seq = PEEK(oparg + 1);
                    Object* res;
                    int status;
                    bool done = next == BINARY_SUBSCR ? sequence_slice_plain(seq, lo, hi, st, &res)
                                                      : list_store_slice_plain(seq, lo, hi, st, PEEK(oparg + 2), &status);
                    if (done) {
                        f->lasti = ip++;   // an error is the subscript's (its position in tracebacks)
                        if (next == BINARY_SUBSCR ? res == nullptr : status < 0) GOTO_ERROR();
                        sp -= oparg;
                        decref(start);
                        decref(stop);
                        xdecref(step);
                        if (next == BINARY_SUBSCR) {
                            decref(seq);
                            TOP() = res;
                        } else {
                            sp -= 2;
                            decref(seq);
                            decref(sp[0]);   // the value stored
                        }
                        DISPATCH();
                    }
                }
            }
            Object* s = slice_new(start, stop, step);
            if (!s) GOTO_ERROR();
            sp -= oparg;
            decref(start);
            decref(stop);
            xdecref(step);
            PUSH(s);
            DISPATCH();
        }

        case BUILD_TUPLE: op_BUILD_TUPLE: {
            Object* tup = tuple_new(oparg);
            if (!tup) GOTO_ERROR();
            for (uint32_t i = oparg; i > 0; --i) tuple_items(tup)[i - 1] = POP();
            PUSH(tup);
            DISPATCH();
        }

        case BUILD_LIST: op_BUILD_LIST: {
            Object* list = list_new(oparg);
            if (!list) GOTO_ERROR();
            for (uint32_t i = oparg; i > 0; --i) static_cast<ListObject*>(list)->items[i - 1] = POP();
            PUSH(list);
            DISPATCH();
        }

        case BUILD_SET: op_BUILD_SET: {
            Object* set = set_new(nullptr);
            if (!set) GOTO_ERROR();
            int err = 0;
            for (uint32_t i = oparg; i > 0; --i) {
                Object* item = PEEK(i);
                if (!err && set_add(set, item) < 0) err = 1;
            }
            for (uint32_t i = 0; i < oparg; ++i) decref(POP());
            if (err) {
                decref(set);
                GOTO_ERROR();
            }
            PUSH(set);
            DISPATCH();
        }

        case BUILD_MAP: op_BUILD_MAP: {
            bool str_keys = true;   // the compact layout when every key is an exact str (dict.h)
            for (uint32_t i = oparg; i > 0 && str_keys; --i) str_keys = is_str_exact(PEEK(2 * i));
            Object* d = dict_new_presized(oparg, str_keys);
            if (!d) GOTO_ERROR();
            int err = 0;
            for (uint32_t i = oparg; i > 0; --i) {
                if (!err && dict_setitem(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) err = 1;
            }
            for (uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
            if (err) {
                decref(d);
                GOTO_ERROR();
            }
            PUSH(d);
            DISPATCH();
        }

        case BUILD_STRING: op_BUILD_STRING: {
            // The pieces (all str: FORMAT_VALUE's results and constants) sized, then copied once.
            Object* s = str_join_array(nullptr, sp - oparg, static_cast<ssize>(oparg));
            for (uint32_t i = 0; i < oparg; ++i) decref(POP());
            if (!s) GOTO_ERROR();
            PUSH(s);
            DISPATCH();
        }

        case LIST_APPEND: op_LIST_APPEND: {
            Object* v = TOP();
            if (list_append(PEEK(oparg + 1), v) < 0) GOTO_ERROR();
            --sp;
            decref(v);
            DISPATCH();
        }

        case SET_ADD: op_SET_ADD: {
            Object* v = TOP();
            if (set_add(PEEK(oparg + 1), v) < 0) GOTO_ERROR();
            --sp;
            decref(v);
            DISPATCH();
        }

        case MAP_ADD: op_MAP_ADD: {
            Object* value = TOP();
            Object* key = SECOND();
            if (dict_setitem(PEEK(oparg + 2), key, value) < 0) GOTO_ERROR();
            sp -= 2;
            decref(key);
            decref(value);
            DISPATCH();
        }

        case LIST_EXTEND: op_LIST_EXTEND: {
            Object* iterable = TOP();
            if (list_extend(PEEK(oparg + 1), iterable) < 0) {
                if (err_matches(TypeError) && !iterable->type->iter && !type_lookup_str(iterable->type, "__iter__") &&
                    !iterable->type->getitem) {
                    err_clear();
                    err_format(TypeError, "Value after * must be an iterable, not %s", iterable->type->name);
                }
                GOTO_ERROR();
            }
            --sp;
            decref(iterable);
            DISPATCH();
        }

        case SET_UPDATE: op_SET_UPDATE: {
            Object* iterable = TOP();
            if (set_update(PEEK(oparg + 1), iterable) < 0) GOTO_ERROR();
            --sp;
            decref(iterable);
            DISPATCH();
        }

        case DICT_UPDATE: op_DICT_UPDATE: {
            Object* m = TOP();
            if (dict_update(PEEK(oparg + 1), m) < 0) {
                if (err_matches(AttributeError)) {
                    err_clear();
                    err_format(TypeError, "'%s' object is not a mapping", m->type->name);
                }
                GOTO_ERROR();
            }
            --sp;
            decref(m);
            DISPATCH();
        }

        case DICT_MERGE: op_DICT_MERGE: {
            // The mapping stays on the stack until merged: the callable is PEEK(oparg + 3).
            Object* m = TOP();
            Object* d = PEEK(oparg + 1);
            int r = 0;
            if (dict_size(d) == 0 && is_dict(m) && m->type->iter == DictType.iter) {
                // Nothing merged yet (f(*args, **kw), the usual case): no key can repeat, and
                // dict_merge copies the table of a dict without holes whole.
                r = dict_merge(d, m, true);
            } else if (is_dict(m) && m->type->iter == DictType.iter) {
                ssize pos = 0;
                Object *k, *v;
                while (dict_next(m, &pos, &k, &v)) {
                    int has = dict_contains(d, k);
                    if (has != 0) {
                        if (has > 0) format_kwargs_error(PEEK(oparg + 3), k);
                        r = -1;
                        break;
                    }
                    if (dict_setitem(d, k, v) < 0) {
                        r = -1;
                        break;
                    }
                }
            } else {
                Object* tmp = dict_new();
                r = dict_update(tmp, m);
                if (r < 0 && err_matches(AttributeError)) {
                    err_clear();
                    err_format(TypeError, "%s() argument after ** must be a mapping, not %s",
                               function_str(PEEK(oparg + 3)).c_str(), m->type->name);
                }
                ssize pos = 0;
                Object *k, *v;
                while (r == 0 && dict_next(tmp, &pos, &k, &v)) {
                    int has = dict_contains(d, k);
                    if (has != 0) {
                        if (has > 0) format_kwargs_error(PEEK(oparg + 3), k);
                        r = -1;
                        break;
                    }
                    r = dict_setitem(d, k, v);
                }
                decref(tmp);
            }
            if (r < 0) GOTO_ERROR();
            --sp;
            decref(m);
            DISPATCH();
        }

        case LIST_TO_TUPLE: op_LIST_TO_TUPLE: {
            Object* list = TOP();
            Object* tup = list_as_tuple(list);
            if (!tup) GOTO_ERROR();
            decref(list);
            TOP() = tup;
            DISPATCH();
        }

        case FORMAT_VALUE: op_FORMAT_VALUE: {
            Object* spec = (oparg & 4) ? TOP() : nullptr;
            Object* value = (oparg & 4) ? SECOND() : TOP();
            Object* res = format_value(value, static_cast<int>(oparg & 3), spec);
            if (!res) GOTO_ERROR();
            sp -= (oparg & 4) ? 2 : 1;
            decref(value);
            xdecref(spec);
            PUSH(res);
            DISPATCH();
        }

        case UNPACK_SEQUENCE: op_UNPACK_SEQUENCE:
            ADAPT(specialize_unpack_sequence(co, ip - 1, TOP(), oparg));
        generic_UNPACK_SEQUENCE: {
            Object* seq = TOP();
            if (is_tuple_exact(seq) && tuple_size(seq) == static_cast<ssize>(oparg)) {
                --sp;
                for (ssize i = oparg; i > 0; --i) PUSH(newref(tuple_item(seq, i - 1)));
            } else if (is_list_exact(seq) && list_size(seq) == static_cast<ssize>(oparg)) {
                --sp;
                for (ssize i = oparg; i > 0; --i) PUSH(newref(list_item(seq, i - 1)));
            } else {
                // seq stays on the stack while the items are taken (above it), then they move down.
                if (!unpack_iterable(seq, static_cast<int>(oparg), -1, sp)) GOTO_ERROR();
                std::memmove(sp - 1, sp, sizeof(Object*) * oparg);
                sp = sp - 1 + oparg;   // oparg may be 0 (`[] = it`)
            }
            decref(seq);
            DISPATCH();
        }

        case UNPACK_EX: op_UNPACK_EX: {
            Object* seq = TOP();
            int before = static_cast<int>(oparg & 0xff), after = static_cast<int>(oparg >> 8);
            if (!unpack_iterable(seq, before, after, sp)) GOTO_ERROR();
            std::memmove(sp - 1, sp, sizeof(Object*) * (before + 1 + after));
            sp += before + after;
            decref(seq);
            DISPATCH();
        }

        case JUMP: op_JUMP:
            JUMP_CHECKED(oparg);
            DISPATCH();

        case POP_JUMP_IF_FALSE: op_POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE: op_POP_JUMP_IF_TRUE: {
            Object* v = POP();
            int truth;
            if (v == True) truth = 1;
            else if (v == False || v == None) truth = 0;
            else if (v->type == &IntType && !static_cast<IntObject*>(v)->is_big) {
                // `if x % p:` — an int result tested here is mostly a fresh one: no call for its
                // truth, and back to the int free list.
                truth = static_cast<IntObject*>(v)->small != 0;
                decref_small_int(v);
                if (truth == (instr_op(in) == POP_JUMP_IF_TRUE)) JUMP_CHECKED(oparg);
                DISPATCH();
            } else {
                ++sp;   // back on the stack while __bool__/__len__ run: unwinding frees it
                truth = object_is_true(v);
                if (truth < 0) GOTO_ERROR();
                --sp;
            }
            decref(v);
            if (truth == (instr_op(in) == POP_JUMP_IF_TRUE)) JUMP_CHECKED(oparg);
            DISPATCH();
        }

        case POP_JUMP_IF_NONE: op_POP_JUMP_IF_NONE:
        case POP_JUMP_IF_NOT_NONE: op_POP_JUMP_IF_NOT_NONE: {
            Object* v = POP();
            bool is_none = v == None;
            decref(v);
            if (is_none == (instr_op(in) == POP_JUMP_IF_NONE)) JUMP_TO(oparg);
            DISPATCH();
        }

        case JUMP_IF_FALSE_OR_POP: op_JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP: op_JUMP_IF_TRUE_OR_POP: {
            Object* v = TOP();
            int truth = object_is_true(v);
            if (truth < 0) GOTO_ERROR();
            if (truth == (instr_op(in) == JUMP_IF_TRUE_OR_POP)) {
                JUMP_TO(oparg);
            } else {
                decref(POP());
            }
            DISPATCH();
        }

        case GET_ITER: op_GET_ITER: {
            Object* iterable = TOP();
            Object* it = object_iter(iterable);
            if (!it) GOTO_ERROR();
            decref(iterable);
            TOP() = it;
            DISPATCH();
        }

        case FOR_ITER: op_FOR_ITER:
            ADAPT(specialize_for_iter(co, ip - 1, TOP()));
        generic_FOR_ITER: {
            Object* it = TOP();
            if (it->type == &GenType && static_cast<GenObject*>(it)->frame_state < FrameState::Executing &&
                t->recursion_depth < t->recursion_limit && !g_gen_trace_hook) {
                RESUME_GEN_INLINE(static_cast<GenObject*>(it), incref(None));
                DISPATCH();
            }
            UnaryFn next = it->type->iternext;
            Object* v = next ? next(it) : nullptr;
            if (v) {
                PUSH(v);
                DISPATCH();
            }
            if (!next) {
                err_format(TypeError, "'%s' object is not an iterator", it->type->name);
                GOTO_ERROR();
            }
            if (err_occurred()) {
                if (!err_matches(StopIteration)) GOTO_ERROR();
                if constexpr (kTracing) trace_exception(f);   // CPython 3.11 reports it
                err_clear();
            }
            decref(POP());
            JUMP_TO(oparg);
            DISPATCH();
        }

        case KW_NAMES: op_KW_NAMES:
            kwnames = consts[oparg];
            DISPATCH();

        case CALL: op_CALL:
            ADAPT(specialize_call(co, ip - 1, sp[-static_cast<ssize>(oparg) - 2] ? sp[-static_cast<ssize>(oparg) - 2]
                                                                               : sp[-static_cast<ssize>(oparg) - 1],
                                  oparg + (sp[-static_cast<ssize>(oparg) - 2] ? 1 : 0), kwnames));
        generic_CALL: {
            // Stack: method-or-null, self-or-callable, args (the last len(kwnames) are keyword values).
            Object** base = sp - oparg - 2;
            Object* callable;
            Object** args;
            size_t total = oparg;
            if (base[0]) {
                callable = base[0];
                args = base + 1;
                ++total;
            } else {
                callable = base[1];
                args = base + 2;
                if (is_method(callable) && static_cast<MethodObject*>(callable)->func->type == &FunctionType) {
                    // A bound method of a Python function (a callback stored as obj.method): its
                    // function and self take the method's two slots, so the call below runs the
                    // function as a frame of this loop rather than through method_call's C++
                    // recursion, as CPython's CALL does.
                    auto* m = static_cast<MethodObject*>(callable);
                    base[0] = newref(m->func);
                    base[1] = newref(m->self);
                    decref(m);
                    callable = base[0];
                    args = base + 1;
                    ++total;
                }
            }
            Object* kw = kwnames;
            kwnames = nullptr;
            size_t nkw = kw ? static_cast<size_t>(tuple_size(kw)) : 0;
            size_t npos = total - nkw;
            if (callable->type == &FunctionType &&
                !(static_cast<FunctionObject*>(callable)->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
                // A Python function runs in this same loop: link a new frame and switch to it.
                if (t->recursion_depth >= t->recursion_limit) {
                    raise_recursion_error("");
                    GOTO_ERROR();
                }
                auto* func = static_cast<FunctionObject*>(callable);
                CodeObject* fc = func->code;
                int argcount = fc->argcount;
                if (!kw && !(fc->flags & kCoVarkeywords) && fc->kwonlyargcount == 0 &&
                    (npos >= static_cast<size_t>(argcount) ? (npos == static_cast<size_t>(argcount) || (fc->flags & kCoVarargs))
                                                           : !(fc->flags & kCoVarargs))) {
                    // Positional arguments only, into a function without keyword-only parameters
                    // or **kwargs (a site that sees several functions, so not specialized): the
                    // stack's references move into the new frame as CALL_PY_EXACT_ARGS moves them;
                    // defaults fill missing parameters and extra arguments go to *args.
                    int n = static_cast<int>(npos);
                    Object* defaults = func->defaults;
                    int ndefaults = defaults ? static_cast<int>(tuple_size(defaults)) : 0;
                    if (n >= argcount - ndefaults) {
                        Frame* callee = frame_alloc(fc, func, argcount);
                        if (!callee) GOTO_ERROR();
                        Object** slots = callee->localsplus;
                        int nfixed = n < argcount ? n : argcount;
                        for (int i = 0; i < nfixed; ++i) slots[i] = args[i];
                        if (n < argcount) {
                            Object* const* defs = tuple_items(defaults) + (ndefaults - argcount);
                            for (int i = n; i < argcount; ++i) slots[i] = newref(defs[i]);
                        }
                        if (fc->flags & kCoVarargs) {
                            Object* extra = tuple_new(n - nfixed);
                            if (!extra) {
                                // The frame owns the fixed arguments now; the stack keeps the rest.
                                for (int i = 0; i < nfixed; ++i) args[i] = nullptr;
                                for (int i = 0; i < argcount; ++i) xdecref(slots[i]);
                                for (int i = 0; i < argcount; ++i) slots[i] = nullptr;
                                decref(callee);
                                GOTO_ERROR();
                            }
                            for (int i = nfixed; i < n; ++i) tuple_items(extra)[i - nfixed] = args[i];
                            slots[argcount] = extra;
                        }
                        if (!(fc->flags & kCoNoFree)) frame_make_cells(callee, func);
                        sp = base;
                        decref(callable);
                        ENTER_FRAME(callee);
                        DISPATCH();
                    }
                }
                Frame* callee = frame_for_call(static_cast<FunctionObject*>(callable), args, npos, kw);
                while (sp > base) xdecref(POP());
                if (!callee) GOTO_ERROR();
                ENTER_FRAME(callee);
                DISPATCH();
            }
            Object* res;
            if constexpr (kTracing) {
                res = t->profile_func && !t->tracing && trace_is_c_function(callable) ? trace_c_call(f, callable, args, npos, kw)
                                                                                     : call(callable, args, npos, kw);
            } else {
                res = call(callable, args, npos, kw);
            }
            while (sp > base) xdecref(POP());
            if (!res) GOTO_ERROR();
            PUSH(res);
            // A call that turned tracing on (sys.settrace) hands over at once.
            if constexpr (!kTracing) {
                if (t->use_tracing) [[unlikely]] SWITCH_VARIANT(EvalStart::Continue);
            }
            DISPATCH();
        }

        case CALL_FUNCTION_EX: op_CALL_FUNCTION_EX: {
            // Stack: NULL, callable, callargs[, kwargs]. They stay on the stack until the call is
            // made (BINARY_OP explains why).
            Object** base = sp - 3 - (oparg & 1);
            Object* callable = base[1];
            Object* kwargs = (oparg & 1) ? base[3] : nullptr;
            if (!is_tuple_exact(base[2])) {
                Object* tup = sequence_tuple(base[2]);
                if (!tup) {
                    // Only a non-iterable is reported this way; a TypeError raised while
                    // iterating stays as it is (CPython: check_args_iterable).
                    Object* callargs = base[2];
                    if (err_matches(TypeError) && !callargs->type->iter &&
                        !type_lookup_str(callargs->type, "__iter__") && !callargs->type->getitem) {
                        err_clear();
                        err_format(TypeError, "%s() argument after * must be an iterable, not %s",
                                   function_str(callable).c_str(), callargs->type->name);
                    }
                    GOTO_ERROR();
                }
                decref(base[2]);
                base[2] = tup;
            }
            Object* callargs = base[2];
            if (callable->type == &FunctionType &&
                !(static_cast<FunctionObject*>(callable)->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) &&
                (!kwargs || is_dict_exact(kwargs))) {
                // A Python function runs as a frame of this loop, as CALL runs it.
                if (t->recursion_depth >= t->recursion_limit) {
                    raise_recursion_error("");
                    GOTO_ERROR();
                }
                Frame* callee = frame_for_call_ex(static_cast<FunctionObject*>(callable), callargs, kwargs);
                if (!callee) GOTO_ERROR();
                sp = base;
                decref(callable);
                decref(callargs);
                xdecref(kwargs);
                ENTER_FRAME(callee);
                DISPATCH();
            }
            Object* res;
            if (kTracing && t->profile_func && !t->tracing && trace_is_c_function(callable) && !kwargs) {
                res = trace_c_call(f, callable, tuple_items(callargs), static_cast<size_t>(tuple_size(callargs)), nullptr);
            } else {
                res = call_tuple_dict(callable, callargs, kwargs);
            }
            if (!res) GOTO_ERROR();
            sp = base;
            decref(callable);
            decref(callargs);
            xdecref(kwargs);
            PUSH(res);
            DISPATCH();
        }

        case MAKE_FUNCTION: op_MAKE_FUNCTION: {
            // The code object stays on the stack until the function exists (BINARY_OP explains why).
            auto* fcode = static_cast<CodeObject*>(TOP());
            FunctionObject* func = function_new(fcode, f->globals(), fcode->qualname);
            if (!func) GOTO_ERROR();
            --sp;
            decref(fcode);
            func->closure = (oparg & kMakeClosure) ? POP() : nullptr;
            func->annotations = (oparg & kMakeAnnotations) ? POP() : nullptr;
            func->kwdefaults = (oparg & kMakeKwDefaults) ? POP() : nullptr;
            func->defaults = (oparg & kMakeDefaults) ? POP() : nullptr;
            // Functions of one code without defaults differ only in what the call reads from the
            // function itself (closure, globals): one version serves them all (specialize.h).
            if (!(oparg & (kMakeDefaults | kMakeKwDefaults))) {
                if (fcode->shared_func_version == 0) fcode->shared_func_version = func->version;
                func->version = fcode->shared_func_version;
            }
            PUSH(func);
            DISPATCH();
        }

        case RETURN_VALUE: op_RETURN_VALUE: {
            if constexpr (!kTracing) {
                if (t->use_tracing) [[unlikely]] {
                    --ip;
                    SWITCH_VARIANT(EvalStart::Redo);
                }
            }
            Object* retval = POP();
            SAVE_SP();
            if constexpr (kTracing) {
                if (trace_return(f, retval) < 0) {
                    decref(retval);
                    goto exit_unwind;
                }
                frame_drop_trace(f);
            }
            if (f == entry) {
                f->is_executing = false;
                Frame* caller = f->back;
                t->frame = caller;
                f->back = nullptr;
                --t->recursion_depth;
                // The C++ caller holds one reference; anyone else keeps the frame's f_back.
                if (f->refcnt > 1) [[unlikely]] frame_keep_caller(f, caller);
                return retval;
            }
            Frame* caller = f->back;
            f->back = nullptr;
            f->is_executing = false;
            t->frame = caller;
            --t->recursion_depth;
            if (GenObject* g = frame_gen(f)) {
                // A generator resumed inline by FOR_ITER or SEND finished.
                uint8_t gen_return_kind = f->return_kind;   // before gen_finish clears the frame
                unlink_exc_state(t, g);
                gen_finish(g, false);
                f = caller;
                LOAD_FRAME();
                if (gen_return_kind == kReturnGenSend) [[unlikely]] {
                    // gen.send(v) saw the body return: the call raises StopIteration(value).
                    decref(POP());   // the generator
                    decref(POP());   // the send method
                    gen_set_stop_iteration_value(retval);
                    decref(retval);
                    GOTO_ERROR();
                }
                Instr at = code[f->lasti];
                if constexpr (kTracing) {
                    if (instr_op(at) == SEND && trace_send_return(f, retval) < 0) {
                        decref(retval);
                        GOTO_ERROR();
                    }
                }
                decref(POP());   // the exhausted iterator / finished delegate
                if (instr_op(at) == SEND) PUSH(retval);
                else decref(retval);
                JUMP_TO(instr_arg(at));
                DISPATCH();
            }
            uint8_t return_kind = f->return_kind;
            if (f->refcnt == 1) {
                // Nobody else holds the finished frame (no traceback, f_back or sys._getframe
                // result): its slots are dropped here, where numbers go straight back to their
                // free lists, and the frame memory is recycled without the generic dealloc.
                Object** slot = f->localsplus;
                for (Object** end = slot + co->nlocalsplus + f->stack_depth; slot < end; ++slot)
                    if (*slot) decref_value(*slot);
                frame_release(f);
            } else {
                frame_keep_caller(f, caller);   // still held: its f_back stays the caller
                decref(f);
            }
            f = caller;
            LOAD_FRAME();
            if (return_kind == kReturnInit) [[unlikely]] {
                // __init__ run by CALL_TYPE_INIT: the instance is already in the call's place.
                --t->recursion_depth;   // the class call's level (type_call's, in CPython MakeTpCall's)
                if (retval != None) {
                    err_format(TypeError, "__init__() should return None, not '%s'", retval->type->name);
                    decref(retval);
                    GOTO_ERROR();
                }
                decref(retval);
                DISPATCH();
            }
            PUSH(retval);
            DISPATCH();
        }

        case YIELD_VALUE: op_YIELD_VALUE: {
            // Only generator frames yield: entry frames (resumed by gen_send_ex2) leave the loop,
            // frames resumed inline hand the value to the FOR_ITER or SEND that resumed them.
            if constexpr (!kTracing) {
                if (t->use_tracing) [[unlikely]] {
                    --ip;
                    SWITCH_VARIANT(EvalStart::Redo);
                }
            }
            Object* v = POP();
            SAVE_SP();
            GenObject* g = frame_gen(f);
            g->frame_state = FrameState::Suspended;
            if constexpr (kTracing) {
                // 'return' with the value yielded, the generator already suspended (CPython 3.11).
                if (trace_return(f, v) < 0) {
                    g->frame_state = FrameState::Executing;
                    decref(v);
                    goto exit_unwind;
                }
            }
            f->is_executing = false;
            Frame* resumer = f->back;
            t->frame = resumer;
            f->back = nullptr;
            --t->recursion_depth;
            if (f == entry) return v;
            unlink_exc_state(t, g);
            bool by_send_call = f->return_kind == kReturnGenSend;
            f = resumer;
            LOAD_FRAME();
            if (by_send_call) {
                // gen.send(v) returns the value: the call's method and generator leave the stack
                // (the generator may die here, which finalises it: the stack is consistent).
                Object* gen_ref = POP();
                Object* method = POP();
                PUSH(v);
                decref(method);
                decref(gen_ref);
                DISPATCH();
            }
            PUSH(v);
            DISPATCH();
        }

        case RAISE_VARARGS: op_RAISE_VARARGS: {
            // The operands stay on the stack while the exception is made (BINARY_OP explains why);
            // the unwinding that follows frees them.
            Object* cause = oparg == 2 ? TOP() : nullptr;
            Object* exc = oparg >= 1 ? PEEK(oparg) : nullptr;
            if (!exc) {
                Object* handled = current_handled_exception();
                if (!handled || handled == None) {
                    err_set_string(RuntimeError, "No active exception to reraise");
                    GOTO_ERROR();
                }
                err_set_instance(handled);
                goto exception_unwind;   // re-raise: no new traceback entry
            }
            do_raise(exc, cause);
            GOTO_ERROR();
        }

        case RERAISE: op_RERAISE: {
            Object* exc = POP();
            if (oparg) {
                Object* lasti = PEEK(oparg);
                int64_t v;
                if (is_int(lasti) && int_as_i64(lasti, &v)) f->lasti = static_cast<int>(v);
            }
            err_restore(exc);
            goto exception_unwind;
        }

        case PUSH_EXC_INFO: op_PUSH_EXC_INFO: {
            Object* exc = TOP();
            ExcStackItem* info = t->exc_info;
            Object* prev = info->exc_value ? info->exc_value : incref(None);
            info->exc_value = newref(exc);
            TOP() = prev;
            PUSH(exc);
            DISPATCH();
        }

        case POP_EXCEPT: op_POP_EXCEPT: {
            Object* prev = POP();
            ExcStackItem* info = t->exc_info;
            Object* old = info->exc_value;
            info->exc_value = prev;
            xdecref(old);
            DISPATCH();
        }

        case CHECK_EXC_MATCH: op_CHECK_EXC_MATCH: {
            Object* match = TOP();
            int r = check_exc_match(SECOND(), match);
            if (r < 0) GOTO_ERROR();
            decref(match);
            TOP() = bool_from(r);
            DISPATCH();
        }

        case CHECK_EG_MATCH: op_CHECK_EG_MATCH: {
            Object* match_type = TOP();
            Object *match, *rest;
            bool ok = check_eg_match(SECOND(), match_type, &match, &rest);
            if (!ok) GOTO_ERROR();
            --sp;
            decref(match_type);
            if (match == None) {
                decref(rest);   // no match: the exception stays where it is
            } else {
                decref(TOP());
                TOP() = rest;
            }
            PUSH(match);
            DISPATCH();
        }

        case PREP_RERAISE_STAR: op_PREP_RERAISE_STAR: {
            Object* excs = TOP();
            Object* orig = SECOND();
            Object* res = prep_reraise_star(orig, excs);
            if (res == nullptr) GOTO_ERROR();
            --sp;
            decref(excs);
            decref(orig);
            TOP() = res;
            DISPATCH();
        }

        case LOAD_ASSERTION_ERROR: op_LOAD_ASSERTION_ERROR:
            PUSH(newref(static_cast<Object*>(AssertionError)));
            DISPATCH();

        case BEFORE_WITH: op_BEFORE_WITH:
        case BEFORE_ASYNC_WITH: op_BEFORE_ASYNC_WITH: {
            // Stack: mgr -> bound __exit__ (or __aexit__), result of __enter__() (or __aenter__()).
            Object* mgr = TOP();
            Object* exit = nullptr;
            Object* res = enter_context(mgr, instr_op(in) == BEFORE_ASYNC_WITH, &exit);
            if (!res) GOTO_ERROR();
            TOP() = exit;
            decref(mgr);
            PUSH(res);
            DISPATCH();
        }

        case WITH_EXCEPT_START: op_WITH_EXCEPT_START: {
            // Stack: exit, lasti, prev_exc, exc.
            Object* exc = TOP();
            Object* exit = PEEK(4);
            Object* args[3] = {exc->type, exc, traceback_exposed(exception_traceback(exc))};
            Object* res = call(exit, args, 3, nullptr);
            if (!res) GOTO_ERROR();
            PUSH(res);
            DISPATCH();
        }

        case LOAD_BUILD_CLASS: op_LOAD_BUILD_CLASS: {
            Object* bc = build_class_function(f);
            if (!bc) GOTO_ERROR();
            PUSH(bc);
            DISPATCH();
        }

        case SETUP_ANNOTATIONS: op_SETUP_ANNOTATIONS: {
            if (setup_annotations(f->locals ? f->locals : f->globals()) < 0) GOTO_ERROR();
            DISPATCH();
        }

        case IMPORT_NAME: op_IMPORT_NAME: {
            Object* fromlist = TOP();
            Object* level = SECOND();
            Object* mod = import_name(f, names[oparg], fromlist, level);
            if (!mod) GOTO_ERROR();
            sp -= 2;
            decref(fromlist);
            decref(level);
            PUSH(mod);
            DISPATCH();
        }

        case IMPORT_FROM: op_IMPORT_FROM: {
            Object* v = import_from(TOP(), names[oparg]);
            if (!v) GOTO_ERROR();
            PUSH(v);
            DISPATCH();
        }

        case IMPORT_STAR: op_IMPORT_STAR: {
            Object* mod = TOP();
            bool ok = import_star(f, mod);
            if (!ok) GOTO_ERROR();
            --sp;
            decref(mod);
            DISPATCH();
        }

        case GET_YIELD_FROM_ITER: op_GET_YIELD_FROM_ITER: {
            Object* v = TOP();
            if (is_coro(v)) {
                if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
                    err_set_string(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    GOTO_ERROR();
                }
            } else if (!is_gen(v)) {
                Object* it = object_iter(v);
                if (!it) GOTO_ERROR();
                decref(v);
                TOP() = it;
            }
            DISPATCH();
        }

        case SEND: op_SEND: {
            Object* receiver = SECOND();
            if ((receiver->type == &GenType || receiver->type == &CoroType) && t->recursion_depth < t->recursion_limit &&
                !g_gen_trace_hook) {
                auto* g = static_cast<GenObject*>(receiver);
                if (g->frame_state == FrameState::Suspended ||
                    (g->frame_state == FrameState::Created && TOP() == None)) {
                    Object* sent = POP();
                    RESUME_GEN_INLINE(g, sent);
                    DISPATCH();
                }
            }
            Object* v = TOP();   // stays on the stack during the send (BINARY_OP explains why)
            Object* res = nullptr;
            SendResult sr;
            if (is_gen(receiver) || is_coro(receiver)) {
                sr = gen_send(static_cast<GenObject*>(receiver), v, &res);
            } else if (receiver->type == &AsyncGenASendType) {
                sr = async_gen_asend_send(receiver, v, &res);
            } else {
                if (v == None && receiver->type->iternext) res = receiver->type->iternext(receiver);
                else res = call_method1(receiver, "send", v);
                if (res) {
                    sr = SendResult::Next;
                } else if (!err_occurred() || err_matches(StopIteration)) {
                    if constexpr (kTracing) {
                        if (err_occurred()) trace_exception(f);
                    }
                    Object* stop = err_fetch();
                    res = stop ? newref(stop_iteration_value(stop)) : incref(None);
                    xdecref(stop);
                    sr = SendResult::Return;
                } else {
                    sr = SendResult::Error;
                }
            }
            --sp;
            decref(v);
            if (sr == SendResult::Error) GOTO_ERROR();
            if constexpr (kTracing) {
                if (sr == SendResult::Return && (is_gen(receiver) || is_coro(receiver) || receiver->type == &AsyncGenASendType) &&
                    trace_send_return(f, res) < 0) {
                    decref(res);
                    GOTO_ERROR();
                }
            }
            if (sr == SendResult::Return) {
                decref(POP());
                PUSH(res);
                JUMP_TO(oparg);
            } else {
                PUSH(res);
            }
            DISPATCH();
        }

        call_gen_send: {
            // CALL_BUILTIN of generator.send / coroutine.send with the stack method, generator,
            // value: a generator that can take the value resumes in this loop as SEND does, and
            // its yield or return comes back to this call (kReturnGenSend). Otherwise the call
            // runs as any other (gen_send_method raises what CPython raises).
            auto* g = static_cast<GenObject*>(SECOND());
            if ((g->frame_state == FrameState::Suspended || (g->frame_state == FrameState::Created && TOP() == None)) &&
                t->recursion_depth < t->recursion_limit && !g_gen_trace_hook) {
                Object* sent = POP();
                RESUME_GEN_INLINE_AS(g, sent, kReturnGenSend);
                DISPATCH();
            }
            goto generic_CALL;
        }

        case GET_AWAITABLE: op_GET_AWAITABLE: {
            Object* v = TOP();
            Object* it = coro_get_awaitable_iter(v);
            if (!it) {
                if (oparg && err_matches(TypeError)) {
                    err_clear();
                    err_format(TypeError,
                               oparg == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: %s"
                                          : "'async with' received an object from __aexit__ that does not implement __await__: %s",
                               v->type->name);
                }
                GOTO_ERROR();
            }
            if (is_coro(it) && gen_yf(static_cast<GenObject*>(it))) {
                decref(it);
                err_set_string(RuntimeError, "coroutine is being awaited already");
                GOTO_ERROR();
            }
            decref(v);
            TOP() = it;
            DISPATCH();
        }

        case GET_AITER: op_GET_AITER: {
            Object* obj = TOP();
            // An async generator is its own async iterator (its __aiter__ returns self).
            if (obj->type == &AsyncGenType) DISPATCH();
            Object* meth = lookup_special(obj, PYGEN_ID(__aiter__));
            if (!meth) {
                if (!err_occurred())
                    err_format(TypeError, "'async for' requires an object with __aiter__ method, got %s", obj->type->name);
                GOTO_ERROR();
            }
            Object* it = call0(meth);
            decref(meth);
            if (!it) GOTO_ERROR();
            if (!type_lookup(it->type, PYGEN_ID(__anext__))) {
                err_format(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                           it->type->name);
                decref(it);
                GOTO_ERROR();
            }
            decref(obj);
            TOP() = it;
            DISPATCH();
        }

        case GET_ANEXT: op_GET_ANEXT: {
            Object* aiter = TOP();
            if (aiter->type == &AsyncGenType) {
                // CPython 3.11 calls an exact async generator's am_anext slot directly; the asend
                // object it returns is its own awaitable iterator (no __await__ lookup).
                Object* awaitable = async_gen_anext(aiter);
                if (!awaitable) GOTO_ERROR();
                PUSH(awaitable);
                DISPATCH();
            }
            Object* meth = lookup_special(aiter, PYGEN_ID(__anext__));
            if (!meth) {
                if (!err_occurred())
                    err_format(TypeError, "'async for' requires an iterator with __anext__ method, got %s", aiter->type->name);
                GOTO_ERROR();
            }
            Object* awaitable = call0(meth);
            decref(meth);
            if (!awaitable) GOTO_ERROR();
            Object* it = coro_get_awaitable_iter(awaitable);
            if (!it) {
                err_format_from_cause(TypeError, "'async for' received an invalid object from __anext__: %s",
                                      awaitable->type->name);
                decref(awaitable);
                GOTO_ERROR();
            }
            decref(awaitable);
            PUSH(it);
            DISPATCH();
        }

        case END_ASYNC_FOR: op_END_ASYNC_FOR: {
            Object* exc = POP();
            if (is_exception_instance(exc) && is_subtype(exc->type, StopAsyncIteration)) {
                decref(exc);
                decref(POP());
                DISPATCH();
            }
            err_restore(exc);
            goto exception_unwind;
        }

        case ASYNC_GEN_WRAP: op_ASYNC_GEN_WRAP: {
            Object* v = TOP();
            Object* w = async_gen_value_wrapper_new(v);
            if (!w) GOTO_ERROR();
            decref(v);
            TOP() = w;
            DISPATCH();
        }

#include "vm/eval_quick.inc"
#include "vm/eval_match.inc"

        default: op_unknown:
            err_format(SystemError, "unknown opcode %d", static_cast<int>(instr_op(in)));
            GOTO_ERROR();
        }
        continue;

    trace_point:
        // Tracing variant: the 'line' / 'opcode' events before the instruction `in` at ip.
        if constexpr (kTracing) {
            int prev = f->lasti;
            f->lasti = ip;
            SAVE_SP();
            if (trace_instruction(f, prev) < 0) {
                // The hook raised: the exception comes from this instruction, where it was.
                f->lasti = ip;
                ++ip;
                goto error;
            }
            // A jump (f_lineno = n) moved lasti and may have popped values.
            sp = f->stack_base() + f->stack_depth;
            ip = f->lasti;
            in = generic_form(code[ip]);
            ++ip;
            goto* kDispatch[instr_op(in)];
        }

    error:
        // A new exception in this frame (chained to the handled one when it was set): record where.
        kwnames = nullptr;
        if constexpr (!kTracing) {
            if (t->use_tracing) [[unlikely]] SWITCH_VARIANT(EvalStart::Error);
        }
        traceback_here(f);
        if constexpr (kTracing) trace_exception(f);

    exception_unwind:
        for (;;) {
            {
                // The handler is chosen by the instruction that failed (ip - 1), not by f->lasti,
                // which RERAISE may have moved back to the original raise for f_lineno's sake.
                const ExceptionTableEntry* h = find_handler(co, ip - 1);
                if (h) {
                    Object** target_sp = f->stack_base() + h->depth;
                    while (sp > target_sp) xdecref(POP());
                    if (h->push_lasti) PUSH(int_from_i64(f->lasti));
                    PUSH(err_fetch());
                    JUMP_TO(h->target);
                    break;
                }
            }
            // No handler here: the frame is done; pass the exception to the caller.
            while (sp > f->stack_base()) xdecref(POP());
            SAVE_SP();
            if constexpr (!kTracing) {
                if (t->use_tracing) [[unlikely]] SWITCH_VARIANT(EvalStart::Unwind);
            } else {
                trace_return(f, nullptr);   // 'return' with None; a hook's error replaces the exception
            }
        exit_unwind:
            if constexpr (kTracing) frame_drop_trace(f);
            f->is_executing = false;
            --t->recursion_depth;
            if (f->return_kind == kReturnInit) [[unlikely]] --t->recursion_depth;   // CALL_TYPE_INIT's 2nd level
            if (f == entry) {
                Frame* caller = f->back;
                t->frame = caller;
                f->back = nullptr;
                // The C++ caller holds one reference; the traceback another: f_back stays.
                if (f->refcnt > 1) frame_keep_caller(f, caller);
                return nullptr;
            }
            Frame* caller = f->back;
            f->back = nullptr;
            t->frame = caller;
            if (GenObject* g = frame_gen(f)) {
                // A generator resumed inline raised: it is finished (PEP 479 applies here).
                unlink_exc_state(t, g);
                gen_finish(g, true);
            } else {
                frame_keep_caller(f, caller);   // the traceback holds it: its f_back stays the caller
                decref(f);
            }
            f = caller;
            LOAD_FRAME();
            // The CALL that invoked the finished frame is where the caller sees the exception.
            traceback_here(f);
            if constexpr (kTracing) trace_exception(f);
        }
    }
    } catch (const std::bad_alloc&) {
        // `sp` and `f` are this function's locals, so they hold their values at the throw: the
        // stack is unwound from there (f->stack_depth is only saved at calls and would be stale).
        // An operand the instruction had already popped into a C++ local is not freed.
        err_no_memory();
        out_of_memory = true;
        goto restart;
    } catch (const std::length_error&) {   // a C++ container asked for more than it can hold
        err_no_memory();
        out_of_memory = true;
        goto restart;
    }
#undef LOAD_FRAME
#undef SAVE_SP
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef JUMP_TO
#undef GOTO_ERROR
#undef DISPATCH
#undef RESUME_GEN_INLINE
#undef RESUME_GEN_INLINE_AS
#undef WARMUP
#undef CACHE
#undef ADAPT
#undef MISS
#undef ENTER_FRAME
#undef JUMP_CHECKED
#undef FRAME_ENTERED
#undef SWITCH_VARIANT
#undef oparg
#undef fast
}

}  // namespace

}  // namespace pygen
