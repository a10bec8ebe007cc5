// Dunder methods <-> TypeObject slots. For built-in types: wrapper descriptors that expose a C
// slot as a Python method (int.__add__, object.__init__). For classes: the slot_* dispatchers
// that look a dunder up on the type and call it, and the logic choosing per slot between the C
// function a built-in base provides and the generic dispatcher (so class L(list) keeps list's
// speed unless it overrides). Also the heap-type instance lifecycle and __del__.
// CPython counterpart: Objects/typeobject.c (slotdefs, wrap_*, slot_*, update_one_slot).
#include <array>
#include <deque>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/gc.h"
#include "vm/thread_state.h"
#include "objects/weakref.h"

namespace pygen {

// needs: abstract.cpp — address of an instance field laid out at `offset` (handles the subclasses
// of str/bytes/tuple, whose added fields follow their inline data).
Object** instance_field_ptr(Object* o, ssize offset);

// ---- Slot access ----

AnyFn get_slot(const TypeObject* t, int slot) {
    auto any = [](auto f) { return reinterpret_cast<AnyFn>(f); };
    if (slot >= kSlotNbInplace) return any(t->nb_inplace[slot - kSlotNbInplace]);
    if (slot >= kSlotNb) return any(t->nb[slot - kSlotNb]);
    switch (slot) {
        case kSlotRepr: return any(t->repr);
        case kSlotStr: return any(t->str);
        case kSlotHash: return any(t->hash);
        case kSlotRichCompare: return any(t->richcompare);
        case kSlotGetAttro: return any(t->getattro);
        case kSlotSetAttro: return any(t->setattro);
        case kSlotDescrGet: return any(t->descr_get);
        case kSlotDescrSet: return any(t->descr_set);
        case kSlotCall: return any(t->call);
        case kSlotIter: return any(t->iter);
        case kSlotIterNext: return any(t->iternext);
        case kSlotInit: return any(t->tp_init);
        case kSlotNew: return any(t->tp_new);
        case kSlotLen: return any(t->len);
        case kSlotGetItem: return any(t->getitem);
        case kSlotSetItem: return any(t->setitem);
        case kSlotContains: return any(t->contains);
        case kSlotNegative: return any(t->nb_negative);
        case kSlotPositive: return any(t->nb_positive);
        case kSlotAbsolute: return any(t->nb_absolute);
        case kSlotInvert: return any(t->nb_invert);
        case kSlotBool: return any(t->nb_bool);
        case kSlotInt: return any(t->nb_int);
        case kSlotFloat: return any(t->nb_float);
        case kSlotIndex: return any(t->nb_index);
        case kSlotPower3: return any(t->nb_power3);
        case kSlotDel: return any(t->finalize);
        default: return nullptr;
    }
}

void set_slot(TypeObject* t, int slot, AnyFn fn) {
#define PYGEN_SET(field) t->field = reinterpret_cast<decltype(t->field)>(fn)
    if (slot >= kSlotNbInplace) {
        t->nb_inplace[slot - kSlotNbInplace] = reinterpret_cast<BinaryFn>(fn);
        return;
    }
    if (slot >= kSlotNb) {
        t->nb[slot - kSlotNb] = reinterpret_cast<BinaryFn>(fn);
        return;
    }
    switch (slot) {
        case kSlotRepr: PYGEN_SET(repr); break;
        case kSlotStr: PYGEN_SET(str); break;
        case kSlotHash: PYGEN_SET(hash); break;
        case kSlotRichCompare: PYGEN_SET(richcompare); break;
        case kSlotGetAttro: PYGEN_SET(getattro); break;
        case kSlotSetAttro: PYGEN_SET(setattro); break;
        case kSlotDescrGet: PYGEN_SET(descr_get); break;
        case kSlotDescrSet: PYGEN_SET(descr_set); break;
        case kSlotCall: PYGEN_SET(call); break;
        case kSlotIter: PYGEN_SET(iter); break;
        case kSlotIterNext: PYGEN_SET(iternext); break;
        case kSlotInit: PYGEN_SET(tp_init); break;
        case kSlotNew: PYGEN_SET(tp_new); break;
        case kSlotLen: PYGEN_SET(len); break;
        case kSlotGetItem: PYGEN_SET(getitem); break;
        case kSlotSetItem: PYGEN_SET(setitem); break;
        case kSlotContains: PYGEN_SET(contains); break;
        case kSlotNegative: PYGEN_SET(nb_negative); break;
        case kSlotPositive: PYGEN_SET(nb_positive); break;
        case kSlotAbsolute: PYGEN_SET(nb_absolute); break;
        case kSlotInvert: PYGEN_SET(nb_invert); break;
        case kSlotBool: PYGEN_SET(nb_bool); break;
        case kSlotInt: PYGEN_SET(nb_int); break;
        case kSlotFloat: PYGEN_SET(nb_float); break;
        case kSlotIndex: PYGEN_SET(nb_index); break;
        case kSlotPower3: PYGEN_SET(nb_power3); break;
        case kSlotDel: PYGEN_SET(finalize); break;
        default: break;
    }
#undef PYGEN_SET
}

namespace {

// ---- Calling dunders found on the type ----

// type(self).name called with self first. *found is false (and null returned without an
// exception) when the type has no such attribute, and also, with bind_error_is_absent, when
// binding it raised (the error dropped: CPython's slot_tp_richcompare).
Object* call_dunder(Object* self, Object* name, Object* const* args, size_t nargs, Object* kwnames, bool* found,
                    bool bind_error_is_absent = false) {
    Object* func = type_lookup(self->type, name);
    if (func == nullptr) {
        *found = false;
        return nullptr;
    }
    *found = true;
    incref(func);
    Object* res;
    if (type_has(func->type, kTypeMethodDescriptor)) {
        res = call_with_self(func, self, args, nargs, kwnames);
    } else if (DescrGetFn get = func->type->descr_get) {
        Object* bound = get(func, self, self->type);
        if (!bound && bind_error_is_absent) {
            err_clear();
            *found = false;
        }
        res = bound ? call(bound, args, nargs, kwnames) : nullptr;
        xdecref(bound);
    } else {
        res = call(func, args, nargs, kwnames);
    }
    decref(func);
    return res;
}

// As call_dunder, but a missing method is an AttributeError on the type.
Object* call_dunder_required(Object* self, Object* name, Object* const* args, size_t nargs, Object* kwnames = nullptr) {
    bool found;
    Object* res = call_dunder(self, name, args, nargs, kwnames, &found);
    if (!found) err_set_object(AttributeError, name);
    return res;
}

// A missing method reads as NotImplemented (binary operators, comparisons).
Object* call_dunder_or_notimpl(Object* self, Object* name, Object* const* args, size_t nargs) {
    bool found;
    Object* res = call_dunder(self, name, args, nargs, nullptr, &found);
    if (!found) return incref(NotImplemented);
    return res;
}

// Interned names of the number slots: [op][0] = __add__, [1] = __radd__, [2] = __iadd__.
Object* g_nb_names[static_cast<int>(BinOp::Count)][3];
const char* const kNbStems[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                "or", "pow", "rshift", "sub", "truediv", "xor"};
const char* const kRichNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
Object* g_rich_names[6];

// ---- Generic dispatchers installed on classes (slot_*) ----

Object* slot_tp_repr(Object* self) {
    bool found;
    Object* res = call_dunder(self, PYGEN_ID(__repr__), nullptr, 0, nullptr, &found);
    if (!found) return object_default_repr(self);
    return res;
}

Object* slot_tp_str(Object* self) { return call_dunder_required(self, PYGEN_ID(__str__), nullptr, 0); }

int64_t slot_tp_hash(Object* self) {
    Object* func = type_lookup(self->type, PYGEN_ID(__hash__));
    if (func == nullptr || func == None) return hash_not_implemented(self);
    Object* res = call_dunder_required(self, PYGEN_ID(__hash__), nullptr, 0);
    if (res == nullptr) return -1;
    if (!is_int(res)) {
        decref(res);
        err_set_string(TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (!int_as_i64(res, &h)) h = int_hash(res);   // too big: reduce it the way int hashes
    decref(res);
    return h == -1 ? -2 : h;
}

// CPython: typeobject.c, slot_tp_richcompare — an error while getting the method (a property
// raising) counts as the method being absent: NotImplemented, the error dropped.
Object* slot_tp_richcompare(Object* self, Object* other, CompareOp op) {
    bool found;
    Object* res = call_dunder(self, g_rich_names[static_cast<int>(op)], &other, 1, nullptr, &found,
                              /*bind_error_is_absent=*/true);
    return found ? res : incref(NotImplemented);
}

// CPython: typeobject.c, slot_tp_getattr_hook — __getattribute__, then __getattr__ when that
// raised AttributeError.
Object* slot_tp_getattr_hook(Object* self, Object* name) {
    TypeObject* tp = self->type;
    Object* getattr = type_lookup(tp, PYGEN_ID(__getattr__));
    Object* getattribute = type_lookup(tp, PYGEN_ID(__getattribute__));
    bool generic = getattribute == nullptr ||
                   (getattribute->type == &WrapperDescrType &&
                    static_cast<WrapperDescrObject*>(getattribute)->wrapped == reinterpret_cast<AnyFn>(generic_getattr));
    Object* res;
    if (generic && getattr != nullptr) {
        // As CPython's hook, the generic lookup suppresses its AttributeError rather than
        // creating one to discard (creating it would call the class and count a recursion level).
        res = generic_getattr_suppress(self, name);
        if (res != nullptr || err_occurred()) return res;
        return call_dunder_required(self, PYGEN_ID(__getattr__), &name, 1);
    }
    if (generic) {
        res = generic_getattr(self, name);
    } else {
        res = call_dunder_required(self, PYGEN_ID(__getattribute__), &name, 1);
    }
    if (res != nullptr || getattr == nullptr || !err_matches(AttributeError)) return res;
    err_clear();
    return call_dunder_required(self, PYGEN_ID(__getattr__), &name, 1);
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
    Object* res;
    if (value == nullptr) {
        res = call_dunder_required(self, PYGEN_ID(__delattr__), &name, 1);
    } else {
        Object* args[2] = {name, value};
        res = call_dunder_required(self, PYGEN_ID(__setattr__), args, 2);
    }
    if (res == nullptr) return -1;
    decref(res);
    return 0;
}

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
    if (type_lookup(self->type, PYGEN_ID(__get__)) == nullptr) return newref(self);
    Object* args[2] = {obj ? obj : None, type ? type : None};
    return call_dunder_required(self, PYGEN_ID(__get__), args, 2);
}

int slot_tp_descr_set(Object* self, Object* target, Object* value) {
    Object* res;
    if (value == nullptr) {
        res = call_dunder_required(self, PYGEN_ID(__delete__), &target, 1);
    } else {
        Object* args[2] = {target, value};
        res = call_dunder_required(self, PYGEN_ID(__set__), args, 2);
    }
    if (res == nullptr) return -1;
    decref(res);
    return 0;
}

// CPython: typeobject.c, slot_tp_call, reached through _PyObject_MakeTpCall's recursion check: a
// __call__ that is itself an instance of the class (A.__call__ = A()) recurses in C++ only.
Object* slot_tp_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!enter_recursive_call(" while calling a Python object")) return nullptr;
    bool found;
    Object* res = call_dunder(self, PYGEN_ID(__call__), args, nargs, kwnames, &found);
    leave_recursive_call();
    if (!found) return err_format(TypeError, "'%s' object is not callable", self->type->name);
    return res;
}

Object* slot_tp_iter(Object* self) {
    Object* func = type_lookup(self->type, PYGEN_ID(__iter__));
    if (func == None) return err_format(TypeError, "'%s' object is not iterable", self->type->name);
    if (func == nullptr) {
        Object* getitem = type_lookup(self->type, PYGEN_ID(__getitem__));
        if (getitem != nullptr && getitem != None) return seq_iter_new(self);
        return err_format(TypeError, "'%s' object is not iterable", self->type->name);
    }
    return call_dunder_required(self, PYGEN_ID(__iter__), nullptr, 0);
}

// A StopIteration raised by __next__ stays pending; iter_next (abstract.cpp) treats it as the end.
Object* slot_tp_iternext(Object* self) { return call_dunder_required(self, PYGEN_ID(__next__), nullptr, 0); }

int slot_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool found;
    Object* res = call_dunder(self, PYGEN_ID(__init__), args, nargs, kwnames, &found);
    if (!found) return 0;
    if (res == nullptr) return -1;
    if (res != None) {
        err_format(TypeError, "__init__() should return None, not '%s'", res->type->name);
        decref(res);
        return -1;
    }
    decref(res);
    return 0;
}

