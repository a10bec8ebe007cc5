// collections.deque and its two iterators (_collections._deque_iterator and
// _deque_reverse_iterator): a ring buffer of strong references with an optional maxlen, and a
// mutation counter (`state`) so iterators and searches notice a deque changed under them.
// CPython counterpart: Modules/_collectionsmodule.c (deque; behaviour only — CPython uses a list
// of 64-slot blocks, this is one power-of-two ring).

#include "modules/collections/collections.h"

#include <cstring>
#include <string>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "objects/weakref.h"

namespace pygen {

TypeObject DequeType;
TypeObject DequeIterType;
TypeObject DequeRevIterType;

namespace {

struct DequeObject : Object {
    Object** buf;          // mem_malloc'ed ring of `capacity` slots; null while capacity is 0
    ssize capacity;        // 0 or a power of two
    ssize head;            // slot of item 0
    ssize size;            // live items, each a strong reference
    ssize maxlen;          // -1: unbounded
    // Bumped by every change of size or order except reverse() and item assignment (as
    // CPython's deque->state): iterators and count/index/remove compare it.
    size_t state;
    Object* weakreflist;
};

DequeObject* as_deque(Object* o) { return static_cast<DequeObject*>(o); }
bool is_deque(Object* o) { return o->type == &DequeType || is_subtype(o->type, &DequeType); }

Object*& at(DequeObject* d, ssize i) { return d->buf[(d->head + i) & (d->capacity - 1)]; }

// Room for one more item. False with MemoryError.
bool reserve_one(DequeObject* d) {
    if (d->size < d->capacity) return true;
    ssize cap = d->capacity ? d->capacity * 2 : 8;
    auto* nb = static_cast<Object**>(mem_malloc(static_cast<size_t>(cap) * sizeof(Object*)));
    if (!nb) {
        err_no_memory();
        return false;
    }
    for (ssize i = 0; i < d->size; ++i) nb[i] = at(d, i);
    mem_free(d->buf);
    d->buf = nb;
    d->capacity = cap;
    d->head = 0;
    return true;
}

// The push/pop primitives: push steals `item`; pop hands back the deque's reference.
void push_back_unchecked(DequeObject* d, Object* item) {
    d->buf[(d->head + d->size) & (d->capacity - 1)] = item;
    ++d->size;
    ++d->state;
}
void push_front_unchecked(DequeObject* d, Object* item) {
    d->head = (d->head - 1) & (d->capacity - 1);
    d->buf[d->head] = item;
    ++d->size;
    ++d->state;
}
Object* pop_back_raw(DequeObject* d) {
    Object* item = at(d, d->size - 1);
    --d->size;
    ++d->state;
    return item;
}
Object* pop_front_raw(DequeObject* d) {
    Object* item = d->buf[d->head];
    d->head = (d->head + 1) & (d->capacity - 1);
    --d->size;
    ++d->state;
    return item;
}

// append/appendleft with maxlen: a full deque drops an item from the other end, released only
// after the deque is consistent again (its __del__ may look at the deque). Steals `item`.
bool append_item(DequeObject* d, Object* item, bool left) {
    if (d->maxlen == 0) {
        decref(item);
        return true;
    }
    Object* dropped = nullptr;
    if (d->maxlen > 0 && d->size >= d->maxlen) dropped = left ? pop_back_raw(d) : pop_front_raw(d);
    if (!reserve_one(d)) {
        decref(item);
        xdecref(dropped);
        return false;
    }
    if (left) push_front_unchecked(d, item);
    else push_back_unchecked(d, item);
    xdecref(dropped);
    return true;
}

// Drops every item and the ring; the references are released after the deque is empty.
void clear_items(DequeObject* d) {
    ssize n = d->size;
    Object** old = d->buf;
    if (!old) return;
    ssize head = d->head, cap = d->capacity;
    d->buf = nullptr;
    d->capacity = 0;
    d->head = 0;
    d->size = 0;
    if (n) ++d->state;
    for (ssize i = 0; i < n; ++i) decref(old[(head + i) & (cap - 1)]);
    mem_free(old);
}

// Consumes an iterable into the deque (extend / extendleft). A deque extended by itself is
// copied first, as its own iterator would see it change.
bool extend_from(DequeObject* d, Object* iterable, bool left) {
    Ref<> source = Ref<>::borrow(iterable);
    if (iterable == d) {
        source = Ref<>::steal(sequence_list(iterable));
        if (!source) return false;
    }
    Ref<> it = Ref<>::steal(object_iter(source.get()));
    if (!it) return false;
    UnaryFn next = it->type->iternext;
    for (;;) {
        Object* item = next ? next(it.get()) : iter_next(it.get());
        if (!item) {
            if (Object* e = err_occurred()) {
                (void)e;
                if (!err_matches(StopIteration)) return false;
                err_clear();
            }
            return true;
        }
        if (!append_item(d, item, left)) return false;
    }
}

// maxlen argument: None or an int >= 0. -1 (unbounded) for None/absent.
bool parse_maxlen(Object* o, ssize* out) {
    *out = -1;
    if (!o || o == None) return true;
    if (!is_int(o)) {
        err_set_string(TypeError, "an integer is required");
        return false;
    }
    if (!int_as_ssize(o, out)) return false;
    if (*out < 0) {
        err_set_string(ValueError, "maxlen must be non-negative");
        return false;
    }
    return true;
}

// ---- Construction and lifetime ----

Object* deque_tp_new(TypeObject* type, Object* const*, size_t, Object*) {
    auto* d = static_cast<DequeObject*>(alloc_object(type));
    if (!d) return nullptr;
    d->maxlen = -1;
    return d;
}

// deque([iterable[, maxlen]]): a second __init__ empties the deque first.
int deque_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "maxlen"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"deque", kNames, 2}, args, nargs, kwnames, bound)) return -1;
    DequeObject* d = as_deque(self);
    ssize maxlen;
    if (!parse_maxlen(bound[1], &maxlen)) return -1;
    d->maxlen = maxlen;
    clear_items(d);
    if (bound[0] && !extend_from(d, bound[0], false)) return -1;
    return 0;
}

