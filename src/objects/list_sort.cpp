// list.sort: a stable merge sort (binary insertion for short runs, bottom-up merges) that stops on
// the first failed comparison while keeping the array a permutation, so no reference is lost.
// Keys of one exact type (small int, float, str) are compared without going through Python, and so
// are the leading elements of tuple keys (sorted(key=lambda t: (t.prio, t.name)): a tuple key is
// compared item by item, and items of such exact types need no Python-level == or <.
// CPython counterpart: Objects/listobject.c, list_sort_impl (timsort; we keep its observable
// behaviour: stability, reverse by double reversal, "list modified during sort").
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

struct SortItem {
    Object* key;     // borrowed from `value` when there is no key function, else owned by the sorter
    Object* value;   // borrowed from the saved list items
};

enum class KeyKind { Generic, SmallInt, Float, Str, Tuple };

// a < b for two strs: UTF-8 byte order is code-point order.
bool str_lt(Object* a, Object* b) {
    std::string_view x = str_view(a), y = str_view(b);
    size_t n = x.size() < y.size() ? x.size() : y.size();
    int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
    return c < 0 || (c == 0 && x.size() < y.size());
}

// Items of one exact type whose == and < cannot be overridden (a subclass could, an exact builtin
// cannot) are compared here. Returns false when the pair is not such; else sets *eq (what the
// generic identity-then-== test says) and, when not equal, *lt.
bool compare_exact_items(Object* a, Object* b, bool* eq, bool* lt) {
    TypeObject* t = a->type;
    if (t != b->type) return false;
    if (t == &IntType) {
        auto* x = static_cast<IntObject*>(a);
        auto* y = static_cast<IntObject*>(b);
        if (x->is_big || y->is_big) return false;
        *eq = x->small == y->small;
        *lt = x->small < y->small;
        return true;
    }
    if (t == &FloatType) {
        // Identity first, as the generic equality test does (a NaN item equals itself).
        double x = float_value(a), y = float_value(b);
        *eq = a == b || x == y;
        *lt = x < y;
        return true;
    }
    if (t == &StrType) {
        *eq = a == b || str_view(a) == str_view(b);
        *lt = !*eq && str_lt(a, b);
        return true;
    }
    return false;
}

// Tuple keys: the first item pair that is not equal decides with <; equal prefixes compare by
// length. This is tuple's own < (the identity-then-== scan, then < on the differing items), with
// the item comparisons of exact ints, floats and strs done without the generic machinery.
int tuple_lt(Object* a, Object* b) {
    Object** x = tuple_items(a);
    Object** y = tuple_items(b);
    ssize nx = tuple_size(a), ny = tuple_size(b);
    ssize n = nx < ny ? nx : ny;
    for (ssize i = 0; i < n; ++i) {
        if (x[i] == y[i]) continue;
        bool eq, lt;
        if (compare_exact_items(x[i], y[i], &eq, &lt)) {
            if (eq) continue;
            return lt ? 1 : 0;
        }
        int k = object_rich_compare_bool(x[i], y[i], CompareOp::Eq);
        if (k < 0) return -1;
        if (k) continue;
        return object_rich_compare_bool(x[i], y[i], CompareOp::Lt);
    }
    return nx < ny ? 1 : 0;
}

struct Sorter {
    KeyKind kind = KeyKind::Generic;

    // -1 error, 0 false, 1 true: is a < b?
    int lt(Object* a, Object* b) const {
        switch (kind) {
            case KeyKind::SmallInt:
                return static_cast<IntObject*>(a)->small < static_cast<IntObject*>(b)->small;
            case KeyKind::Float:
                return float_value(a) < float_value(b);
            case KeyKind::Str:
                return str_lt(a, b);
            case KeyKind::Tuple:
                return tuple_lt(a, b);
            case KeyKind::Generic:
                break;
        }
        return object_rich_compare_bool(a, b, CompareOp::Lt);
    }

    // Sorts a[lo, hi) where a[lo, start) is already sorted. -1 on error (array still a permutation).
    int binary_insertion(SortItem* a, ssize lo, ssize hi, ssize start) const {
        for (ssize i = start; i < hi; ++i) {
            SortItem pivot = a[i];
            ssize l = lo, r = i;
            // Find the first position whose key is greater than the pivot (keeps equal keys stable).
            while (l < r) {
                ssize mid = l + (r - l) / 2;
                int k = lt(pivot.key, a[mid].key);
                if (k < 0) return -1;
                if (k) r = mid; else l = mid + 1;
            }
            std::memmove(&a[l + 1], &a[l], static_cast<size_t>(i - l) * sizeof(SortItem));
            a[l] = pivot;
        }
        return 0;
    }

    // Merges sorted a[lo, mid) and a[mid, hi) using tmp (room for mid - lo items).
    int merge(SortItem* a, ssize lo, ssize mid, ssize hi, SortItem* tmp) const {
        ssize n1 = mid - lo;
        std::memcpy(tmp, a + lo, static_cast<size_t>(n1) * sizeof(SortItem));
        ssize i = 0, j = mid, d = lo;
        int result = 0;
        while (i < n1 && j < hi) {
            int k = lt(a[j].key, tmp[i].key);
            if (k < 0) { result = -1; break; }
            if (k) a[d++] = a[j++];
            else a[d++] = tmp[i++];
        }
        // Whatever happened, the remaining left items fill exactly the gap before j.
        std::memcpy(a + d, tmp + i, static_cast<size_t>(n1 - i) * sizeof(SortItem));
        return result;
    }

