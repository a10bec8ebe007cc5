// list, list_iterator and list_reverseiterator: the growable array, slicing and slice assignment,
// the sequence operators and the list methods except sort (list_sort.cpp). Also the repr
// recursion guard shared by the containers (repr_enter/repr_leave).
// CPython counterpart: Objects/listobject.c.
#include "objects/list.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list_items.h"
#include "objects/range.h"
#include "objects/seq_slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"

namespace pygen {

TypeObject ListType;
TypeObject ListIterType;
TypeObject ListRevIterType;

// ---- Repr recursion guard ----
// Containers being repr'd, innermost last. A plain vector: nesting is shallow and the
// recursion limit bounds it anyway.

namespace {
std::vector<Object*> repr_stack;
}

int repr_enter(Object* obj) {
    for (Object* o : repr_stack)
        if (o == obj) return 1;
    repr_stack.push_back(obj);
    return 0;
}

void repr_leave(Object* obj) {
    // Search from the end: the usual case is leaving the innermost entry.
    for (size_t i = repr_stack.size(); i-- > 0;) {
        if (repr_stack[i] == obj) {
            repr_stack.erase(repr_stack.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

namespace {

inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

// Makes room for new_size items (CPython's list_resize over-allocation), keeping the first
// min(size, new_size) items. Sets size to new_size; slots past the old size are uninitialised.
bool list_resize(ListObject* l, ssize new_size) {
    if (l->capacity >= new_size && new_size >= (l->capacity >> 1)) {
        l->size = new_size;
        return true;
    }
    size_t new_cap = (static_cast<size_t>(new_size) + (static_cast<size_t>(new_size) >> 3) + 6) & ~static_cast<size_t>(3);
    if (new_size - l->size > static_cast<ssize>(new_cap - new_size)) new_cap = (static_cast<size_t>(new_size) + 3) & ~static_cast<size_t>(3);
    if (new_size == 0) new_cap = 0;
    if (new_cap > PTRDIFF_MAX / sizeof(Object*) || allocation_impossible(new_cap * sizeof(Object*))) {
        err_no_memory();
        return false;
    }
    Object** items = nullptr;
    if (new_cap > 0) {
        items = list_items::resize(l->items, static_cast<size_t>(l->capacity), new_cap);
        if (items == nullptr) { err_no_memory(); return false; }
    } else {
        list_items::free(l->items, static_cast<size_t>(l->capacity));
    }
    l->items = items;
    l->size = new_size;
    l->capacity = static_cast<ssize>(new_cap);
    return true;
}

void list_dealloc(Object* o) {
    ListObject* l = as_list(o);
    if (l->items) {
        for (ssize i = l->size; i-- > 0;) xdecref(l->items[i]);
        list_items::free(l->items, static_cast<size_t>(l->capacity));
    }
    free_object(o);
}

void list_traverse(Object* o, VisitFn visit, void* arg) {
    ListObject* l = as_list(o);
    for (ssize i = 0; i < l->size; ++i)
        if (l->items[i]) visit(l->items[i], arg);
}

// Drops every item; the list may be observed (and even refilled) while the items are released.
// A list with no buffer is left alone: during list.sort it has capacity -1, and clearing it must
// not look like a mutation (CPython's sort ignores clear() on the list it emptied).
int list_clear_slot(Object* o) {
    ListObject* l = as_list(o);
    Object** items = l->items;
    if (items == nullptr) return 0;
    ssize n = l->size;
    ssize cap = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
    if (items) {
        for (ssize i = n; i-- > 0;) xdecref(items[i]);
        list_items::free(items, static_cast<size_t>(cap));
    }
    return 0;
}

Object* list_new_of_type(TypeObject* type) {
    Object* o = alloc_object(type);
    if (o == nullptr) return nullptr;
    ListObject* l = as_list(o);
    l->size = 0;
    l->capacity = 0;
    l->items = nullptr;
    return o;
}

}  // namespace

namespace {

// A list of `size` (>= 0) slots, null when `zeroed`, else uninitialised: for callers that fill
// every slot at once, with nothing that can fail or look at the list in between.
Object* list_new_sized(ssize size, bool zeroed) {
    Object* o = list_new_of_type(&ListType);
    if (o == nullptr || size == 0) return o;
    ListObject* l = as_list(o);
    if (!allocation_impossible(static_cast<size_t>(size) * sizeof(Object*)))
        l->items = zeroed ? list_items::alloc_zeroed(static_cast<size_t>(size)) : list_items::alloc(static_cast<size_t>(size));
    if (l->items == nullptr) { decref(o); return err_no_memory(); }
    l->size = size;
    l->capacity = size;
    return o;
}

}  // namespace

Object* list_new(ssize size) {
    if (size < 0) return err_set_string(SystemError, "negative list size");
    return list_new_sized(size, true);
}

int list_append(Object* list, Object* item) {
    ListObject* l = as_list(list);
    ssize n = l->size;
    if (n < l->capacity) {
        l->items[n] = incref(item);
        l->size = n + 1;
        return 0;
    }
    if (!list_resize(l, n + 1)) return -1;
    l->items[n] = incref(item);
    return 0;
}

int list_insert(Object* list, ssize where, Object* item) {
    ListObject* l = as_list(list);
    ssize n = l->size;
    if (!list_resize(l, n + 1)) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    std::memmove(&l->items[where + 1], &l->items[where], static_cast<size_t>(n - where) * sizeof(Object*));
    l->items[where] = incref(item);
    return 0;
}

void list_set_item(Object* list, ssize i, Object* item) {
    ListObject* l = as_list(list);
    Object* old = l->items[i];
    l->items[i] = item;
    xdecref(old);
}

int list_reverse(Object* list) {
    ListObject* l = as_list(list);
    if (l->size > 1) {
        Object** lo = l->items;
        Object** hi = l->items + l->size - 1;
        while (lo < hi) std::swap(*lo++, *hi--);
    }
    return 0;
}

Object* list_as_tuple(Object* list) {
    return tuple_from_array(as_list(list)->items, as_list(list)->size);
}

Object* list_get_slice(Object* list, ssize lo, ssize hi) {
    ListObject* l = as_list(list);
    if (lo < 0) lo = 0; else if (lo > l->size) lo = l->size;
    if (hi < lo) hi = lo; else if (hi > l->size) hi = l->size;
    ssize n = hi - lo;
    Object* r = list_new_sized(n, false);
    if (r == nullptr) return nullptr;
    for (ssize i = 0; i < n; ++i) as_list(r)->items[i] = incref(l->items[lo + i]);
    return r;
}

int list_extend(Object* list, Object* iterable) {
    ListObject* l = as_list(list);
    if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == list) {
        // Snapshot first: extending a list with itself must copy the original items only.
        Object** src = is_tuple_exact(iterable) ? tuple_items(iterable) : as_list(iterable)->items;
        ssize n = is_tuple_exact(iterable) ? tuple_size(iterable) : as_list(iterable)->size;
        if (n == 0) return 0;
        ssize m = l->size;
        if (!list_resize(l, m + n)) return -1;
        if (iterable == list) src = l->items;   // may have moved
        for (ssize i = 0; i < n; ++i) l->items[m + i] = incref(src[i]);
        return 0;
    }
    Object* it = object_iter(iterable);
    if (it == nullptr) return -1;
    // Room for what the iterable says it holds, up front: an impossible size is a MemoryError at
    // once rather than after filling the memory item by item (CPython's list_extend does this).
    ssize hint = object_length_hint(iterable, 8);
    if (hint < 0) { decref(it); return -1; }
    // A hint that overflows with the current size is ignored (it may lie): the items decide.
    if (hint > 0 && hint <= PTRDIFF_MAX - l->size) {
        ssize m = l->size;
        if (hint > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) - m) { decref(it); err_no_memory(); return -1; }
        if (!list_resize(l, m + hint)) { decref(it); return -1; }
        l->size = m;
    }
    UnaryFn next = it->type->iternext;
    for (;;) {
        Object* item = next ? next(it) : iter_next(it);
        if (item == nullptr) {
            decref(it);
            // A Python-level __next__ ends with StopIteration set; that is exhaustion, not an error.
            if (err_occurred() && err_matches(StopIteration)) err_clear();
            return err_occurred() ? -1 : 0;
        }
        ssize n = l->size;
        if (n < l->capacity) {
            l->items[n] = item;   // steal
            l->size = n + 1;
        } else {
            if (!list_resize(l, n + 1)) { decref(item); decref(it); return -1; }
            l->items[n] = item;
        }
    }
}

namespace {

// Replaces a[ilow:ihigh] with the items of v (null deletes). CPython: listobject.c, list_ass_slice.
int list_ass_slice(ListObject* a, ssize ilow, ssize ihigh, Object* v) {
    Ref<> seq;
    Object** vitems = nullptr;
    ssize n = 0;
    if (v != nullptr) {
        if (v == a) {
            seq = Ref<>::steal(list_get_slice(a, 0, a->size));
        } else if (is_list(v) || is_tuple(v)) {
            seq = Ref<>::borrow(v);
        } else {
            Object* it = object_iter(v);
            if (it == nullptr) {
                if (err_matches(TypeError)) { err_clear(); err_set_string(TypeError, "can only assign an iterable"); }
                return -1;
            }
            decref(it);
            seq = Ref<>::steal(sequence_list(v));
        }
        if (!seq) return -1;
        if (is_tuple(seq.get())) { vitems = tuple_items(seq.get()); n = tuple_size(seq.get()); }
        else { vitems = as_list(seq.get())->items; n = as_list(seq.get())->size; }
    }
    if (ilow < 0) ilow = 0; else if (ilow > a->size) ilow = a->size;
    if (ihigh < ilow) ihigh = ilow; else if (ihigh > a->size) ihigh = a->size;
    ssize norig = ihigh - ilow;
    ssize d = n - norig;
    if (a->size + d == 0) {
        list_clear_slot(a);
        return 0;
    }
    // Keep the replaced items alive until the list is consistent again: their __del__ may look.
    // (On the stack for the short slices flips and rotations replace all the time: no heap
    // block per assignment.)
    Object* recycle_small[16];
    if (d == 0 && norig <= 16) {
        // Same length (flips, p[i:] = p[:i-1:-1]): each slot is swapped in place, the old item
        // parked on the stack in the same pass, with no copy of the slice ahead of it.
        for (ssize k = 0; k < n; ++k) {
            recycle_small[k] = a->items[ilow + k];
            a->items[ilow + k] = incref(vitems[k]);
        }
        for (ssize k = norig; k-- > 0;) xdecref(recycle_small[k]);
        return 0;
    }
    std::vector<Object*> recycle_big;
    Object** recycle = recycle_small;
    if (norig > 16) {
        recycle_big.assign(a->items + ilow, a->items + ihigh);
        recycle = recycle_big.data();
    } else if (norig > 0) {
        std::memcpy(recycle_small, a->items + ilow, static_cast<size_t>(norig) * sizeof(Object*));
    }
    ssize old_size = a->size;
    if (d < 0) {
        std::memmove(&a->items[ihigh + d], &a->items[ihigh], static_cast<size_t>(old_size - ihigh) * sizeof(Object*));
        if (!list_resize(a, old_size + d)) return -1;   // shrinking cannot fail in practice
    } else if (d > 0) {
        if (!list_resize(a, old_size + d)) return -1;
        std::memmove(&a->items[ihigh + d], &a->items[ihigh], static_cast<size_t>(old_size - ihigh) * sizeof(Object*));
    }
    for (ssize k = 0; k < n; ++k) a->items[ilow + k] = incref(vitems[k]);
    for (ssize k = norig; k-- > 0;) xdecref(recycle[k]);
    return 0;
}

bool list_index_arg(Object* key, ssize* out) {
    if (is_int(key)) {
        auto* io = static_cast<IntObject*>(key);
        if (!io->is_big) { *out = io->small; return true; }
    }
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred()) return false;
    *out = i;
    return true;
}

}  // namespace

Object* list_slice_by_step(Object* list, ssize start, ssize step, ssize len) {
    ListObject* l = as_list(list);
    Object* r = list_new_sized(len > 0 ? len : 0, false);
    if (r == nullptr) return nullptr;
    // Each index as start + k*step: a cursor stepped past the last item would overflow for huge steps.
    for (ssize k = 0; k < len; ++k) as_list(r)->items[k] = incref(l->items[start + k * step]);
    return r;
}

Object* list_subscript(Object* list, Object* key) {
    ListObject* l = as_list(list);
    if (is_int(key) || (!is_slice(key) && is_index(key))) {
        ssize i;
        if (!list_index_arg(key, &i)) return nullptr;
        if (i < 0) i += l->size;
        if (static_cast<size_t>(i) >= static_cast<size_t>(l->size))
            return err_set_string(IndexError, "list index out of range");
        return incref(l->items[i]);
    }
    if (is_slice(key)) {
        ssize start, stop, step, len;
        if (!slice_indices(key, l->size, &start, &stop, &step, &len)) return nullptr;
        if (step == 1) return list_get_slice(list, start, stop);
        return list_slice_by_step(list, start, step, len);
    }
    return err_format(TypeError, "list indices must be integers or slices, not %T", key);
}

namespace {

int list_ass_subscript(Object* self, Object* key, Object* value) {
    ListObject* l = as_list(self);
    if (is_int(key) || (!is_slice(key) && is_index(key))) {
        ssize i;
        if (!list_index_arg(key, &i)) return -1;
        if (i < 0) i += l->size;
        if (static_cast<size_t>(i) >= static_cast<size_t>(l->size)) {
            err_set_string(IndexError, "list assignment index out of range");
            return -1;
        }
        if (value == nullptr) return list_ass_slice(l, i, i + 1, nullptr);
        list_set_item(self, i, incref(value));
        return 0;
    }
    if (!is_slice(key)) {
        err_format(TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    ssize start, stop, step, len;
    if (!slice_indices(key, l->size, &start, &stop, &step, &len)) return -1;
    if (step == 1) return list_ass_slice(l, start, stop, value);
    if (value == nullptr) {
        if (len <= 0) return 0;
        // Delete every step-th item by compacting the survivors towards the front.
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (len - 1) - 1;
            step = -step;
        }
        std::vector<Object*> garbage;
        garbage.reserve(static_cast<size_t>(len));
        ssize dst = start;
        for (ssize cur = start, k = 0; cur < l->size; ++cur) {
            if (k < len && cur == start + k * step) {
                garbage.push_back(l->items[cur]);
                ++k;
            } else {
                l->items[dst++] = l->items[cur];
            }
        }
        (void)list_resize(l, l->size - len);
        for (Object* g : garbage) decref(g);
        return 0;
    }
    // Extended slice assignment: sizes must match.
    Ref<> seq;
    if (value == self || !(is_list(value) || is_tuple(value))) {
        if (value != self) {
            Object* it = object_iter(value);
            if (it == nullptr) {
                if (err_matches(TypeError)) { err_clear(); err_set_string(TypeError, "must assign iterable to extended slice"); }
                return -1;
            }
            decref(it);
        }
        seq = Ref<>::steal(sequence_list(value));
        if (!seq) return -1;
    } else {
        seq = Ref<>::borrow(value);
    }
    Object** vitems = is_tuple(seq.get()) ? tuple_items(seq.get()) : as_list(seq.get())->items;
    ssize n = is_tuple(seq.get()) ? tuple_size(seq.get()) : as_list(seq.get())->size;
    if (n != len) {
        err_format(ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd", n, len);
        return -1;
    }
    if (len == 0) return 0;
    std::vector<Object*> garbage;
    garbage.reserve(static_cast<size_t>(len));
    for (ssize k = 0; k < len; ++k) {
        ssize cur = start + k * step;
        garbage.push_back(l->items[cur]);
        l->items[cur] = incref(vitems[k]);
    }
    for (Object* g : garbage) decref(g);
    return 0;
}

Object* list_repr(Object* o) {
    ListObject* l = as_list(o);
    if (l->size == 0) return str_from("[]");
    int status = repr_enter(o);
    if (status != 0) return status > 0 ? str_from("[...]") : nullptr;
    std::string out = "[";
    // The list may change while items are repr'd: re-read the size each time, hold each item.
    for (ssize i = 0; i < l->size; ++i) {
        if (i > 0) out += ", ";
        if (!enter_recursive_call(" while getting the repr of an object")) { repr_leave(o); return nullptr; }
        Object* item = incref(l->items[i]);
        Object* r = object_repr(item);
        decref(item);
        leave_recursive_call();
        if (r == nullptr) { repr_leave(o); return nullptr; }
        out += str_view(r);
        decref(r);
    }
    out += "]";
    repr_leave(o);
    return str_from(out);
}

Object* list_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_list(v) || !is_list(w)) return incref(NotImplemented);
    ListObject* vl = as_list(v);
    ListObject* wl = as_list(w);
    if (vl->size != wl->size && (op == CompareOp::Eq || op == CompareOp::Ne))
        return bool_from(op == CompareOp::Ne);
    ssize i = 0;
    for (; i < vl->size && i < wl->size; ++i) {
        Object* a = vl->items[i];
        Object* b = wl->items[i];
        if (a == b) continue;
        incref(a); incref(b);
        int k = object_rich_compare_bool(a, b, CompareOp::Eq);
        decref(a); decref(b);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vl->size || i >= wl->size) {
        ssize vs = vl->size, ws = wl->size;
        bool r = false;
        switch (op) {
            case CompareOp::Lt: r = vs < ws; break;
            case CompareOp::Le: r = vs <= ws; break;
            case CompareOp::Eq: r = vs == ws; break;
            case CompareOp::Ne: r = vs != ws; break;
            case CompareOp::Gt: r = vs > ws; break;
            case CompareOp::Ge: r = vs >= ws; break;
        }
        return bool_from(r);
    }
    if (op == CompareOp::Eq) return bool_from(false);
    if (op == CompareOp::Ne) return bool_from(true);
    Object* a = incref(vl->items[i]);
    Object* b = incref(wl->items[i]);
    Object* r = object_rich_compare(a, b, op);
    decref(a); decref(b);
    return r;
}

ssize list_length(Object* o) { return as_list(o)->size; }

int list_contains(Object* o, Object* value) {
    ListObject* l = as_list(o);
    for (ssize i = 0; i < l->size; ++i) {
        Object* item = incref(l->items[i]);
        int k = object_rich_compare_bool(item, value, CompareOp::Eq);
        decref(item);
        if (k != 0) return k;
    }
    return 0;
}

Object* list_concat(Object* a, Object* b) {
    if (!is_list(a)) return incref(NotImplemented);
    if (!is_list(b)) {
        BinaryFn other = b->type->nb[static_cast<int>(BinOp::Add)];
        if (other != nullptr && other != list_concat) return incref(NotImplemented);
        return err_format(TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    ssize an = as_list(a)->size, bn = as_list(b)->size;
    Object* r = list_new(an + bn);
    if (r == nullptr) return nullptr;
    Object** dst = as_list(r)->items;
    for (ssize i = 0; i < an; ++i) dst[i] = incref(as_list(a)->items[i]);
    for (ssize i = 0; i < bn; ++i) dst[an + i] = incref(as_list(b)->items[i]);
    return r;
}

// Reads the repeat count of a sequence operation, or tells the caller to defer (NotImplemented).
// Returns 1 with *n set, 0 to return NotImplemented, -1 on error.
int repeat_count(Object* count, bool seq_is_left, BinaryFn self_slot, ssize* n) {
    if (!is_index(count)) {
        BinaryFn other = count->type->nb[static_cast<int>(BinOp::Mul)];
        if (seq_is_left && other != nullptr && other != self_slot) return 0;
        err_format(TypeError, "can't multiply sequence by non-int of type '%T'", count);
        return -1;
    }
    ssize v = number_as_ssize(count, OverflowError);
    if (v == -1 && err_occurred()) return -1;
    *n = v < 0 ? 0 : v;
    return 1;
}

Object* list_mul(Object* a, Object* b) {
    bool left = is_list(a);
    Object* seq = left ? a : b;
    ssize count;
    int k = repeat_count(left ? b : a, left, list_mul, &count);
    if (k <= 0) return k == 0 ? incref(NotImplemented) : nullptr;
    ssize n = as_list(seq)->size;
    if (n == 0 || count == 0) return list_new(0);
    if (n > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return err_no_memory();
    Object* r = list_new(n * count);
    if (r == nullptr) return nullptr;
    Object** dst = as_list(r)->items;
    Object** src = as_list(seq)->items;
    for (ssize c = 0; c < count; ++c)
        for (ssize i = 0; i < n; ++i) *dst++ = incref(src[i]);
    return r;
}

Object* list_inplace_concat(Object* a, Object* b) {
    if (!is_list(a)) return incref(NotImplemented);
    if (list_extend(a, b) < 0) return nullptr;
    return incref(a);
}

Object* list_inplace_repeat(Object* a, Object* b) {
    if (!is_list(a)) return incref(NotImplemented);
    ssize count;
    int k = repeat_count(b, true, list_inplace_repeat, &count);
    if (k <= 0) return k == 0 ? incref(NotImplemented) : nullptr;
    ListObject* l = as_list(a);
    ssize n = l->size;
    if (n == 0 || count == 1) return incref(a);
    if (count == 0) {
        list_clear_slot(a);
        return incref(a);
    }
    if (n > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return err_no_memory();
    if (!list_resize(l, n * count)) return nullptr;
    for (ssize c = 1; c < count; ++c)
        for (ssize i = 0; i < n; ++i) l->items[c * n + i] = incref(l->items[i]);
    return incref(a);
}

Object* list_iter(Object* o);
Object* list_reversed_iter(Object* o);

// ---- Methods ----

Object* m_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.append", kwnames) || !arg_exactly_one("list.append", nargs)) return nullptr;
    if (list_append(self, args[0]) < 0) return nullptr;
    return none_new();
}

Object* m_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.extend", kwnames) || !arg_exactly_one("list.extend", nargs)) return nullptr;
    if (list_extend(self, args[0]) < 0) return nullptr;
    return none_new();
}

Object* m_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("insert", kwnames) || !arg_count("insert", nargs, 2, 2)) return nullptr;
    ssize i;
    if (!arg_index_ssize(args[0], &i)) return nullptr;
    if (list_insert(self, i, args[1]) < 0) return nullptr;
    return none_new();
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.pop", kwnames) || !arg_count("pop", nargs, 0, 1)) return nullptr;
    ssize i = -1;
    if (nargs == 1 && !arg_index_ssize(args[0], &i)) return nullptr;
    ListObject* l = as_list(self);
    if (l->size == 0) return err_set_string(IndexError, "pop from empty list");
    if (i < 0) i += l->size;
    if (static_cast<size_t>(i) >= static_cast<size_t>(l->size))
        return err_set_string(IndexError, "pop index out of range");
    Object* v = l->items[i];
    if (i == l->size - 1) {
        (void)list_resize(l, l->size - 1);
        return v;
    }
    std::memmove(&l->items[i], &l->items[i + 1], static_cast<size_t>(l->size - i - 1) * sizeof(Object*));
    (void)list_resize(l, l->size - 1);
    return v;
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.remove", kwnames) || !arg_exactly_one("list.remove", nargs)) return nullptr;
    ListObject* l = as_list(self);
    for (ssize i = 0; i < l->size; ++i) {
        Object* item = incref(l->items[i]);
        int k = object_rich_compare_bool(item, args[0], CompareOp::Eq);
        decref(item);
        if (k < 0) return nullptr;
        if (k > 0) {
            if (i < l->size && list_ass_slice(l, i, i + 1, nullptr) < 0) return nullptr;
            return none_new();
        }
    }
    return err_set_string(ValueError, "list.remove(x): x not in list");
}

Object* m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("index", kwnames) || !arg_count("index", nargs, 1, 3)) return nullptr;
    ListObject* l = as_list(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !arg_slice_index(args[1], &start)) return nullptr;
    if (nargs >= 3 && !arg_slice_index(args[2], &stop)) return nullptr;
    if (start < 0) { start += l->size; if (start < 0) start = 0; }
    if (stop < 0) { stop += l->size; if (stop < 0) stop = 0; }
    for (ssize i = start; i < stop && i < l->size; ++i) {
        Object* item = incref(l->items[i]);
        int k = object_rich_compare_bool(item, args[0], CompareOp::Eq);
        decref(item);
        if (k < 0) return nullptr;
        if (k > 0) return int_from_i64(i);
    }
    return err_format(ValueError, "%R is not in list", args[0]);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.count", kwnames) || !arg_exactly_one("list.count", nargs)) return nullptr;
    ListObject* l = as_list(self);
    ssize count = 0;
    for (ssize i = 0; i < l->size; ++i) {
        Object* item = incref(l->items[i]);
        int k = object_rich_compare_bool(item, args[0], CompareOp::Eq);
        decref(item);
        if (k < 0) return nullptr;
        count += k;
    }
    return int_from_i64(count);
}

Object* m_clear(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.clear", kwnames) || !arg_none("list.clear", nargs)) return nullptr;
    list_clear_slot(self);
    return none_new();
}

Object* m_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.copy", kwnames) || !arg_none("list.copy", nargs)) return nullptr;
    return list_get_slice(self, 0, as_list(self)->size);
}