Object* slot_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* func = type_getattro(type, PYGEN_ID(__new__));
    if (func == nullptr) return nullptr;
    Object* res = call_with_self(func, type, args, nargs, kwnames);
    decref(func);
    return res;
}

ssize slot_sq_length(Object* self) {
    Object* res = call_dunder_required(self, PYGEN_ID(__len__), nullptr, 0);
    if (res == nullptr) return -1;
    Object* index = number_index(res);
    decref(res);
    if (index == nullptr) return -1;
    if (int_sign(index) < 0) {
        decref(index);
        err_set_string(ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize n = number_as_ssize(index, OverflowError);
    decref(index);
    return n;
}

Object* slot_mp_subscript(Object* self, Object* key) { return call_dunder_required(self, PYGEN_ID(__getitem__), &key, 1); }

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
    Object* res;
    if (value == nullptr) {
        res = call_dunder_required(self, PYGEN_ID(__delitem__), &key, 1);
    } else {
        Object* args[2] = {key, value};
        res = call_dunder_required(self, PYGEN_ID(__setitem__), args, 2);
    }
    if (res == nullptr) return -1;
    decref(res);
    return 0;
}

int slot_sq_contains(Object* self, Object* value) {
    Object* func = type_lookup(self->type, PYGEN_ID(__contains__));
    if (func == None) {
        err_format(TypeError, "'%s' object is not a container", self->type->name);
        return -1;
    }
    if (func == nullptr) {
        // Search by iteration, as sequence_contains does for types without the slot.
        Object* it = object_iter(self);
        if (it == nullptr) return -1;
        int found = 0;
        while (Object* x = iter_next(it)) {
            int cmp = object_rich_compare_bool(x, value, CompareOp::Eq);
            decref(x);
            if (cmp != 0) {
                found = cmp;
                break;
            }
        }
        if (found == 0 && err_occurred()) found = -1;
        decref(it);
        return found;
    }
    Object* res = call_dunder_required(self, PYGEN_ID(__contains__), &value, 1);
    if (res == nullptr) return -1;
    int r = object_is_true(res);
    decref(res);
    return r;
}

int slot_nb_bool(Object* self) {
    bool found;
    Object* res = call_dunder(self, PYGEN_ID(__bool__), nullptr, 0, nullptr, &found);
    if (!found) {
        Object* len = type_lookup(self->type, PYGEN_ID(__len__));
        if (len == nullptr) return 1;
        ssize n = slot_sq_length(self);
        return n < 0 ? -1 : n > 0;
    }
    if (res == nullptr) return -1;
    if (!is_bool(res)) {
        err_format(TypeError, "__bool__ should return bool, returned %s", res->type->name);
        decref(res);
        return -1;
    }
    int r = res == True;
    decref(res);
    return r;
}

#define PYGEN_UNARY_SLOT(fname, dunder) \
    Object* fname(Object* self) { return call_dunder_required(self, PYGEN_ID(dunder), nullptr, 0); }
PYGEN_UNARY_SLOT(slot_nb_negative, __neg__)
PYGEN_UNARY_SLOT(slot_nb_positive, __pos__)
PYGEN_UNARY_SLOT(slot_nb_absolute, __abs__)
PYGEN_UNARY_SLOT(slot_nb_invert, __invert__)
PYGEN_UNARY_SLOT(slot_nb_int, __int__)
PYGEN_UNARY_SLOT(slot_nb_float, __float__)
PYGEN_UNARY_SLOT(slot_nb_index, __index__)
#undef PYGEN_UNARY_SLOT

// True when `right` has its own `name`, different from what `left` would use.
bool method_is_overloaded(TypeObject* left, TypeObject* right, Object* name) {
    Object* b = type_lookup(right, name);
    if (b == nullptr) return false;
    Object* a = type_lookup(left, name);
    return a == nullptr || a != b;
}

// CPython: typeobject.c, SLOT1BINFULL. Runs for either operand: `self` is the left one when its
// type carries this dispatcher, and the reflected method of the right one is used otherwise.
template <int Op>
Object* slot_nb_binary(Object* a, Object* b) {
    Object* name = g_nb_names[Op][0];
    Object* rname = g_nb_names[Op][1];
    bool do_other = a->type != b->type && b->type->nb[Op] == slot_nb_binary<Op>;
    if (a->type->nb[Op] == slot_nb_binary<Op>) {
        if (do_other && is_subtype(b->type, a->type) && method_is_overloaded(a->type, b->type, rname)) {
            Object* r = call_dunder_or_notimpl(b, rname, &a, 1);
            if (r != NotImplemented) return r;
            decref(r);
            do_other = false;
        }
        Object* r = call_dunder_or_notimpl(a, name, &b, 1);
        if (r != NotImplemented || b->type == a->type) return r;
        decref(r);
    }
    if (do_other) return call_dunder_or_notimpl(b, rname, &a, 1);
    return incref(NotImplemented);
}

template <int Op>
Object* slot_nb_inplace(Object* a, Object* b) {
    return call_dunder_or_notimpl(a, g_nb_names[Op][2], &b, 1);
}

// Three-argument pow only ever calls the left operand's __pow__ (as CPython).
Object* slot_nb_power3(Object* a, Object* b, Object* mod) {
    if (a->type->nb_power3 != slot_nb_power3) return incref(NotImplemented);
    Object* args[2] = {b, mod};
    return call_dunder_or_notimpl(a, g_nb_names[static_cast<int>(BinOp::Pow)][0], args, 2);
}

template <size_t... I>
constexpr auto make_binary_slots(std::index_sequence<I...>) {
    return std::array<BinaryFn, sizeof...(I)>{slot_nb_binary<static_cast<int>(I)>...};
}
template <size_t... I>
constexpr auto make_inplace_slots(std::index_sequence<I...>) {
    return std::array<BinaryFn, sizeof...(I)>{slot_nb_inplace<static_cast<int>(I)>...};
}
constexpr auto kBinarySlots = make_binary_slots(std::make_index_sequence<static_cast<size_t>(BinOp::Count)>{});
constexpr auto kInplaceSlots = make_inplace_slots(std::make_index_sequence<static_cast<size_t>(BinOp::Count)>{});

// ---- Wrappers: calling a built-in type's C slot from Python ----

bool check_args(size_t nargs, size_t expected) {
    if (nargs == expected) return true;
    err_format(TypeError, "expected %zu argument%s, got %zu", expected, expected == 1 ? "" : "s", nargs);
    return false;
}

bool check_no_kw(const WrapperDescrObject* d, Object* kwnames) {
    if (kwnames == nullptr || tuple_size(kwnames) == 0) return true;
    err_format(TypeError, "wrapper %s() takes no keyword arguments", d->def->name);
    return false;
}

template <class F>
F wrapped_as(const WrapperDescrObject* d) {
    return reinterpret_cast<F>(d->wrapped);
}

Object* wrap_unary(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    return wrapped_as<UnaryFn>(d)(self);
}

Object* wrap_next(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    Object* res = wrapped_as<UnaryFn>(d)(self);
    if (res == nullptr && !err_occurred()) err_set_object(StopIteration, nullptr);
    return res;
}

// A built-in finaliser called as __del__: it reports its own errors as unraisable.
Object* wrap_del(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    wrapped_as<DeallocFn>(d)(self);
    return none_new();
}

Object* wrap_inquirypred(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    int r = wrapped_as<InquiryFn>(d)(self);
    if (r < 0) return nullptr;
    return bool_from(r);
}

Object* wrap_lenfunc(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    ssize n = wrapped_as<LenFn>(d)(self);
    if (n < 0) return nullptr;
    return int_from_i64(n);
}

Object* wrap_hashfunc(Object* self, Object* const*, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 0)) return nullptr;
    int64_t h = wrapped_as<HashFn>(d)(self);
    if (h == -1 && err_occurred()) return nullptr;
    return int_from_i64(h);
}