void deque_traverse(Object* o, VisitFn visit, void* arg) {
    DequeObject* d = as_deque(o);
    for (ssize i = 0; i < d->size; ++i) visit(at(d, i), arg);
}

int deque_clear_slot(Object* o) {
    clear_items(as_deque(o));
    return 0;
}

void deque_dealloc(Object* o) {
    DequeObject* d = as_deque(o);
    if (d->weakreflist) weakref_clear_refs(o);
    clear_items(d);
    free_object(o);
}

// ---- Methods ----

bool no_args(const char* qualname, size_t nargs, Object* kwnames) {
    return check_no_args(qualname, nargs, kwnames);
}

Object* deque_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.append", nargs, kwnames)) return nullptr;
    if (!append_item(as_deque(self), incref(args[0]), false)) return nullptr;
    return none_new();
}

Object* deque_appendleft(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.appendleft", nargs, kwnames)) return nullptr;
    if (!append_item(as_deque(self), incref(args[0]), true)) return nullptr;
    return none_new();
}

Object* deque_pop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.pop", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    if (d->size == 0) return err_set_string(IndexError, "pop from an empty deque");
    return pop_back_raw(d);
}

Object* deque_popleft(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.popleft", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    if (d->size == 0) return err_set_string(IndexError, "pop from an empty deque");
    return pop_front_raw(d);
}

Object* deque_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.extend", nargs, kwnames)) return nullptr;
    if (!extend_from(as_deque(self), args[0], false)) return nullptr;
    return none_new();
}

Object* deque_extendleft(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.extendleft", nargs, kwnames)) return nullptr;
    if (!extend_from(as_deque(self), args[0], true)) return nullptr;
    return none_new();
}

Object* deque_clear_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.clear", nargs, kwnames)) return nullptr;
    clear_items(as_deque(self));
    return none_new();
}

