// Specialization decisions: when an instruction site may be rewritten into a quickened form and
// what its cache must remember; misses and deoptimisation. See specialize.h for the scheme.
// CPython counterpart: Python/specialize.c (the code here is pygen's own).
#include "vm/specialize.h"

#include <new>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/genobject.h"
#include "objects/instance_values.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/frame_api.h"

namespace pygen {

namespace {

// Starts the wait after a failed attempt (or a deopt): 2^backoff runs, growing each time.
void back_off(InlineCache& c) {
    if (c.backoff < kMaxBackoff) ++c.backoff;
    c.counter = static_cast<uint16_t>(1u << c.backoff);
}

bool rewrite(CodeObject* co, int i, Opcode op) {
    // The polymorphic forms keep their extra type tags in keys_version: start with none.
    if (op == LOAD_ATTR_INSTANCE || op == STORE_ATTR_INSTANCE || op == LOAD_ATTR_PROPERTY || op == LOAD_METHOD_CACHED)
        co->caches[i].keys_version = 0;
    co->instrs[i] = make_instr(op, instr_arg(co->instrs[i]));
    co->caches[i].counter = kMissBudget;
    return true;
}

bool fail(CodeObject* co, int i) {
    back_off(co->caches[i]);
    if (err_occurred()) err_clear();
    return false;
}

bool is_plain_function(Object* o) {
    return is_function(o) &&
           !(static_cast<FunctionObject*>(o)->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator));
}

// A class called as `C(args)` whose instances come from object.__new__ unchanged and whose
// __init__ is a plain Python function taking the arguments given positionally (defaults may fill
// the rest): CALL_TYPE_INIT makes the instance itself and runs __init__ as a frame of the eval
// loop, as CPython 3.12's CALL_ALLOC_AND_ENTER_INIT does. The type's version tag pins __new__,
// __init__ and the metatype's call (class attribute changes bump it); the function's version
// pins its code and defaults.
bool cache_init_call(InlineCache& c, TypeObject* tp, uint32_t nargs) {
    if (tp->type->call != type_call || tp->tp_new != object_new || !init_is_dunder_dispatch(tp)) return false;
    if (type_has(tp, kTypeIsAbstract)) return false;
    Object* init = type_lookup(tp, PYGEN_ID(__init__));
    if (!init || !is_plain_function(init)) return false;
    auto* func = static_cast<FunctionObject*>(init);
    CodeObject* fc = func->code;
    if ((fc->flags & (kCoVarargs | kCoVarkeywords)) || fc->kwonlyargcount != 0 || func->version == 0) return false;
    int total = static_cast<int>(nargs) + 1;   // self first
    ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
    if (total > fc->argcount || total < fc->argcount - ndefaults) return false;
    uint32_t tag = type_version_tag(tp);
    if (tag == 0) return false;
    c.version = tag;
    c.index = func->version;
    c.obj = init;   // borrowed: the class dict holds it while the tag is unchanged
    return true;
}

// f(a, key=v) of a plain Python function: CALL_PY_KW moves each keyword value straight into its
// parameter's slot. Taken when every keyword names a distinct parameter (by identity: the compiler
// interns both) not given positionally, no **kwargs or *args is involved, and every parameter left
// out has a default: positional ones in __defaults__ (fixed by the version), keyword-only ones in
// __kwdefaults__ now (looked up again at each call, since that dict may change in place).
// Cache: version = the function's, obj = the kwnames tuple (a constant of this code object),
// index = positional count | keyword count << 8, keys_version = the keywords' slots (8 bits each),
// aux = the mask of the slots the keywords fill.
bool cache_kw_call(InlineCache& c, FunctionObject* func, uint32_t nargs, Object* kwnames) {
    CodeObject* fc = func->code;
    constexpr int kNotSimple = kCoGenerator | kCoCoroutine | kCoAsyncGenerator | kCoVarargs | kCoVarkeywords;
    if ((fc->flags & kNotSimple) || func->version == 0) return false;
    ssize nkw = tuple_size(kwnames);
    int argcount = fc->argcount, nparams = argcount + fc->kwonlyargcount;
    if (nkw > 8 || nparams > 32 || fc->kwonlyargcount > 8 || static_cast<ssize>(nargs) < nkw) return false;
    int npos = static_cast<int>(nargs - nkw);
    if (npos > argcount) return false;
    uint32_t mask = 0;
    uint64_t where = 0;
    Object* const* pnames = tuple_items(fc->localsplus_names);
    for (ssize k = 0; k < nkw; ++k) {
        Object* name = tuple_item(kwnames, k);
        int found = -1;
        for (int p = fc->posonlyargcount; p < nparams; ++p)
            if (pnames[p] == name) found = p;
        if (found < npos || ((mask >> found) & 1)) return false;   // unknown, positional-only or given twice
        mask |= 1u << found;
        where |= static_cast<uint64_t>(found) << (8 * k);
    }
    ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
    for (int p = npos; p < argcount; ++p)
        if (!((mask >> p) & 1) && p < argcount - ndefaults) return false;
    for (int p = argcount; p < nparams; ++p)
        if (!((mask >> p) & 1) && !(func->kwdefaults && is_dict_exact(func->kwdefaults) && dict_getitem(func->kwdefaults, pnames[p])))
            return false;
    c.version = func->version;
    c.obj = kwnames;
    c.index = static_cast<uint32_t>(npos) | static_cast<uint32_t>(nkw) << 8;
    c.keys_version = where;
    c.aux = mask;
    return true;
}

// super().name(...) with no arguments, in a method whose first argument is a plain local:
// CALL_SUPER_METHOD pushes the function that super(__class__, self).name would bind, without a
// super object. Taken when that attribute is a Python function found in a class dict after
// __class__ in type(self)'s MRO. Cache: version = type(self)'s tag (a change to any class of its
// MRO changes it), keys_version = the __class__ type, index = the __class__ cell's slot, obj = the
// function (borrowed: a class dict of that MRO holds it while the tag is unchanged).
bool cache_super_method(CodeObject* co, int i, InlineCache& c) {
    if (static_cast<size_t>(i) + 1 >= co->instrs.size() || base_opcode(instr_op(co->instrs[i + 1])) != LOAD_METHOD) return false;
    if (co->argcount == 0 || (co->local_kinds[0] & kLocalCell)) return false;
    Object *cls, *self;
    if (!frame_get_super_args(&cls, &self)) return false;   // the caller clears the error
    if (is_type(self) || !is_subtype(self->type, static_cast<TypeObject*>(cls))) return false;
    Object* name = tuple_item(co->names, static_cast<ssize>(instr_arg(co->instrs[i + 1])));
    if (!is_str(name) || str_view(name) == "__class__") return false;
    int class_slot = -1;
    for (int k = 0; k < co->nlocalsplus; ++k)
        if ((co->local_kinds[k] & kLocalFree) && str_view(tuple_item(co->localsplus_names, k)) == "__class__") class_slot = k;
    if (class_slot < 0) return false;
    TypeObject* tp = self->type;
    if (!tp->mro) return false;
    ssize n = tuple_size(tp->mro), k = 0;
    while (k < n && tuple_item(tp->mro, k) != cls) ++k;
    Object* found = nullptr;
    for (++k; k < n && !found; ++k) {
        Object* dict = static_cast<TypeObject*>(tuple_item(tp->mro, k))->dict;
        if (dict && is_dict_exact(dict)) found = dict_getitem(dict, name);
        if (err_occurred()) return false;
    }
    if (!found || !is_function(found)) return false;
    uint32_t tag = type_version_tag(tp);
    if (tag == 0) return false;
    c.version = tag;
    c.keys_version = reinterpret_cast<uint64_t>(cls);
    c.index = static_cast<uint32_t>(class_slot);
    c.obj = found;
    return true;
}

}  // namespace