Object* wrap_binaryfunc(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    return wrapped_as<BinaryFn>(d)(self, args[0]);
}

Object* wrap_binaryfunc_r(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    return wrapped_as<BinaryFn>(d)(args[0], self);
}

Object* wrap_pow(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw)) return nullptr;
    if (nargs != 1 && nargs != 2) {
        return err_format(TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    }
    if (nargs == 2 && args[1] != None) {
        TernaryFn f = d->owner->nb_power3;
        if (f == nullptr) return incref(NotImplemented);
        return f(self, args[0], args[1]);
    }
    return wrapped_as<BinaryFn>(d)(self, args[0]);
}

Object* wrap_rpow(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw)) return nullptr;
    if (nargs != 1 && nargs != 2) {
        return err_format(TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    }
    if (nargs == 2 && args[1] != None) {
        TernaryFn f = d->owner->nb_power3;
        if (f == nullptr) return incref(NotImplemented);
        return f(args[0], self, args[1]);
    }
    return wrapped_as<BinaryFn>(d)(args[0], self);
}

Object* wrap_richcmp(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    return wrapped_as<RichCmpFn>(d)(self, args[0], static_cast<CompareOp>(d->def->arg));
}

Object* wrap_objobjproc(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    int r = wrapped_as<ObjObjFn>(d)(self, args[0]);
    if (r < 0) return nullptr;
    return bool_from(r);
}