    int sort(SortItem* a, ssize n) const {
        constexpr ssize kRun = 32;
        for (ssize lo = 0; lo < n; lo += kRun) {
            ssize hi = lo + kRun < n ? lo + kRun : n;
            if (binary_insertion(a, lo, hi, lo + 1) < 0) return -1;
        }
        if (n <= kRun) return 0;
        std::vector<SortItem> tmp(static_cast<size_t>(n / 2 + kRun));
        for (ssize width = kRun; width < n; width *= 2) {
            for (ssize lo = 0; lo + width < n; lo += 2 * width) {
                ssize mid = lo + width;
                ssize hi = mid + width < n ? mid + width : n;
                if (tmp.size() < static_cast<size_t>(width)) tmp.resize(static_cast<size_t>(width));
                if (merge(a, lo, mid, hi, tmp.data()) < 0) return -1;
            }
        }
        return 0;
    }
};

KeyKind choose_kind(const std::vector<SortItem>& items) {
    if (items.empty()) return KeyKind::Generic;
    TypeObject* t = items[0].key->type;
    for (const SortItem& it : items)
        if (it.key->type != t) return KeyKind::Generic;
    if (t == &IntType) {
        for (const SortItem& it : items)
            if (static_cast<IntObject*>(it.key)->is_big) return KeyKind::Generic;
        return KeyKind::SmallInt;
    }
    if (t == &FloatType) return KeyKind::Float;
    if (t == &StrType) return KeyKind::Str;
    if (t == &TupleType) return KeyKind::Tuple;
    return KeyKind::Generic;
}

void reverse_items(std::vector<SortItem>& v) {
    for (size_t i = 0, j = v.size(); i + 1 < j; ++i, --j) std::swap(v[i], v[j - 1]);
}

}  // namespace

// Sorts in place. While sorting, the list looks empty with capacity -1; any mutation from a key
// function or comparison changes that and is reported as "list modified during sort" afterwards.
int list_sort(Object* list, Object* key, bool reverse) {
    auto* l = static_cast<ListObject*>(list);
    // Allocated before the list is emptied: a std::bad_alloc here leaves the list as it was.
    std::vector<SortItem> items(static_cast<size_t>(l->size));
    Object** saved = l->items;
    ssize n = l->size;
    ssize saved_capacity = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = -1;

    int result = 0;
    ssize keys_made = 0;
    bool items_ready = true;   // every value is in `items` (else the key function failed midway)
    for (ssize i = 0; i < n; ++i) {
        items[i].value = saved[i];
        if (key == nullptr) {
            items[i].key = saved[i];
        } else {
            Object* k = call1(key, saved[i]);
            if (k == nullptr) { result = -1; items_ready = false; break; }
            items[i].key = k;
            ++keys_made;
        }
    }

    if (result == 0 && n > 1) {
        Sorter sorter;
        sorter.kind = choose_kind(items);
        // Reversing before and after a stable ascending sort keeps equal items in their original
        // order, which is what reverse=True promises.
        if (reverse) reverse_items(items);
        // The merge's scratch space may fail to allocate: the items go back (in whatever order
        // they reached) and the sort raises MemoryError.
        try {
            result = sorter.sort(items.data(), n);
        } catch (const std::bad_alloc&) {
            err_no_memory();
            result = -1;
        }
        if (reverse) reverse_items(items);
    }
    if (items_ready) {
        for (ssize i = 0; i < n; ++i) saved[i] = items[i].value;
    }
    if (key != nullptr)
        for (ssize i = 0; i < keys_made; ++i) decref(items[i].key);

    // Put the (possibly partly) sorted items back, dropping whatever was added meanwhile.
    Object** intruder_items = l->items;
    ssize intruder_size = l->size;
    bool modified = l->capacity != -1;
    l->items = saved;
    l->size = n;
    l->capacity = saved_capacity;
    if (modified && result == 0) {
        err_set_string(ValueError, "list modified during sort");
        result = -1;
    }
    if (intruder_items != nullptr) {
        for (ssize i = intruder_size; i-- > 0;) xdecref(intruder_items[i]);
        mem_free(intruder_items);
    }
    return result;
}

// list.sort(*, key=None, reverse=False)
Object* list_sort_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 0) return err_set_string(TypeError, "sort() takes no positional arguments");
    Object* key = nullptr;
    bool reverse = false;
    if (kwnames != nullptr) {
        for (ssize i = 0; i < tuple_size(kwnames); ++i) {
            Object* name = tuple_item(kwnames, i);
            Object* value = args[nargs + static_cast<size_t>(i)];
            std::string_view s = str_view(name);
            if (s == "key") {
                key = value == None ? nullptr : value;
            } else if (s == "reverse") {
                ssize r;
                if (!is_int(value)) {
                    if (!arg_index_ssize(value, &r)) return nullptr;
                    reverse = r != 0;
                } else {
                    reverse = int_sign(value) != 0;
                }
            } else {
                return err_format(TypeError, "'%S' is an invalid keyword argument for sort()", name);
            }
        }
    }
    if (list_sort(self, key, reverse) < 0) return nullptr;
    return none_new();
}

}  // namespace pygen