void quicken(CodeObject* co) {
    if (co->caches) return;
    size_t n = co->instrs.size();
    auto* caches = new (std::nothrow) InlineCache[n]();
    if (!caches) return;
    for (size_t i = 0; i < n; ++i) {
        caches[i].counter = 1;
        caches[i].backoff = 3;
    }
    // `a, b = b, a` builds a tuple only to take it apart again: the pair becomes a reversal of
    // the stack's top items. The UNPACK_SEQUENCE stays in place for any jump that lands on it
    // (`a, b = x if c else (y, z)` reaches it with another value on the stack).
    for (size_t i = 0; i + 1 < n; ++i) {
        Instr build = co->instrs[i], unpack = co->instrs[i + 1];
        if (instr_op(build) == BUILD_TUPLE && instr_op(unpack) == UNPACK_SEQUENCE &&
            instr_arg(build) == instr_arg(unpack))
            co->instrs[i] = make_instr(BUILD_TUPLE_UNPACK, instr_arg(build));
    }
    // Superinstructions for the commonest pairs (a quarter of all instructions run are LOAD_FAST):
    // one dispatch instead of two. Each keeps its own operand and the second word stays as it is,
    // so a jump into the middle of a pair runs the second instruction alone, and a word may be
    // both the second of one pair and the first of the next.
    for (size_t i = 0; i + 1 < n; ++i) {
        Opcode a = instr_op(co->instrs[i]), b = instr_op(co->instrs[i + 1]);
        Opcode fused = a;
        if (a == LOAD_FAST && b == LOAD_FAST) fused = LOAD_FAST__LOAD_FAST;
        else if (a == LOAD_FAST && b == LOAD_CONST) fused = LOAD_FAST__LOAD_CONST;
        else if (a == LOAD_CONST && b == LOAD_FAST) fused = LOAD_CONST__LOAD_FAST;
        else if (a == STORE_FAST && b == LOAD_FAST) fused = STORE_FAST__LOAD_FAST;
        else if (a == STORE_FAST && b == STORE_FAST) fused = STORE_FAST__STORE_FAST;
        else if (a == PUSH_NULL && b == LOAD_GLOBAL) fused = PUSH_NULL__LOAD_GLOBAL;
        else if (a == COPY && b == COPY) fused = COPY__COPY;
        else if (a == SWAP && b == SWAP) fused = SWAP__SWAP;
        if (fused != a) co->instrs[i] = make_instr(fused, instr_arg(co->instrs[i]));
    }
    co->caches = caches;
}