Object* m_reverse(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.reverse", kwnames) || !arg_none("list.reverse", nargs)) return nullptr;
    list_reverse(self);
    return none_new();
}

Object* m_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.__reversed__", kwnames) || !arg_none("list.__reversed__", nargs)) return nullptr;
    return list_reversed_iter(self);
}

Object* m_getitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("list.__getitem__", kwnames) || !arg_exactly_one("list.__getitem__", nargs)) return nullptr;
    return list_subscript(self, args[0]);
}

Object* m_sizeof(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_none("list.__sizeof__", nargs)) return nullptr;
    // CPython's layout: a 40-byte header plus one pointer per allocated slot.
    return int_from_i64(40 + as_list(self)->capacity * static_cast<ssize>(sizeof(Object*)));
}

const MethodDef list_methods[] = {
    {"__getitem__", m_getitem},
    {"__reversed__", m_reversed},
    {"__sizeof__", m_sizeof},
    {"append", m_append},
    {"clear", m_clear},
    {"copy", m_copy},
    {"count", m_count, kMethDepth},
    {"extend", m_extend, kMethDepth},
    {"index", m_index},
    {"insert", m_insert},
    {"pop", m_pop},
    {"remove", m_remove, kMethDepth},
    {"reverse", m_reverse},
    {"sort", list_sort_method},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

Object* list_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return list_new_of_type(type);
}