// A new deque of self's type with the same items and maxlen: exact deques directly, subclasses
// through their constructor, type(d)(d[, maxlen]). CPython: _collectionsmodule.c, deque_copy.
Object* deque_copy_of(Object* self) {
    DequeObject* d = as_deque(self);
    if (self->type == &DequeType) {
        auto* c = static_cast<DequeObject*>(deque_tp_new(&DequeType, nullptr, 0, nullptr));
        if (!c) return nullptr;
        c->maxlen = d->maxlen;
        for (ssize i = 0; i < d->size; ++i) {
            if (!reserve_one(c)) {
                decref(c);
                return nullptr;
            }
            push_back_unchecked(c, incref(at(d, i)));
        }
        return c;
    }
    if (d->maxlen < 0) return call1(self->type, self);
    Ref<> maxlen = Ref<>::steal(int_from_i64(d->maxlen));
    if (!maxlen) return nullptr;
    return call2(self->type, self, maxlen.get());
}

Object* deque_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.copy", nargs, kwnames)) return nullptr;
    return deque_copy_of(self);
}

Object* deque_dunder_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.__copy__", nargs, kwnames)) return nullptr;
    return deque_copy_of(self);
}

// Walks the items comparing each with `value` (==), stopping at the first match when `first`.
// A comparison that changes the deque ends the walk with `mutated_type`("deque mutated during
// iteration"). Returns the match count, or the index of the first match (-2 when none), or -1
// with the exception set.
ssize deque_search(DequeObject* d, Object* value, ssize start, ssize stop, bool first, TypeObject* mutated_type) {
    size_t state = d->state;
    ssize count = 0;
    for (ssize i = start; i < stop && i < d->size; ++i) {
        Ref<> item = Ref<>::borrow(at(d, i));
        int eq = object_rich_compare_bool(item.get(), value, CompareOp::Eq);
        if (eq < 0) return -1;
        if (d->state != state) {
            err_set_string(mutated_type, "deque mutated during iteration");
            return -1;
        }
        if (eq) {
            if (first) return i;
            ++count;
        }
    }
    return first ? -2 : count;
}

Object* deque_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.count", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    ssize n = deque_search(d, args[0], 0, d->size, false, RuntimeError);
    return n < 0 ? nullptr : int_from_i64(n);
}

int deque_contains(Object* self, Object* value) {
    DequeObject* d = as_deque(self);
    ssize n = deque_search(d, value, 0, d->size, true, RuntimeError);
    if (n == -1) return -1;
    return n >= 0 ? 1 : 0;
}

// index(x[, start[, stop]]): start and stop clip as list.index's do.
Object* deque_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    // The old getargs messages: "index() takes at least 1 argument (0 given)".
    if (!check_no_kwargs("deque.index", kwnames)) return nullptr;
    if (nargs < 1 || nargs > 3)
        return err_format(TypeError, "index() takes at %s (%zu given)", nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
    DequeObject* d = as_deque(self);
    ssize start = 0, stop = d->size;
    if (nargs > 1 && !arg_slice_index(args[1], &start)) return nullptr;
    if (nargs > 2 && !arg_slice_index(args[2], &stop)) return nullptr;
    if (start < 0) start = std::max<ssize>(start + d->size, 0);
    if (stop < 0) stop = std::max<ssize>(stop + d->size, 0);
    if (stop > d->size) stop = d->size;
    ssize at_index = deque_search(d, args[0], start, stop, true, RuntimeError);
    if (at_index == -1) return nullptr;
    if (at_index == -2) return err_format(ValueError, "%R is not in deque", args[0]);
    return int_from_i64(at_index);
}

// Removes item i (0 <= i < size), shifting the shorter side; hands back the reference.
Object* take_at(DequeObject* d, ssize i) {
    Object* item = at(d, i);
    if (i < d->size / 2) {
        for (ssize k = i; k > 0; --k) at(d, k) = at(d, k - 1);
        d->head = (d->head + 1) & (d->capacity - 1);
    } else {
        for (ssize k = i; k < d->size - 1; ++k) at(d, k) = at(d, k + 1);
    }
    --d->size;
    ++d->state;
    return item;
}

Object* deque_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("deque.remove", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    ssize i = deque_search(d, args[0], 0, d->size, true, IndexError);
    if (i == -1) return nullptr;
    if (i == -2) return err_format(ValueError, "%R is not in deque", args[0]);
    decref(take_at(d, i));
    return none_new();
}