ssize instance_attr_position(Object* owner, Object* name) {
    Object* dict = plain_dict_of(owner);
    TypeObject* tp = owner->type;
    if (!has_inline_values(tp)) return dict ? dict_entry_index_of(dict, name) : -1;
    // Inline values: the name's position in the shared keys, which a dict made from the values
    // keeps; a dict whose entry for the name sits elsewhere cannot share the site.
    const SharedKeys* sk = tp->shared_keys;
    ssize k = sk ? shared_keys_find(sk, name) : -1;
    if (k < 0 || sk->keys[k] != name) return -1;
    if (dict) return dict_entry_index_of(dict, name) == k ? k : -1;
    InlineValues* iv = inline_values_of(owner);
    return k < iv->size && iv->values()[k] ? k : -1;
}

ssize dict_entry_index_of(Object* dict, Object* key) {
    auto* d = static_cast<DictObject*>(dict);
    // Interned names sit in few entries: a scan of the dense entries costs less than it seems and
    // needs no hash (nor can it run __eq__).
    for (ssize k = 0; k < d->entries_used; ++k)
        if (dict_entry(d, k)->key == key) return k;
    return -1;
}

bool specialize_load_attr(CodeObject* co, int i, Object* owner, Object* name) {
    TypeObject* tp = owner->type;
    InlineCache& c = co->caches[i];
    if (tp == &ModuleType) {
        // A module's own data descriptors (__dict__, __class__) come before its dict.
        if (type_lookup(tp, name)) return fail(co, i);
        ssize ix = dict_entry_index_of(static_cast<ModuleObject*>(owner)->dict, name);
        if (ix < 0) return fail(co, i);
        c.index = static_cast<uint32_t>(ix);
        return rewrite(co, i, LOAD_ATTR_MODULE);
    }
    if (tp == &TypeType) {
        // Class.attr: the metatype must have nothing of that name (its data descriptors win), and
        // the attribute must be returned as it is (no __get__).
        if (type_lookup(&TypeType, name)) return fail(co, i);
        auto* cls = static_cast<TypeObject*>(owner);
        Object* v = type_lookup(cls, name);
        if (!v || v->type->descr_get) return fail(co, i);
        uint32_t version = type_version_tag(cls);
        if (!version) return fail(co, i);
        c.version = version;
        c.obj = v;
        return rewrite(co, i, LOAD_ATTR_CLASS);
    }
    if (tp->getattro != generic_getattr) return fail(co, i);
    uint32_t version = type_version_tag(tp);
    if (!version) return fail(co, i);
    Object* descr = type_lookup(tp, name);
    ssize offset;
    if (descr && member_descr_offset(descr, tp, &offset)) {
        if (type_has(tp, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass)) return fail(co, i);
        c.version = version;
        c.index = static_cast<uint32_t>(offset);
        return rewrite(co, i, LOAD_ATTR_SLOT);
    }
    if (descr && descr->type == &GetSetDescrType) {
        // A getset descriptor is a data descriptor: it wins over the instance dict, so the
        // type's version alone guards it.
        GetterFn get = getset_getter_for(descr, tp);
        if (!get) return fail(co, i);
        c.version = version;
        c.keys_version = reinterpret_cast<uintptr_t>(get);
        return rewrite(co, i, LOAD_ATTR_GETSET);
    }
    if (descr && descr->type == &PropertyType) {
        Object* fget = static_cast<PropertyObject*>(descr)->fget;
        if (!fget || !is_plain_function(fget)) return fail(co, i);
        c.version = version;
        c.obj = fget;
        return rewrite(co, i, LOAD_ATTR_PROPERTY);
    }
    if (descr && descr->type->descr_get && descr->type->descr_set) return fail(co, i);
    // A class constant, or a method loaded as a value (a callback): found on the type unless the
    // instance dict has the name (then the instance form below applies). The version pins the
    // attribute; the dict is checked at each load. The constant's own type must be a built-in
    // one: a class could gain __get__ later without changing the owner's version.
    if (descr && ((!descr->type->descr_get && !type_has(descr->type, kTypeHeap)) || descr->type == &FunctionType) &&
        (tp->dictoffset == 0 || has_plain_dict_slot(tp))) {
        uint32_t bit = shadow_filter_bit(tp, name);
        int shadowed = instance_shadows(owner, name, bit);
        if (shadowed < 0) return fail(co, i);
        if (shadowed == 0) {
            c.version = version;
            c.obj = descr;   // borrowed: the class dict holds it while the version is unchanged
            c.aux = bit;
            return rewrite(co, i, descr->type == &FunctionType ? LOAD_ATTR_METHOD : LOAD_ATTR_NONDESCRIPTOR);
        }
    }
    if (!has_plain_dict_slot(tp)) return fail(co, i);
    ssize ix = instance_attr_position(owner, name);
    if (ix < 0) return fail(co, i);
    c.version = version;
    c.index = static_cast<uint32_t>(ix);
    return rewrite(co, i, LOAD_ATTR_INSTANCE);
}