// list.__init__(iterable=()): clears the list first, so calling it again resets the contents.
int list_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (self->type->tp_new == list_tp_new && !arg_no_kwargs("list", kwnames)) return -1;
    if (!arg_count("list", nargs, 0, 1)) return -1;
    if (as_list(self)->size != 0) list_clear_slot(self);
    if (nargs == 1) return list_extend(self, args[0]);
    return 0;
}

// ---- list_iterator / list_reverseiterator ----

void list_iter_dealloc(Object* o) {
    xdecref(static_cast<ListIterObject*>(o)->seq);
    free_object(o);
}

void list_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = static_cast<ListIterObject*>(o);
    if (it->seq) visit(it->seq, arg);
}

int list_iter_clear(Object* o) {
    clearref(static_cast<ListIterObject*>(o)->seq);
    return 0;
}

Object* iter_self(Object* o) { return incref(o); }

Object* list_iter_next(Object* o) {
    auto* it = static_cast<ListIterObject*>(o);
    Object* seq = it->seq;
    if (seq == nullptr) return nullptr;
    if (it->index < as_list(seq)->size) return incref(as_list(seq)->items[it->index++]);
    it->seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* list_rev_iter_next(Object* o) {
    auto* it = static_cast<ListIterObject*>(o);
    Object* seq = it->seq;
    if (seq == nullptr) return nullptr;
    ssize i = it->index;
    if (i >= 0 && i < as_list(seq)->size) {
        it->index = i - 1;
        return incref(as_list(seq)->items[i]);
    }
    it->index = -1;
    it->seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* list_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* it = static_cast<ListIterObject*>(self);
    ssize n = 0;
    if (it->seq) {
        if (self->type == &ListIterType) n = as_list(it->seq)->size - it->index;
        else n = it->index + 1 > as_list(it->seq)->size ? 0 : it->index + 1;
    }
    return int_from_i64(n < 0 ? 0 : n);
}

// CPython: listobject.c, listiter_reduce_general: (iter, (list,), index) while running, (iter,
// ([],)) once exhausted; the reverse iterator resumes through reversed().
Object* list_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<ListIterObject*>(self);
    bool forward = self->type == &ListIterType;
    if (it->seq != nullptr) {
        Object* index = int_from_i64(it->index);
        if (index == nullptr) return nullptr;
        Object* res = iter_reduce(forward ? "iter" : "reversed", it->seq, index);
        decref(index);
        return res;
    }
    Object* empty = list_new(0);
    if (empty == nullptr) return nullptr;
    Object* res = iter_reduce("iter", empty, nullptr);
    decref(empty);
    return res;
}