// insert(i, x): i clips as in list.insert; a full bounded deque refuses.
Object* deque_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("deque.insert", kwnames)) return nullptr;
    if (nargs != 2) return err_format(TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
    DequeObject* d = as_deque(self);
    ssize index;
    if (!arg_index_ssize(args[0], &index)) return nullptr;
    if (d->maxlen >= 0 && d->size >= d->maxlen) return err_set_string(IndexError, "deque already at its maximum size");
    if (index < 0) index = std::max<ssize>(index + d->size, 0);
    if (index > d->size) index = d->size;
    if (!reserve_one(d)) return nullptr;
    if (index < d->size / 2) {
        d->head = (d->head - 1) & (d->capacity - 1);
        for (ssize k = 0; k < index; ++k) at(d, k) = at(d, k + 1);
    } else {
        for (ssize k = d->size; k > index; --k) at(d, k) = at(d, k - 1);
    }
    at(d, index) = incref(args[1]);
    ++d->size;
    ++d->state;
    return none_new();
}

Object* deque_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.reverse", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    for (ssize i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(at(d, i), at(d, j));
    return none_new();
}

// rotate(n=1): n steps to the right (left when negative).
Object* deque_rotate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("deque.rotate", kwnames) || !check_positional("deque.rotate", nargs, nullptr, 0, 1)) return nullptr;
    DequeObject* d = as_deque(self);
    ssize n = 1;
    if (nargs == 1 && !arg_index_ssize(args[0], &n)) return nullptr;
    ++d->state;
    if (d->size <= 1) return none_new();
    n %= d->size;
    if (n < 0) n += d->size;
    if (n == 0) return none_new();
    if (d->size == d->capacity) {
        // A full ring rotates by moving its head.
        d->head = (d->head - n) & (d->capacity - 1);
        return none_new();
    }
    if (n <= d->size / 2) {
        for (ssize k = 0; k < n; ++k) {
            Object* item = at(d, d->size - 1);
            d->head = (d->head - 1) & (d->capacity - 1);
            d->buf[d->head] = item;
        }
    } else {
        for (ssize k = 0; k < d->size - n; ++k) {
            Object* item = d->buf[d->head];
            d->buf[(d->head + d->size) & (d->capacity - 1)] = item;
            d->head = (d->head + 1) & (d->capacity - 1);
        }
    }
    return none_new();
}

Object* maxlen_get(Object* self) {
    DequeObject* d = as_deque(self);
    if (d->maxlen < 0) return none_new();
    return int_from_i64(d->maxlen);
}

// (type, ((), maxlen) or (), __getstate__() (None, the __dict__, or (__dict__, slots)),
// iter(d)). CPython: deque_reduce.
Object* deque_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.__reduce__", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    Ref<> state = Ref<>::steal(call_method0(self, "__getstate__"));
    if (!state) return nullptr;
    Ref<> args;
    if (d->maxlen < 0) {
        args = Ref<>::steal(tuple_new(0));
    } else {
        Ref<> empty = Ref<>::steal(tuple_new(0));
        Ref<> maxlen = Ref<>::steal(int_from_i64(d->maxlen));
        if (!empty || !maxlen) return nullptr;
        args = Ref<>::steal(tuple_pack({empty.get(), maxlen.get()}));
    }
    if (!args) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(self));
    if (!it) return nullptr;
    return tuple_pack({self->type, args.get(), state.get(), it.get()});
}

Object* deque_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.__sizeof__", nargs, kwnames)) return nullptr;
    DequeObject* d = as_deque(self);
    return int_from_i64(static_cast<int64_t>(self->type->basicsize + static_cast<size_t>(d->capacity) * sizeof(Object*)));
}

// "deque([1, 2])", "deque([1], maxlen=3)", "[...]" for a deque inside itself.
Object* deque_repr(Object* self) {
    int entered = repr_enter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return str_from("[...]");
    Ref<> list = Ref<>::steal(sequence_list(self));
    Ref<> text = list ? Ref<>::steal(object_repr(list.get())) : Ref<>();
    repr_leave(self);
    if (!text) return nullptr;
    Ref<> name = Ref<>::steal(object_getattr_str(self->type, "__name__"));
    if (!name) return nullptr;
    DequeObject* d = as_deque(self);
    if (d->maxlen < 0) return str_from_format("%S(%S)", name.get(), text.get());
    return str_from_format("%S(%S, maxlen=%zd)", name.get(), text.get(), d->maxlen);
}

// ---- Sequence protocol ----