Object* wrap_setitem(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 2)) return nullptr;
    if (wrapped_as<ObjObjArgFn>(d)(self, args[0], args[1]) < 0) return nullptr;
    return none_new();
}

Object* wrap_delitem(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    if (wrapped_as<ObjObjArgFn>(d)(self, args[0], nullptr) < 0) return nullptr;
    return none_new();
}

Object* wrap_getattr(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    return wrapped_as<GetAttrFn>(d)(self, args[0]);
}

// CPython: typeobject.c, hackcheck — object.__setattr__(cls, ...) must not bypass type.__setattr__.
bool hackcheck(Object* self, SetAttrFn func, const char* what) {
    TypeObject* type = self->type;
    Object* mro = type->mro;
    if (mro == nullptr) return true;
    TypeObject* defining = type;
    for (ssize i = tuple_size(mro) - 1; i >= 0; i--) {
        auto* base = static_cast<TypeObject*>(tuple_item(mro, i));
        if (base->setattro == slot_tp_setattro) continue;
        if (base->setattro == type->setattro) {
            defining = base;
            break;
        }
    }
    for (TypeObject* base = defining; base != nullptr; base = base->base) {
        if (base->setattro == func) break;
        if (base->setattro != slot_tp_setattro) {
            err_format(TypeError, "can't apply this %s to %s object", what, type->name);
            return false;
        }
    }
    return true;
}