// CPython: listiter_setstate / listreviter_setstate: the index is clipped to the list.
Object* list_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<ListIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (it->seq != nullptr) {
        ssize size = as_list(it->seq)->size;
        if (self->type == &ListIterType) {
            index = index < 0 ? 0 : (index > size ? size : index);
        } else {
            index = index < -1 ? -1 : (index > size - 1 ? size - 1 : index);
        }
        it->index = index;
    }
    return incref(None);
}

const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint},
    {"__reduce__", list_iter_reduce},
    {"__setstate__", list_iter_setstate},
    {nullptr, nullptr},
};

Object* make_list_iter(TypeObject* type, Object* list, ssize start) {
    auto* it = static_cast<ListIterObject*>(alloc_object(type));
    if (it == nullptr) return nullptr;
    it->index = start;
    it->seq = incref(list);
    return it;
}

Object* list_iter(Object* o) { return make_list_iter(&ListIterType, o, 0); }
Object* list_reversed_iter(Object* o) { return make_list_iter(&ListRevIterType, o, as_list(o)->size - 1); }

void init_iter_type(TypeObject& t, const char* name, UnaryFn next) {
    t.name = name;
    t.basicsize = sizeof(ListIterObject);
    t.flags = kTypeGC | kTypePooledAlloc;
    t.dealloc = list_iter_dealloc;
    t.traverse = list_iter_traverse;
    t.clear = list_iter_clear;
    t.iter = iter_self;
    t.iternext = next;
    t.methods = list_iter_methods;
    (void)type_ready(&t);
}

}  // namespace