bool specialize_load_method(CodeObject* co, int i, Object* owner, Object* name) {
    TypeObject* tp = owner->type;
    InlineCache& c = co->caches[i];
    if (tp == &ModuleType) {
        if (type_lookup(tp, name)) return fail(co, i);
        ssize ix = dict_entry_index_of(static_cast<ModuleObject*>(owner)->dict, name);
        if (ix < 0) return fail(co, i);
        c.index = static_cast<uint32_t>(ix);
        return rewrite(co, i, LOAD_METHOD_MODULE);
    }
    if (tp->getattro != generic_getattr) return fail(co, i);
    uint32_t version = type_version_tag(tp);
    if (!version) return fail(co, i);
    Object* descr = type_lookup(tp, name);
    if (descr && !type_has(descr->type, kTypeMethodDescriptor)) {
        // Not a method: a callable kept in the instance (self.callback(x)) or in a slot, loaded
        // as LOAD_ATTR would load it, with null for self.
        ssize offset;
        if (member_descr_offset(descr, tp, &offset)) {
            if (type_has(tp, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass)) return fail(co, i);
            c.version = version;
            c.index = static_cast<uint32_t>(offset);
            return rewrite(co, i, LOAD_METHOD_SLOT);
        }
        // A data descriptor wins over the instance dict; an instance of a class could become
        // one (a __set__ added later) without changing the owner's version.
        if ((descr->type->descr_get && descr->type->descr_set) || type_has(descr->type, kTypeHeap)) return fail(co, i);
    }
    if (!descr || !type_has(descr->type, kTypeMethodDescriptor)) {
        if (!has_plain_dict_slot(tp)) return fail(co, i);
        ssize ix = instance_attr_position(owner, name);
        if (ix < 0) return fail(co, i);
        c.version = version;
        c.index = static_cast<uint32_t>(ix);
        return rewrite(co, i, LOAD_METHOD_INSTANCE);
    }
    if (tp->dictoffset != 0 && !has_plain_dict_slot(tp)) return fail(co, i);
    c.version = version;
    c.obj = descr;
    c.aux = shadow_filter_bit(tp, name);
    return rewrite(co, i, LOAD_METHOD_CACHED);
}