ssize deque_len(Object* self) { return as_deque(self)->size; }

// An int index into [0, size); IndexError "deque index out of range" otherwise.
bool item_index(DequeObject* d, Object* key, ssize* out) {
    if (!is_index(key)) {
        err_format(TypeError, "sequence index must be integer, not '%s'", key->type->name);
        return false;
    }
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred()) return false;
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) {
        err_set_string(IndexError, "deque index out of range");
        return false;
    }
    *out = i;
    return true;
}

Object* deque_getitem(Object* self, Object* key) {
    DequeObject* d = as_deque(self);
    ssize i;
    if (!item_index(d, key, &i)) return nullptr;
    return newref(at(d, i));
}

int deque_setitem(Object* self, Object* key, Object* value) {
    DequeObject* d = as_deque(self);
    ssize i;
    if (!item_index(d, key, &i)) return -1;
    if (!value) {
        decref(take_at(d, i));
        return 0;
    }
    Object* old = at(d, i);
    at(d, i) = incref(value);
    decref(old);
    return 0;
}

// ---- Comparison and arithmetic ----

// Lexicographic as for lists; the walk notices either deque changing between steps, as
// CPython's (which compares through the two iterators) does.
Object* deque_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_deque(v) || !is_deque(w)) return incref(NotImplemented);
    DequeObject* a = as_deque(v);
    DequeObject* b = as_deque(w);
    ssize an = a->size, bn = b->size;
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && an != bn) return bool_from(op == CompareOp::Ne);
    size_t astate = a->state, bstate = b->state;
    for (ssize i = 0;; ++i) {
        if (a->state != astate || b->state != bstate)
            return err_set_string(RuntimeError, "deque mutated during iteration");
        if (i >= an || i >= bn) break;
        Ref<> x = Ref<>::borrow(at(a, i)), y = Ref<>::borrow(at(b, i));
        int eq = object_rich_compare_bool(x.get(), y.get(), CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq == 0) {
            if (op == CompareOp::Eq) return bool_from(false);
            if (op == CompareOp::Ne) return bool_from(true);
            return object_rich_compare(x.get(), y.get(), op);
        }
    }
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = an < bn; break;
        case CompareOp::Le: r = an <= bn; break;
        case CompareOp::Eq: r = an == bn; break;
        case CompareOp::Ne: r = an != bn; break;
        case CompareOp::Gt: r = an > bn; break;
        case CompareOp::Ge: r = an >= bn; break;
    }
    return bool_from(r);
}

// The number slot the other operand may have, tried before the sequence fallback's message (as
// CPython tries both nb_ slots before sq_concat / sq_repeat). NotImplemented when it has none.
// The built-in sequences fold their sq_ slots into nb_ ones here; CPython's have no nb_ slot, so
// theirs are not tried.
Object* other_slot(Object* a, Object* b, Object* other, BinOp op, BinaryFn self_slot) {
    if (is_str(other) || is_list(other) || is_tuple(other) || is_bytes(other)) return incref(NotImplemented);
    BinaryFn slot = other->type->nb[static_cast<int>(op)];
    if (slot == nullptr || slot == self_slot) return incref(NotImplemented);
    return slot(a, b);
}

Object* deque_concat(Object* a, Object* b) {
    if (!is_deque(a)) return incref(NotImplemented);
    if (!is_deque(b)) {
        Object* r = other_slot(a, b, b, BinOp::Add, deque_concat);
        if (r != NotImplemented) return r;
        decref(r);
        return err_format(TypeError, "can only concatenate deque (not \"%T\") to deque", b);
    }
    Ref<> r = Ref<>::steal(deque_copy_of(a));
    if (!r) return nullptr;
    if (!is_deque(r.get())) return err_format(TypeError, "copy() returned a non-deque of type '%T'", r.get());
    if (!extend_from(as_deque(r.get()), b, false)) return nullptr;
    return r.release();
}

Object* deque_inplace_concat(Object* a, Object* b) {
    if (!is_deque(a)) return incref(NotImplemented);
    if (!extend_from(as_deque(a), b, false)) return nullptr;
    return incref(a);
}