Object* wrap_setattr(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 2)) return nullptr;
    auto f = wrapped_as<SetAttrFn>(d);
    if (!hackcheck(self, f, "__setattr__")) return nullptr;
    if (f(self, args[0], args[1]) < 0) return nullptr;
    return none_new();
}

Object* wrap_delattr(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    auto f = wrapped_as<SetAttrFn>(d);
    if (!hackcheck(self, f, "__delattr__")) return nullptr;
    if (f(self, args[0], nullptr) < 0) return nullptr;
    return none_new();
}

Object* wrap_descr_get(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw)) return nullptr;
    if (nargs != 1 && nargs != 2) return err_format(TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    Object* obj = args[0] == None ? nullptr : args[0];
    Object* type = nargs == 2 && args[1] != None ? args[1] : nullptr;
    if (obj == nullptr && type == nullptr) return err_set_string(TypeError, "__get__(None, None) is invalid");
    return wrapped_as<DescrGetFn>(d)(self, obj, type);
}

Object* wrap_descr_set(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 2)) return nullptr;
    if (wrapped_as<DescrSetFn>(d)(self, args[0], args[1]) < 0) return nullptr;
    return none_new();
}

Object* wrap_descr_delete(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (!check_no_kw(d, kw) || !check_args(nargs, 1)) return nullptr;
    if (wrapped_as<DescrSetFn>(d)(self, args[0], nullptr) < 0) return nullptr;
    return none_new();
}

Object* wrap_call(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    return wrapped_as<VectorcallFn>(d)(self, args, nargs, kw);
}

Object* wrap_init(Object* self, Object* const* args, size_t nargs, Object* kw, const WrapperDescrObject* d) {
    if (wrapped_as<InitFn>(d)(self, args, nargs, kw) < 0) return nullptr;
    return none_new();
}

// ---- The table ----