bool specialize_load_global(CodeObject* co, int i, Object* globals, Object* builtins, Object* name) {
    InlineCache& c = co->caches[i];
    // A dict subclass's __getitem__/__missing__ must run on every lookup: only exact dicts.
    if (!is_dict_exact(globals) || !is_dict(builtins)) return fail(co, i);
    ssize ix = dict_entry_index_of(globals, name);
    if (ix >= 0) {
        c.index = static_cast<uint32_t>(ix);
        return rewrite(co, i, LOAD_GLOBAL_MODULE);
    }
    // Only when the name is truly absent from the globals (not there under an equal, non-identical
    // key) may the builtins answer.
    Object* v = dict_getitem(globals, name);
    if (v || err_occurred()) return fail(co, i);
    ix = dict_entry_index_of(builtins, name);
    if (ix < 0) return fail(co, i);
    c.index = static_cast<uint32_t>(ix);
    c.keys_version = static_cast<DictObject*>(globals)->keys_version;
    return rewrite(co, i, LOAD_GLOBAL_BUILTIN);
}

bool specialize_store_attr(CodeObject* co, int i, Object* owner, Object* name) {
    TypeObject* tp = owner->type;
    InlineCache& c = co->caches[i];
    if (tp->setattro != generic_setattr) return fail(co, i);
    uint32_t version = type_version_tag(tp);
    if (!version) return fail(co, i);
    Object* descr = type_lookup(tp, name);
    ssize offset;
    if (descr && member_descr_offset(descr, tp, &offset)) {
        if (type_has(tp, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass)) return fail(co, i);
        c.version = version;
        c.index = static_cast<uint32_t>(offset);
        return rewrite(co, i, STORE_ATTR_SLOT);
    }
    if (descr && descr->type->descr_set) return fail(co, i);
    if (!has_plain_dict_slot(tp)) return fail(co, i);
    // A name not in the dict yet (an __init__ store) is expected where it lands now: instances
    // built by the same code put their attributes at the same entry positions. For inline values
    // the position is the name's in the class's shared keys (the next one if it has none yet);
    // the quickened store checks it before trusting it.
    Object* dict = plain_dict_of(owner);
    ssize ix;
    if (!dict && has_inline_values(tp)) {
        const SharedKeys* sk = tp->shared_keys;
        ix = sk ? shared_keys_find(sk, name) : -1;
        if (ix < 0) ix = sk ? static_cast<ssize>(sk->count) : 0;
    } else {
        ix = dict ? dict_entry_index_of(dict, name) : -1;
        if (ix < 0) ix = dict ? static_cast<DictObject*>(dict)->entries_used : 0;
    }
    c.version = version;
    c.index = static_cast<uint32_t>(ix);
    return rewrite(co, i, STORE_ATTR_INSTANCE);
}