// d *= n in place: n <= 0 empties, otherwise the items repeat (trimmed to maxlen from the left).
bool repeat_in_place(DequeObject* d, ssize n) {
    if (n <= 0 || d->size == 0) {
        clear_items(d);
        return true;
    }
    ssize len = d->size;
    Ref<> items = Ref<>::steal(sequence_list(d));
    if (!items) return false;
    for (ssize k = 1; k < n; ++k) {
        if (d->maxlen >= 0 && k * len >= d->maxlen + len) break;   // everything older is dropped anyway
        for (ssize i = 0; i < len; ++i) {
            if (!append_item(d, incref(list_item(items.get(), i)), false)) return false;
        }
    }
    return true;
}

bool repeat_count(Object* n, ssize* out) {
    if (!is_index(n)) {
        err_format(TypeError, "can't multiply sequence by non-int of type '%s'", n->type->name);
        return false;
    }
    *out = number_as_ssize(n, OverflowError);
    return !(*out == -1 && err_occurred());
}

Object* deque_repeat(Object* a, Object* b) {
    Object* dq = is_deque(a) ? a : b;
    Object* n = dq == a ? b : a;
    if (!is_deque(dq)) return incref(NotImplemented);
    if (!is_index(n) && dq == a) {
        Object* r = other_slot(a, b, n, BinOp::Mul, deque_repeat);
        if (r != NotImplemented) return r;
        decref(r);
    }
    ssize count;
    if (!repeat_count(n, &count)) return nullptr;
    Ref<> r = Ref<>::steal(deque_copy_of(dq));
    if (!r) return nullptr;
    if (!is_deque(r.get())) return err_format(TypeError, "copy() returned a non-deque of type '%T'", r.get());
    if (!repeat_in_place(as_deque(r.get()), count)) return nullptr;
    return r.release();
}

Object* deque_inplace_repeat(Object* a, Object* b) {
    if (!is_deque(a)) return incref(NotImplemented);
    ssize count;
    if (!repeat_count(b, &count)) return nullptr;
    if (!repeat_in_place(as_deque(a), count)) return nullptr;
    return incref(a);
}

// ---- Iterators ----

struct DequeIterObject : Object {
    DequeObject* deque;   // strong
    ssize index;          // next item's position (forward) or position + 1 (reverse)
    size_t state;         // the deque's state when the iterator was made
    ssize counter;        // items left
};

Object* make_iter(TypeObject* type, DequeObject* d) {
    auto* it = static_cast<DequeIterObject*>(alloc_object(type));
    if (!it) return nullptr;
    it->deque = newref(d);
    it->index = type == &DequeRevIterType ? d->size : 0;
    it->state = d->state;
    it->counter = d->size;
    return it;
}

Object* deque_iter(Object* self) { return make_iter(&DequeIterType, as_deque(self)); }

Object* deque_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("deque.__reversed__", nargs, kwnames)) return nullptr;
    return make_iter(&DequeRevIterType, as_deque(self));
}

Object* dequeiter_next_common(Object* self, bool reverse) {
    auto* it = static_cast<DequeIterObject*>(self);
    DequeObject* d = it->deque;
    if (d->state != it->state) {
        it->counter = 0;
        return err_set_string(RuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0) return nullptr;
    --it->counter;
    if (reverse) return newref(at(d, --it->index));
    return newref(at(d, it->index++));
}

Object* dequeiter_next(Object* self) { return dequeiter_next_common(self, false); }
Object* dequereviter_next(Object* self) { return dequeiter_next_common(self, true); }

// _deque_iterator(deque, index=0): an iterator that has already produced `index` items (how
// pickle rebuilds one).
Object* dequeiter_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    const char* name = type == &DequeRevIterType ? "_deque_reverse_iterator" : "_deque_iterator";
    if (!check_no_kwargs(name, kwnames) || !check_positional(name, nargs, nullptr, 1, 2)) return nullptr;
    if (!is_deque(args[0]))
        return err_format(TypeError, "argument 1 must be collections.deque, not %s", arg_type_name(args[0]));
    ssize skip = 0;
    if (nargs == 2 && !arg_index_ssize(args[1], &skip)) return nullptr;
    Ref<> it = Ref<>::steal(make_iter(type, as_deque(args[0])));
    if (!it) return nullptr;
    UnaryFn next = type == &DequeRevIterType ? dequereviter_next : dequeiter_next;
    for (ssize i = 0; i < skip; ++i) {
        Object* item = next(it.get());
        if (!item) {
            if (err_occurred()) return nullptr;
            break;
        }
        decref(item);
    }
    return it.release();
}

