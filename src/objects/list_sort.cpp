// list.sort: a stable natural merge sort (runs found in the input, powersort merge order) that stops on
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
#include "objects/list_items.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

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

// -1 error, 0 false, 1 true: is a < b? Inlined into each Sorter, whose kind is a constant.
[[gnu::always_inline]] inline int key_lt(KeyKind kind, Object* a, Object* b) {
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

// The sort works on the list's own item array when there is no key function, so it needs no copy
// of the list: only the merge's scratch space, at most half the list, as CPython's. With a key
// function the keys are a second array and every move is made in both (kPaired).
//
// The algorithm is a natural merge sort in the spirit of CPython's: it finds the runs already in
// order (reversing strictly descending ones), extends short runs to `min_run` by binary insertion,
// and merges neighbouring runs in the order the powersort rule gives (CPython 3.11's policy: merge
// where the boundary between two runs is "shallower" than the next one). Before merging two runs
// it skips the prefix of the left run and the suffix of the right run that are already in place,
// so sorted or nearly sorted input costs about n comparisons.
//
// Every step keeps the arrays a permutation of the input, even when a comparison raises: the
// caller puts the values back in whatever order they reached, and no reference is lost.
// One instantiation per key kind: the comparison of exact small ints, floats or strs is a few
// inline instructions in the merge loops rather than a switch and a call per comparison.
template <bool kPaired, KeyKind kKind>
class Sorter {
public:
    Sorter(Object** keys, Object** values) : keys_(keys), values_(values) {}

    int sort(ssize n) {
        if (n < 2) return 0;
        ssize min_run = compute_min_run(n);
        ssize lo = 0;
        while (lo < n) {
            bool descending = false;
            ssize len = count_run(lo, n, &descending);
            if (len < 0) return -1;
            if (descending) reverse(lo, lo + len);
            if (len < min_run) {
                ssize forced = n - lo < min_run ? n - lo : min_run;
                if (binary_insertion(lo, lo + forced, lo + len) < 0) return -1;
                len = forced;
            }
            int power = 0;
            if (!runs_.empty()) {
                power = boundary_power(n, runs_.back().start, runs_.back().len, len);
                while (runs_.size() > 1 && runs_.back().power > power)
                    if (merge_top() < 0) return -1;
            }
            runs_.push_back(RunInfo{lo, len, power});
            lo += len;
        }
        while (runs_.size() > 1)
            if (merge_top() < 0) return -1;
        return 0;
    }

private:
    struct RunInfo {
        ssize start;
        ssize len;
        int power;   // of the boundary between this run and the one before it
    };

    Object** keys_;
    Object** values_;   // used only when kPaired
    std::vector<RunInfo> runs_;
    std::vector<Object*> tmp_keys_;
    std::vector<Object*> tmp_values_;

    int lt(Object* a, Object* b) const { return key_lt(kKind, a, b); }

    // Short lists are sorted by insertion alone; longer ones start from runs of 32 to 64 items,
    // chosen so that n / min_run is a power of two or a little less (balanced merges).
    static ssize compute_min_run(ssize n) {
        ssize low_bits = 0;
        while (n >= 64) {
            low_bits |= n & 1;
            n >>= 1;
        }
        return n + low_bits;
    }

    // The powersort depth of the boundary between run A = [s1, s1 + n1) and run B (n2 items right
    // after it): the first binary digit where the midpoints of A and B, as fractions of n, differ.
    static int boundary_power(ssize n, ssize s1, ssize n1, ssize n2) {
        uint64_t two_n = static_cast<uint64_t>(n) * 2;
        uint64_t a = static_cast<uint64_t>(2 * s1 + n1);   // twice A's midpoint
        uint64_t b = a + static_cast<uint64_t>(n1 + n2);   // twice B's midpoint
        int power = 0;
        for (;;) {
            ++power;
            a <<= 1;
            b <<= 1;
            bool da = a >= two_n, db = b >= two_n;
            if (da != db) return power;
            if (da) {
                a -= two_n;
                b -= two_n;
            }
        }
    }

    void move(ssize to, ssize from) {
        keys_[to] = keys_[from];
        if constexpr (kPaired) values_[to] = values_[from];
    }
    void reverse(ssize lo, ssize hi) {
        for (ssize i = lo, j = hi - 1; i < j; ++i, --j) {
            std::swap(keys_[i], keys_[j]);
            if constexpr (kPaired) std::swap(values_[i], values_[j]);
        }
    }

    // The length of the run starting at lo: non-descending, or strictly descending (*descending;
    // strict, so that reversing it keeps equal items in order). -1 on error.
    ssize count_run(ssize lo, ssize hi, bool* descending) const {
        if (lo + 1 == hi) return 1;
        int k = lt(keys_[lo + 1], keys_[lo]);
        if (k < 0) return -1;
        *descending = k != 0;
        ssize i = lo + 2;
        for (; i < hi; ++i) {
            k = lt(keys_[i], keys_[i - 1]);
            if (k < 0) return -1;
            if ((k != 0) != *descending) break;
        }
        return i - lo;
    }

    // Sorts [lo, hi) where [lo, start) is already sorted.
    int binary_insertion(ssize lo, ssize hi, ssize start) {
        for (ssize i = start; i < hi; ++i) {
            Object* pivot_key = keys_[i];
            ssize l = lo, r = i;
            // The first position whose key is greater than the pivot (equal keys stay in order).
            while (l < r) {
                ssize mid = l + (r - l) / 2;
                int k = lt(pivot_key, keys_[mid]);
                if (k < 0) return -1;
                if (k) r = mid; else l = mid + 1;
            }
            size_t count = static_cast<size_t>(i - l);
            std::memmove(&keys_[l + 1], &keys_[l], count * sizeof(Object*));
            keys_[l] = pivot_key;
            if constexpr (kPaired) {
                Object* pivot_value = values_[i];
                std::memmove(&values_[l + 1], &values_[l], count * sizeof(Object*));
                values_[l] = pivot_value;
            }
        }
        return 0;
    }

    // In the sorted [lo, hi): how many items come before `key`: those < key (left), or those <= key
    // (!left). Gallops from the `from_end` side first, where the answer is expected to be.
    ssize search(Object* key, ssize lo, ssize hi, bool left, bool from_end) const {
        // "x belongs before key": x < key for left, !(key < x) for right.
        auto before = [&](Object* x) -> int {
            int k = left ? lt(x, key) : lt(key, x);
            if (k < 0) return -1;
            return left ? k : !k;
        };
        ssize n = hi - lo;
        ssize l = 0, r = n;   // the answer is in [l, r]
        ssize step = 1;
        if (!from_end) {
            ssize probe = 0;
            while (probe < n) {
                int b = before(keys_[lo + probe]);
                if (b < 0) return -1;
                if (!b) { r = probe; break; }
                l = probe + 1;
                probe += step;
                step <<= 1;
            }
        } else {
            ssize probe = n - 1;
            while (probe >= 0) {
                int b = before(keys_[lo + probe]);
                if (b < 0) return -1;
                if (b) { l = probe + 1; break; }
                r = probe;
                probe -= step;
                step <<= 1;
            }
        }
        while (l < r) {
            ssize mid = l + (r - l) / 2;
            int b = before(keys_[lo + mid]);
            if (b < 0) return -1;
            if (b) l = mid + 1; else r = mid;
        }
        return l;
    }

    int merge_top() {
        RunInfo b = runs_.back();
        runs_.pop_back();
        RunInfo& a = runs_.back();
        int result = merge(a.start, a.len, b.len);
        a.len += b.len;
        return result;
    }

    // Merges the sorted [s, s + na) and [s + na, s + na + nb).
    int merge(ssize s, ssize na, ssize nb) {
        ssize mid = s + na;
        // Items of A not greater than B's first are already in place.
        ssize skip = search(keys_[mid], s, mid, false, false);
        if (skip < 0) return -1;
        s += skip;
        na -= skip;
        if (na == 0) return 0;
        // Items of B not less than A's last are in place too.
        nb = search(keys_[mid - 1], mid, mid + nb, true, true);
        if (nb <= 0) return nb < 0 ? -1 : 0;
        // The scratch space grows before anything moves: a bad_alloc (caught in sort_arrays)
        // leaves the runs untouched.
        return na <= nb ? merge_low(s, na, nb) : merge_high(s, na, nb);
    }

    void save(ssize from, ssize count) {
        if (tmp_keys_.size() < static_cast<size_t>(count)) {
            tmp_keys_.resize(static_cast<size_t>(count));
            if constexpr (kPaired) tmp_values_.resize(static_cast<size_t>(count));
        }
        std::memcpy(tmp_keys_.data(), keys_ + from, static_cast<size_t>(count) * sizeof(Object*));
        if constexpr (kPaired)
            std::memcpy(tmp_values_.data(), values_ + from, static_cast<size_t>(count) * sizeof(Object*));
    }
    void restore(ssize to, ssize from_tmp, ssize count) {
        std::memcpy(keys_ + to, tmp_keys_.data() + from_tmp, static_cast<size_t>(count) * sizeof(Object*));
        if constexpr (kPaired)
            std::memcpy(values_ + to, tmp_values_.data() + from_tmp, static_cast<size_t>(count) * sizeof(Object*));
    }
    void take_tmp(ssize to, ssize i) {
        keys_[to] = tmp_keys_[static_cast<size_t>(i)];
        if constexpr (kPaired) values_[to] = tmp_values_[static_cast<size_t>(i)];
    }

    // A (the shorter) goes to the scratch space and the merge fills from the left.
    int merge_low(ssize s, ssize na, ssize nb) {
        save(s, na);
        ssize i = 0, j = s + na, end = s + na + nb, d = s;
        int result = 0;
        while (i < na && j < end) {
            int k = lt(keys_[j], tmp_keys_[static_cast<size_t>(i)]);
            if (k < 0) { result = -1; break; }
            if (k) move(d++, j++);
            else take_tmp(d++, i++);
        }
        // Whatever happened, the remaining A items fill exactly the gap before j.
        restore(d, i, na - i);
        return result;
    }

    // B (the shorter) goes to the scratch space and the merge fills from the right.
    int merge_high(ssize s, ssize na, ssize nb) {
        save(s + na, nb);
        ssize i = s + na - 1, j = nb - 1, d = s + na + nb - 1;
        int result = 0;
        while (i >= s && j >= 0) {
            int k = lt(tmp_keys_[static_cast<size_t>(j)], keys_[i]);
            if (k < 0) { result = -1; break; }
            if (k) move(d--, i--);
            else take_tmp(d--, j--);
        }
        // The remaining B items fill exactly the gap after A's remaining items.
        restore(i + 1, 0, j + 1);
        return result;
    }
};

KeyKind choose_kind(Object* const* keys, ssize n) {
    if (n == 0) return KeyKind::Generic;
    TypeObject* t = keys[0]->type;
    for (ssize i = 0; i < n; ++i)
        if (keys[i]->type != t) return KeyKind::Generic;
    if (t == &IntType) {
        for (ssize i = 0; i < n; ++i)
            if (static_cast<IntObject*>(keys[i])->is_big) return KeyKind::Generic;
        return KeyKind::SmallInt;
    }
    if (t == &FloatType) return KeyKind::Float;
    if (t == &StrType) return KeyKind::Str;
    if (t == &TupleType) return KeyKind::Tuple;
    return KeyKind::Generic;
}

void reverse_array(Object** a, ssize n) {
    for (ssize i = 0, j = n - 1; i < j; ++i, --j) std::swap(a[i], a[j]);
}

template <bool kPaired>
int sort_with_kind(KeyKind kind, Object** keys, Object** values, ssize n) {
    switch (kind) {
    case KeyKind::SmallInt: return Sorter<kPaired, KeyKind::SmallInt>(keys, values).sort(n);
    case KeyKind::Float: return Sorter<kPaired, KeyKind::Float>(keys, values).sort(n);
    case KeyKind::Str: return Sorter<kPaired, KeyKind::Str>(keys, values).sort(n);
    case KeyKind::Tuple: return Sorter<kPaired, KeyKind::Tuple>(keys, values).sort(n);
    case KeyKind::Generic: break;
    }
    return Sorter<kPaired, KeyKind::Generic>(keys, values).sort(n);
}

// Sorts keys (and values in step, when given). Reversing before and after a stable ascending sort
// keeps equal items in their original order, which is what reverse=True promises. The scratch
// space may fail to allocate: then the sort raises MemoryError with the arrays a permutation.
int sort_arrays(Object** keys, Object** values, ssize n, bool reverse) {
    KeyKind kind = choose_kind(keys, n);
    if (reverse) {
        reverse_array(keys, n);
        if (values) reverse_array(values, n);
    }
    int result;
    try {
        result = values ? sort_with_kind<true>(kind, keys, values, n) : sort_with_kind<false>(kind, keys, nullptr, n);
    } catch (const std::bad_alloc&) {
        err_no_memory();
        result = -1;
    }
    if (reverse) {
        reverse_array(keys, n);
        if (values) reverse_array(values, n);
    }
    return result;
}

}  // namespace