// BINARY_OP at i has just taken a per-operator int or float form (or COMPARE_OP at i the int
// form): when its operands are a LOAD_FAST__LOAD_FAST or LOAD_FAST__LOAD_CONST pair right
// before it, that pair's first word takes the form that also runs the operation; a lone
// LOAD_CONST before it (the other operand computed) takes LOAD_CONST__BINOP. The words after
// the fused one are unchanged (a jump onto them runs them alone); the fused handlers read the
// operation word's form each time.
static bool fuse_operand_loads(CodeObject* co, int i) {
    if (i >= 1 && instr_op(co->instrs[i - 1]) == LOAD_CONST)
        co->instrs[i - 1] = make_instr(LOAD_CONST__BINOP, instr_arg(co->instrs[i - 1]));
    if (i >= 2) {
        Opcode first = instr_op(co->instrs[i - 2]);
        Opcode fused = first == LOAD_FAST__LOAD_FAST    ? LOAD_FAST__LOAD_FAST__BINOP
                       : first == LOAD_FAST__LOAD_CONST ? LOAD_FAST__LOAD_CONST__BINOP
                                                        : first;
        if (fused != first) co->instrs[i - 2] = make_instr(fused, instr_arg(co->instrs[i - 2]));
    }
    return true;
}

bool specialize_binary_op(CodeObject* co, int i, Object* lhs, Object* rhs, int op) {
    auto bop = static_cast<BinOp>(op);
    if (is_small_int(lhs) && is_small_int(rhs) && small_int_binop_supported(bop)) {
        if (bop == BinOp::Add) return rewrite(co, i, BINARY_OP_ADD_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Sub) return rewrite(co, i, BINARY_OP_SUB_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Mul) return rewrite(co, i, BINARY_OP_MUL_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::And) return rewrite(co, i, BINARY_OP_AND_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Or) return rewrite(co, i, BINARY_OP_OR_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Xor) return rewrite(co, i, BINARY_OP_XOR_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Mod) return rewrite(co, i, BINARY_OP_MOD_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::FloorDiv) return rewrite(co, i, BINARY_OP_FLOORDIV_INT) && fuse_operand_loads(co, i);
        if (bop == BinOp::RShift) return rewrite(co, i, BINARY_OP_RSHIFT_INT) && fuse_operand_loads(co, i);
        return rewrite(co, i, BINARY_OP_INT);
    }
    bool lf = lhs->type == &FloatType, rf = rhs->type == &FloatType;
    if (lf && rf) {
        if (bop == BinOp::Add) return rewrite(co, i, BINARY_OP_ADD_FLOAT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Sub) return rewrite(co, i, BINARY_OP_SUB_FLOAT) && fuse_operand_loads(co, i);
        if (bop == BinOp::Mul) return rewrite(co, i, BINARY_OP_MUL_FLOAT) && fuse_operand_loads(co, i);
    }
    if ((lf || rf) && (lf || is_small_int(lhs)) && (rf || is_small_int(rhs)) && float_binop_supported(bop))
        return rewrite(co, i, BINARY_OP_FLOAT);
    if (is_str_exact(lhs) && is_str_exact(rhs) && bop == BinOp::Add) return rewrite(co, i, BINARY_OP_ADD_STR);
    return fail(co, i);
}