Object* dequeiter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("__length_hint__", nargs, kwnames)) return nullptr;
    return int_from_i64(static_cast<DequeIterObject*>(self)->counter);
}

Object* dequeiter_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<DequeIterObject*>(self);
    Ref<> done = Ref<>::steal(int_from_i64(it->deque->size - it->counter));
    if (!done) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({it->deque, done.get()}));
    if (!args) return nullptr;
    return tuple_pack({self->type, args.get()});
}

void dequeiter_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* d = static_cast<DequeIterObject*>(o)->deque) visit(d, arg);
}
int dequeiter_clear(Object* o) {
    clearref(static_cast<DequeIterObject*>(o)->deque);
    return 0;
}
void dequeiter_dealloc(Object* o) {
    xdecref(static_cast<DequeIterObject*>(o)->deque);
    free_object(o);
}
Object* iter_self(Object* o) { return incref(o); }

const MethodDef kDequeMethods[] = {
    {"append", deque_append},
    {"appendleft", deque_appendleft},
    {"clear", deque_clear_method},
    {"copy", deque_copy},
    {"__copy__", deque_dunder_copy},
    {"count", deque_count},
    {"extend", deque_extend},
    {"extendleft", deque_extendleft},
    {"index", deque_index},
    {"insert", deque_insert},
    {"pop", deque_pop},
    {"popleft", deque_popleft},
    {"remove", deque_remove},
    {"reverse", deque_reverse},
    {"rotate", deque_rotate},
    {"__reduce__", deque_reduce},
    {"__reversed__", deque_reversed},
    {"__sizeof__", deque_sizeof},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kDequeGetSet[] = {
    {"maxlen", maxlen_get},
    {nullptr, nullptr},
};

const MethodDef kDequeIterMethods[] = {
    {"__length_hint__", dequeiter_length_hint},
    {"__reduce__", dequeiter_reduce},
    {nullptr, nullptr},
};

bool ready_iter(TypeObject& t, const char* name, UnaryFn next) {
    t.name = name;
    t.basicsize = sizeof(DequeIterObject);
    t.flags = kTypeGC;
    t.tp_new = dequeiter_tp_new;
    t.dealloc = dequeiter_dealloc;
    t.traverse = dequeiter_traverse;
    t.clear = dequeiter_clear;
    t.iter = iter_self;
    t.iternext = next;
    t.methods = kDequeIterMethods;
    return type_ready(&t);
}

}  // namespace

bool ready_deque_types() {
    if (type_has(&DequeType, kTypeReady)) return true;
    TypeObject& t = DequeType;
    t.name = "collections.deque";
    t.basicsize = sizeof(DequeObject);
    t.weaklistoffset = offsetof(DequeObject, weakreflist);
    t.flags = kTypeBaseType | kTypeGC | kTypeSequence;
    t.tp_new = deque_tp_new;
    t.tp_init = deque_tp_init;
    t.dealloc = deque_dealloc;
    t.traverse = deque_traverse;
    t.clear = deque_clear_slot;
    t.repr = deque_repr;
    t.hash = hash_not_implemented;
    t.richcompare = deque_richcompare;
    t.iter = deque_iter;
    t.len = deque_len;
    t.getitem = deque_getitem;
    t.setitem = deque_setitem;
    t.contains = deque_contains;
    t.nb[static_cast<int>(BinOp::Add)] = deque_concat;
    t.nb[static_cast<int>(BinOp::Mul)] = deque_repeat;
    t.nb_inplace[static_cast<int>(BinOp::Add)] = deque_inplace_concat;
    t.nb_inplace[static_cast<int>(BinOp::Mul)] = deque_inplace_repeat;
    t.methods = kDequeMethods;
    t.getset = kDequeGetSet;
    if (!type_ready(&t)) return false;
    return ready_iter(DequeIterType, "_collections._deque_iterator", dequeiter_next) &&
           ready_iter(DequeRevIterType, "_collections._deque_reverse_iterator", dequereviter_next);
}

}  // namespace pygen