void init_list_type() {
    TypeObject& t = ListType;
    t.name = "list";
    t.basicsize = sizeof(ListObject);
    t.flags = kTypeBaseType | kTypeGC | kTypeListSubclass | kTypePooledAlloc;
    t.dealloc = list_dealloc;
    t.repr = list_repr;
    t.hash = hash_not_implemented;
    t.richcompare = list_richcompare;
    t.iter = list_iter;
    t.tp_new = list_tp_new;
    t.tp_init = list_tp_init;
    t.traverse = list_traverse;
    t.clear = list_clear_slot;
    t.nb[static_cast<int>(BinOp::Add)] = list_concat;
    t.nb[static_cast<int>(BinOp::Mul)] = list_mul;
    t.nb_inplace[static_cast<int>(BinOp::Add)] = list_inplace_concat;
    t.nb_inplace[static_cast<int>(BinOp::Mul)] = list_inplace_repeat;
    t.len = list_length;
    t.getitem = list_subscript;
    t.setitem = list_ass_subscript;
    t.contains = list_contains;
    t.methods = list_methods;
    (void)type_ready(&t);

    init_iter_type(ListIterType, "list_iterator", list_iter_next);
    init_iter_type(ListRevIterType, "list_reverseiterator", list_rev_iter_next);
}

int list_assign_slice(Object* list, ssize lo, ssize hi, Object* value) {
    return list_ass_slice(as_list(list), lo, hi, value);
}

}  // namespace pygen