bool specialize_compare_op(CodeObject* co, int i, Object* lhs, Object* rhs, int op) {
    if (is_small_int(lhs) && is_small_int(rhs)) return rewrite(co, i, COMPARE_OP_INT) && fuse_operand_loads(co, i);
    double x, y;
    if ((lhs->type == &FloatType || rhs->type == &FloatType) && float_compare_operand(lhs, &x) && float_compare_operand(rhs, &y))
        return rewrite(co, i, COMPARE_OP_FLOAT);
    auto cop = static_cast<CompareOp>(op);
    if (is_str_exact(lhs) && is_str_exact(rhs) && (cop == CompareOp::Eq || cop == CompareOp::Ne))
        return rewrite(co, i, COMPARE_OP_STR);
    return fail(co, i);
}

bool specialize_subscr(CodeObject* co, int i, Object* container, Object* key, bool is_store) {
    if (is_list_exact(container) && is_small_int(key))
        return rewrite(co, i, is_store ? STORE_SUBSCR_LIST_INT : BINARY_SUBSCR_LIST_INT);
    if (!is_store && is_tuple_exact(container) && is_small_int(key)) return rewrite(co, i, BINARY_SUBSCR_TUPLE_INT);
    if (is_dict_exact(container)) return rewrite(co, i, is_store ? STORE_SUBSCR_DICT : BINARY_SUBSCR_DICT);
    return fail(co, i);
}

bool specialize_unpack_sequence(CodeObject* co, int i, Object* seq, uint32_t count) {
    if (is_tuple_exact(seq) && tuple_size(seq) == static_cast<ssize>(count)) return rewrite(co, i, UNPACK_SEQUENCE_TUPLE);
    if (is_list_exact(seq) && list_size(seq) == static_cast<ssize>(count)) return rewrite(co, i, UNPACK_SEQUENCE_LIST);
    return fail(co, i);
}

bool specialize_for_iter(CodeObject* co, int i, Object* iter) {
    if (iter->type == &ListIterType) return rewrite(co, i, FOR_ITER_LIST);
    if (iter->type == &TupleIterType) return rewrite(co, i, FOR_ITER_TUPLE);
    if (iter->type == &RangeIterType) return rewrite(co, i, FOR_ITER_RANGE);
    if (iter->type == &GenType) return rewrite(co, i, FOR_ITER_GEN);
    return fail(co, i);
}

bool specialize_call(CodeObject* co, int i, Object* callable, uint32_t nargs, Object* kwnames) {
    InlineCache& c = co->caches[i];
    if (kwnames) {
        if (is_function(callable) && cache_kw_call(c, static_cast<FunctionObject*>(callable), nargs, kwnames))
            return rewrite(co, i, CALL_PY_KW);
        return fail(co, i);
    }
    // A bound method of a Python function: the function is called with self first.
    bool bound = is_method(callable) && is_function(static_cast<MethodObject*>(callable)->func);
    if (bound) {
        callable = static_cast<MethodObject*>(callable)->func;
        ++nargs;
    }
    if (is_function(callable)) {
        auto* func = static_cast<FunctionObject*>(callable);
        CodeObject* fc = func->code;
        // Exactly the positional parameters, nothing to bind by name: the arguments move straight
        // into the new frame's slots (cells and free variables are made there, as the version
        // fixes the code).
        constexpr int kNotSimple = kCoGenerator | kCoCoroutine | kCoAsyncGenerator | kCoVarargs | kCoVarkeywords;
        if ((fc->flags & kNotSimple) || fc->kwonlyargcount != 0 || fc->argcount < static_cast<int>(nargs) ||
            func->version == 0)
            return fail(co, i);
        if (bound) {
            if (fc->argcount != static_cast<int>(nargs)) return fail(co, i);
            c.version = func->version;
            return rewrite(co, i, CALL_BOUND_METHOD_EXACT_ARGS);
        }
        c.version = func->version;
        if (fc->argcount == static_cast<int>(nargs)) return rewrite(co, i, CALL_PY_EXACT_ARGS);
        // Fewer arguments than parameters: the defaults (fixed by the version) supply the rest.
        ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
        if (fc->argcount - ndefaults > static_cast<ssize>(nargs)) return fail(co, i);
        return rewrite(co, i, CALL_PY_WITH_DEFAULTS);
    }
    if (callable == static_cast<Object*>(&SuperType) && nargs == 0) {
        if (cache_super_method(co, i, c)) return rewrite(co, i, CALL_SUPER_METHOD);
        if (err_occurred()) err_clear();
    }
    if (callable->type == &BuiltinFunctionType) return rewrite(co, i, CALL_BUILTIN);
    if (callable->type == &MethodDescrType && nargs >= 1) return rewrite(co, i, CALL_BUILTIN);
    if (is_type(callable)) {
        if (cache_init_call(c, static_cast<TypeObject*>(callable), nargs)) return rewrite(co, i, CALL_TYPE_INIT);
        return rewrite(co, i, CALL_TYPE);
    }
    return fail(co, i);
}