std::vector<SlotDef>& slot_table() {
    static std::vector<SlotDef> table;
    if (!table.empty()) return table;
    auto any = [](auto f) { return reinterpret_cast<AnyFn>(f); };
    auto add = [&](const char* name, int slot, AnyFn generic, WrapperFn wrapper, int arg = 0) {
        table.push_back(SlotDef{name, slot, generic, wrapper, arg, nullptr});
    };
    add("__repr__", kSlotRepr, any(slot_tp_repr), wrap_unary);
    add("__hash__", kSlotHash, any(slot_tp_hash), wrap_hashfunc);
    add("__str__", kSlotStr, any(slot_tp_str), wrap_unary);
    add("__getattribute__", kSlotGetAttro, any(slot_tp_getattr_hook), wrap_getattr);
    add("__getattr__", kSlotGetAttro, any(slot_tp_getattr_hook), nullptr);
    add("__setattr__", kSlotSetAttro, any(slot_tp_setattro), wrap_setattr);
    add("__delattr__", kSlotSetAttro, any(slot_tp_setattro), wrap_delattr);
    for (int op = 0; op < 6; op++) add(kRichNames[op], kSlotRichCompare, any(slot_tp_richcompare), wrap_richcmp, op);
    add("__iter__", kSlotIter, any(slot_tp_iter), wrap_unary);
    add("__next__", kSlotIterNext, any(slot_tp_iternext), wrap_next);
    add("__get__", kSlotDescrGet, any(slot_tp_descr_get), wrap_descr_get);
    add("__set__", kSlotDescrSet, any(slot_tp_descr_set), wrap_descr_set);
    add("__delete__", kSlotDescrSet, any(slot_tp_descr_set), wrap_descr_delete);
    add("__init__", kSlotInit, any(slot_tp_init), wrap_init);
    add("__new__", kSlotNew, any(slot_tp_new), nullptr);
    add("__del__", kSlotDel, nullptr, wrap_del);
    add("__call__", kSlotCall, any(slot_tp_call), wrap_call);
    // Number protocol, in CPython's order.
    static std::deque<std::string> names;   // stable storage for the generated dunder names
    for (int op = 0; op < static_cast<int>(BinOp::Count); op++) {
        names.push_back(std::string("__") + kNbStems[op] + "__");
        const char* l = names.back().c_str();
        names.push_back(std::string("__r") + kNbStems[op] + "__");
        const char* r = names.back().c_str();
        bool pow = op == static_cast<int>(BinOp::Pow);
        add(l, kSlotNb + op, any(kBinarySlots[static_cast<size_t>(op)]), pow ? wrap_pow : wrap_binaryfunc, op);
        add(r, kSlotNb + op, any(kBinarySlots[static_cast<size_t>(op)]), pow ? wrap_rpow : wrap_binaryfunc_r, op);
        if (pow) add(l, kSlotPower3, any(slot_nb_power3), nullptr, op);
    }
    for (int op = 0; op < static_cast<int>(BinOp::Count); op++) {
        names.push_back(std::string("__i") + kNbStems[op] + "__");
        add(names.back().c_str(), kSlotNbInplace + op, any(kInplaceSlots[static_cast<size_t>(op)]), wrap_binaryfunc, op);
    }
    add("__neg__", kSlotNegative, any(slot_nb_negative), wrap_unary);
    add("__pos__", kSlotPositive, any(slot_nb_positive), wrap_unary);
    add("__abs__", kSlotAbsolute, any(slot_nb_absolute), wrap_unary);
    add("__invert__", kSlotInvert, any(slot_nb_invert), wrap_unary);
    add("__bool__", kSlotBool, any(slot_nb_bool), wrap_inquirypred);
    add("__int__", kSlotInt, any(slot_nb_int), wrap_unary);
    add("__float__", kSlotFloat, any(slot_nb_float), wrap_unary);
    add("__index__", kSlotIndex, any(slot_nb_index), wrap_unary);
    add("__len__", kSlotLen, any(slot_sq_length), wrap_lenfunc);
    add("__getitem__", kSlotGetItem, any(slot_mp_subscript), wrap_binaryfunc);
    add("__setitem__", kSlotSetItem, any(slot_mp_ass_subscript), wrap_setitem);
    add("__delitem__", kSlotSetItem, any(slot_mp_ass_subscript), wrap_delitem);
    add("__contains__", kSlotContains, any(slot_sq_contains), wrap_objobjproc);
    add(nullptr, 0, nullptr, nullptr);
    return table;
}

// Per slot id, the table entries naming it.
std::vector<std::vector<const SlotDef*>>& slot_groups() {
    static std::vector<std::vector<const SlotDef*>> groups;
    return groups;
}
std::unordered_set<Object*>& slot_name_set() {
    static std::unordered_set<Object*> s;
    return s;
}
bool g_names_ready = false;

void ensure_slot_names() {
    if (g_names_ready) return;
    g_names_ready = true;
    auto& table = slot_table();
    auto& groups = slot_groups();
    groups.assign(kSlotCount, {});
    for (SlotDef& d : table) {
        if (d.name == nullptr) break;
        d.name_str = str_intern(d.name);
        slot_name_set().insert(d.name_str);
        groups[static_cast<size_t>(d.slot)].push_back(&d);
    }
    for (int op = 0; op < static_cast<int>(BinOp::Count); op++) {
        g_nb_names[op][0] = str_intern(std::string("__") + kNbStems[op] + "__");
        g_nb_names[op][1] = str_intern(std::string("__r") + kNbStems[op] + "__");
        g_nb_names[op][2] = str_intern(std::string("__i") + kNbStems[op] + "__");
    }
    for (int op = 0; op < 6; op++) g_rich_names[op] = str_intern(kRichNames[op]);
}