// Sorts in place. While sorting, the list looks empty with capacity -1; any mutation from a key
// function or comparison changes that and is reported as "list modified during sort" afterwards.
int list_sort(Object* list, Object* key, bool reverse) {
    auto* l = static_cast<ListObject*>(list);
    Object** saved = l->items;
    ssize n = l->size;
    // Allocated before the list is emptied: a std::bad_alloc here leaves the list as it was.
    std::vector<Object*> keys;
    if (key != nullptr) keys.resize(static_cast<size_t>(n));
    ssize saved_capacity = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = -1;

    int result = 0;
    ssize keys_made = 0;
    if (key != nullptr) {
        for (; keys_made < n; ++keys_made) {
            Object* k = call1(key, saved[keys_made]);
            if (k == nullptr) { result = -1; break; }
            keys[static_cast<size_t>(keys_made)] = k;
        }
    }
    if (result == 0 && n > 1) {
        if (key == nullptr) result = sort_arrays(saved, nullptr, n, reverse);
        else result = sort_arrays(keys.data(), saved, n, reverse);
    }
    for (ssize i = 0; i < keys_made; ++i) decref(keys[static_cast<size_t>(i)]);

    // Put the (possibly partly) sorted items back, dropping whatever was added meanwhile.
    Object** intruder_items = l->items;
    ssize intruder_size = l->size;
    ssize intruder_capacity = l->capacity;
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
        list_items::free(intruder_items, static_cast<size_t>(intruder_capacity));
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