bool specialize_add_type(CodeObject* co, int i, Object* owner, Object* name) {
    InlineCache& c = co->caches[i];
    TypeObject* tp = owner->type;
    uint32_t lo = static_cast<uint32_t>(c.keys_version), hi = static_cast<uint32_t>(c.keys_version >> 32);
    if (lo != 0 && hi != 0) return false;   // full
    Opcode op = instr_op(co->instrs[i]);
    bool ok = false;
    if (op == LOAD_ATTR_INSTANCE || op == STORE_ATTR_INSTANCE) {
        bool load = op == LOAD_ATTR_INSTANCE;
        if (load ? tp->getattro != generic_getattr : tp->setattro != generic_setattr) return false;
        if (!has_plain_dict_slot(tp)) return false;
        Object* descr = type_lookup(tp, name);
        if (descr && (descr->type->descr_set || (load && descr->type == &PropertyType))) return false;
        if (load) {
            ok = instance_attr_position(owner, name) == static_cast<ssize>(c.index);
        } else {
            ok = true;   // the store form writes any instance dict of a descriptor-free type
        }
    } else if (op == LOAD_ATTR_PROPERTY) {
        Object* descr = tp->getattro == generic_getattr ? type_lookup(tp, name) : nullptr;
        ok = descr && descr->type == &PropertyType && static_cast<PropertyObject*>(descr)->fget == c.obj;
    } else if (op == LOAD_METHOD_CACHED) {
        // The instance-dict check reads the dict slot only when the first type had one: the
        // added type must agree.
        bool has_dict = c.aux < 64;
        ok = tp->getattro == generic_getattr && type_lookup(tp, name) == c.obj &&
             (has_dict ? has_plain_dict_slot(tp) : tp->dictoffset == 0);
    }
    if (!ok) return false;
    uint32_t tag = type_version_tag(tp);
    if (tag == 0) return false;
    if (lo == 0) c.keys_version = (c.keys_version & ~uint64_t{0xffffffff}) | tag;
    else c.keys_version = (c.keys_version & uint64_t{0xffffffff}) | (uint64_t{tag} << 32);
    return true;
}

void specialization_miss(CodeObject* co, int i) {
    InlineCache& c = co->caches[i];
    if (--c.counter != 0) return;
    co->instrs[i] = make_instr(base_opcode(instr_op(co->instrs[i])), instr_arg(co->instrs[i]));
    back_off(c);
}

void code_base_instrs(CodeObject* co, std::vector<Instr>* out) {
    out->clear();
    out->reserve(co->instrs.size());
    for (Instr in : co->instrs) out->push_back(make_instr(base_opcode(instr_op(in)), instr_arg(in)));
}

}  // namespace pygen