// CPython: typeobject.c, update_one_slot.
void update_one_slot(TypeObject* type, int slot) {
    if (slot == kSlotDel) {
        if (type_lookup(type, PYGEN_ID(__del__)) != nullptr) type->flags |= kTypeHasFinalizer;
        else type->flags &= ~kTypeHasFinalizer;
        return;
    }
    AnyFn generic = nullptr;
    AnyFn specific = nullptr;
    bool use_generic = false;
    for (const SlotDef* p : slot_groups()[static_cast<size_t>(slot)]) {
        Object* descr = type_lookup(type, p->name_str);
        if (descr == nullptr) continue;
        AnyFn candidate = nullptr;
        bool have_candidate = false;
        if (descr->type == &WrapperDescrType) {
            auto* d = static_cast<WrapperDescrObject*>(descr);
            if (is_subtype(type, d->owner)) {
                if (d->def == p || (d->def->wrapper == p->wrapper && d->def->slot == p->slot)) {
                    candidate = d->wrapped;
                    have_candidate = true;
                } else if (p->slot == kSlotPower3 && d->def->slot == kSlotNb + static_cast<int>(BinOp::Pow)) {
                    candidate = reinterpret_cast<AnyFn>(d->owner->nb_power3);
                    have_candidate = true;
                }
            }
        } else if (p->slot == kSlotNew && descr->type == &BuiltinFunctionType &&
                   static_cast<BuiltinFunctionObject*>(descr)->def == &kTpNewWrapperDef) {
            Object* owner = static_cast<BuiltinFunctionObject*>(descr)->self;
            candidate = reinterpret_cast<AnyFn>(static_cast<TypeObject*>(owner)->tp_new);
            have_candidate = true;
        } else if (descr->type == &MethodDescrType && p->slot != kSlotNew) {
            // A built-in type that lists the dunder in its method table as well as filling the
            // slot (CPython's METH_COEXIST): both do the same, so keep the C slot.
            TypeObject* owner = static_cast<TypeObject*>(method_descr_owner(descr));
            AnyFn own = owner ? get_slot(owner, p->slot) : nullptr;
            bool owners_entry = owner != nullptr && owner->dict != nullptr &&
                                dict_getitem_known_hash(owner->dict, p->name_str, str_hash(p->name_str)) == descr;
            if (owners_entry && !type_has(owner, kTypeHeap) && own != nullptr && is_subtype(type, owner)) {
                candidate = own;
                have_candidate = true;
            }
        } else if (descr == None && p->slot == kSlotHash) {
            candidate = reinterpret_cast<AnyFn>(hash_not_implemented);
            have_candidate = true;
        }
        if (have_candidate) {
            if (specific == nullptr || specific == candidate) specific = candidate;
            else use_generic = true;
            if (candidate == nullptr) use_generic = true;
        } else {
            use_generic = true;
        }
        generic = p->generic;
    }
    if (specific != nullptr && !use_generic) set_slot(type, slot, specific);
    else set_slot(type, slot, generic);
}

void update_slot_recursive(TypeObject* type, const std::vector<int>& slots, int depth) {
    for (int slot : slots) update_one_slot(type, slot);
    if (type->subclasses == nullptr || depth > 200) return;
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(type->subclasses, &pos, &key, &value)) {
        int64_t addr = 0;
        int_as_i64(key, &addr);
        auto* sub = reinterpret_cast<TypeObject*>(static_cast<intptr_t>(addr));
        update_slot_recursive(sub, slots, depth + 1);
    }
}

}  // namespace

const SlotDef* slotdefs() {
    ensure_slot_names();
    return slot_table().data();
}

void slotdefs_init() { ensure_slot_names(); }

bool is_slot_name(Object* name) {
    ensure_slot_names();
    return slot_name_set().count(name) != 0;
}

bool init_is_dunder_dispatch(const TypeObject* type) { return type->tp_init == slot_tp_init; }

bool is_generic_slot(int slot, AnyFn fn) {
    ensure_slot_names();
    for (const SlotDef* p : slot_groups()[static_cast<size_t>(slot)]) {
        if (p->generic == fn) return true;
    }
    return false;
}

bool add_slot_wrappers(TypeObject* type, const TypeObject& own) {
    ensure_slot_names();
    for (const SlotDef* p = slot_table().data(); p->name != nullptr; ++p) {
        if (p->wrapper == nullptr) continue;
        AnyFn fn = get_slot(&own, p->slot);
        if (fn == nullptr) continue;
        Object* existing = dict_getitem_known_hash(type->dict, p->name_str, str_hash(p->name_str));
        if (existing != nullptr) continue;
        Object* value;
        if (p->slot == kSlotHash && fn == reinterpret_cast<AnyFn>(hash_not_implemented)) value = none_new();
        else value = wrapper_descr_new(type, p, fn);
        if (value == nullptr) return false;
        int rc = dict_setitem(type->dict, p->name_str, value);
        decref(value);
        if (rc < 0) return false;
    }
    return true;
}

void fixup_slot_dispatchers(TypeObject* type) {
    ensure_slot_names();
    for (int slot = 0; slot < kSlotCount; slot++) {
        if (!slot_groups()[static_cast<size_t>(slot)].empty()) update_one_slot(type, slot);
    }
}

void update_slot(TypeObject* type, Object* name) {
    ensure_slot_names();
    std::vector<int> slots;
    for (const SlotDef* p = slot_table().data(); p->name != nullptr; ++p) {
        if (p->name_str == name) slots.push_back(p->slot);
    }
    if (slots.empty()) return;
    type_modified(type);
    update_slot_recursive(type, slots, 0);
}

// ---- Instances of classes ----

namespace {

TypeObject* static_base(TypeObject* type) {
    TypeObject* base = type;
    while (base != nullptr && type_has(base, kTypeHeap)) base = base->base;
    return base;
}

}  // namespace

bool type_has_finalizer(TypeObject* type) { return type_has(type, kTypeHasFinalizer); }

void call_finalizer(Object* o) {
    // The pending exception is set aside before the lookup: a miss in a class dict along the
    // mro must not take that exception for one of its own (a temporary whose __del__ is
    // inherited, freed while an error unwinds, crashed the eval loop).
    Object* saved = err_fetch();
    Object* del = type_lookup(o->type, PYGEN_ID(__del__));
    if (del == nullptr) {
        err_restore(saved);
        return;
    }
    incref(del);
    Object* res;
    if (type_has(del->type, kTypeMethodDescriptor)) {
        res = call_with_self(del, o, nullptr, 0, nullptr);
    } else if (DescrGetFn get = del->type->descr_get) {
        Object* bound = get(del, o, o->type);
        res = bound ? call0(bound) : nullptr;
        xdecref(bound);
    } else {
        res = call0(del);
    }
    if (res == nullptr) err_write_unraisable(del);
    else decref(res);
    decref(del);
    err_restore(saved);
}

// Calls fn(field) for the __slots__ member fields of every class between o's type and its
// nearest built-in base (CPython's clear_slots / traverse_slots over each heap type's members).
// A heap type's own fields are [base->basicsize, basicsize); besides its members that range
// holds only the __dict__ and weakref slots it added, which are skipped.
template <class Fn>
void for_each_member_field(Object* o, Fn fn) {
    for (TypeObject* t = o->type; type_has(t, kTypeHeap); t = t->base) {
        for (size_t off = t->base->basicsize; off < t->basicsize; off += sizeof(Object*)) {
            auto soff = static_cast<ssize>(off);
            if (soff == t->dictoffset || soff == t->weaklistoffset) continue;
            fn(instance_field_ptr(o, soff));
        }
    }
}

// CPython: typeobject.c, subtype_dealloc — finalizer (which may resurrect), the __slots__
// members and the __dict__ the classes added, then the nearest built-in base's dealloc, which
// frees the block.
void subtype_dealloc(Object* o) {
    TypeObject* type = o->type;
    // PEP 442: __del__ runs at most once; the cycle collector may already have run it.
    if (type_has(type, kTypeHasFinalizer) && !gc_was_finalized(o)) {
        gc_mark_finalized(o);
        o->refcnt = 1;
        // Intact while __del__ runs, so tracked again for that time (as CPython's subtype_dealloc
        // does); a resurrected object stays tracked.
        bool gc = (type->flags & (kTypeGC | kTypeGCSelfTracked)) == kTypeGC;
        if (gc) gc_track(o);
        call_finalizer(o);
        if (--o->refcnt != 0) return;   // resurrected by __del__
        if (gc) gc_untrack(o);
    }
    TypeObject* base = static_base(type);
    if (type->weaklistoffset != 0 && base->weaklistoffset == 0) weakref_clear_refs(o);
    for_each_member_field(o, [](Object** field) { clearref(*field); });
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        Object** dictptr = object_dict_ptr(o);
        if (*dictptr == nullptr && has_inline_values(type)) inline_values_clear(o);
        clearref(*dictptr);
    }
    DeallocFn d = base->dealloc;
    if (d != nullptr) d(o);
    else free_object(o);
}

void subtype_traverse(Object* o, VisitFn visit, void* arg) {
    TypeObject* type = o->type;
    TypeObject* base = static_base(type);
    for_each_member_field(o, [&](Object** field) {
        if (*field) visit(*field, arg);
    });
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        if (Object* dict = *object_dict_ptr(o)) {
            // An owned dict only this instance refers to is part of the instance, as far as
            // the collector can tell (dict.h); otherwise it is a container of its own.
            if (dict_is_inline_owned(dict)) dict_traverse_inline(dict, visit, arg);
            else visit(dict, arg);
        } else if (has_inline_values(type)) {
            inline_values_traverse(o, visit, arg);
        }
    }
    if (base->traverse != nullptr) base->traverse(o, visit, arg);
    else visit(type, arg);
}

int subtype_clear(Object* o) {
    TypeObject* type = o->type;
    TypeObject* base = static_base(type);
    for_each_member_field(o, [](Object** field) { clearref(*field); });
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        Object** dictptr = object_dict_ptr(o);
        if (*dictptr == nullptr && has_inline_values(type)) inline_values_clear(o);
        clearref(*dictptr);
    }
    if (base->clear != nullptr) return base->clear(o);
    return 0;
}

}  // namespace pygen
