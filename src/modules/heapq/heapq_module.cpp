// The _heapq module: the heap primitives on plain lists (heappush, heappop, heapify, heapreplace,
// heappushpop and the _max variants heapq.merge/nlargest use). lib/heapq.py stays the public face
// (merge, nlargest, nsmallest) and imports these. CPython counterpart: Modules/_heapqmodule.c
// (behaviour only: messages, and the "list changed size during iteration" check after each
// comparison, since a user __lt__ may mutate the heap).

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/list.h"
#include "objects/module.h"

namespace pygen {

Object* make_heapq_module();

namespace {

// a < b (or b < a for the max-heap variants) with both operands kept alive across the call: the
// comparison may run Python code that drops them from the list. -1 error, else 0/1.
int less(Object* a, Object* b, bool max_heap) {
    Ref<> ra = Ref<>::borrow(a), rb = Ref<>::borrow(b);
    return max_heap ? object_rich_compare_bool(rb.get(), ra.get(), CompareOp::Lt)
                    : object_rich_compare_bool(ra.get(), rb.get(), CompareOp::Lt);
}

bool size_changed(Object* heap, ssize expected) {
    if (list_size(heap) == expected) return false;
    err_set_string(RuntimeError, "list changed size during iteration");
    return true;
}

// Moves the item at `pos` towards the root while it is smaller than its parent, swapping as it
// goes (so a comparison that reorders the list never loses or duplicates an item). The items
// pointer is re-read after every comparison. CPython: _heapqmodule.c, siftdown.
bool sift_toward_root(Object* heap, ssize start, ssize pos, bool max_heap) {
    auto* l = static_cast<ListObject*>(heap);
    ssize size = l->size;
    while (pos > start) {
        ssize parent = (pos - 1) >> 1;
        int lt = less(l->items[pos], l->items[parent], max_heap);
        if (lt < 0) return false;
        if (size_changed(heap, size)) return false;
        if (lt == 0) break;
        std::swap(l->items[pos], l->items[parent]);
        pos = parent;
    }
    return true;
}

// Moves the smaller child up until `pos` is a leaf, then sifts the item that was at `pos` back
// towards `pos` (Floyd's bottom-up variant, the comparison count CPython makes).
// CPython: _heapqmodule.c, siftup.
bool sift_to_leaf(Object* heap, ssize pos, bool max_heap) {
    auto* l = static_cast<ListObject*>(heap);
    ssize end = l->size, start = pos, limit = end >> 1;
    while (pos < limit) {
        ssize child = 2 * pos + 1;
        if (child + 1 < end) {
            int lt = less(l->items[child], l->items[child + 1], max_heap);
            if (lt < 0) return false;
            if (size_changed(heap, end)) return false;
            if (lt == 0) ++child;
        }
        std::swap(l->items[child], l->items[pos]);
        pos = child;
    }
    return sift_toward_root(heap, start, pos, max_heap);
}

// Argument Clinic's "list" converter: "heappush() argument 1 must be list, not tuple" for the
// two-argument functions, "heappop() argument must be list, not str" for the one-argument ones.
bool check_heap(Object* heap, const char* fname, bool only_arg) {
    if (is_list(heap)) return true;
    err_format(TypeError, "%s() argument%s must be list, not %s", fname, only_arg ? "" : " 1",
               arg_type_name(heap));
    return false;
}

// The arity checks of METH_FASTCALL (two arguments) and METH_O (one) functions: the keyword and
// METH_O messages name the function with its module ("_heapq.heappop() takes exactly one
// argument (0 given)"), the count message does not ("heappush expected 2 arguments, got 1").
bool check_two(const char* qualname, Object* const* args, size_t nargs, Object* kwnames) {
    const char* name = qualname + 7;   // past "_heapq."
    return check_no_kwargs(qualname, kwnames) && check_positional(name, nargs, nullptr, 2, 2) &&
           check_heap(args[0], name, false);
}
bool check_one(const char* qualname, Object* const* args, size_t nargs, Object* kwnames) {
    return check_one_arg(qualname, nargs, kwnames) && check_heap(args[0], qualname + 7, true);
}

Object* heappush(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_two("_heapq.heappush", args, nargs, kwnames)) return nullptr;
    if (list_append(args[0], args[1]) < 0) return nullptr;
    if (!sift_toward_root(args[0], 0, list_size(args[0]) - 1, false)) return nullptr;
    return none_new();
}

// Removes the last item; when the heap is not then empty, it replaces the root, which is
// returned after sifting. CPython: _heapqmodule.c, heappop_internal.
Object* pop_common(Object* const* args, size_t nargs, Object* kwnames, const char* name, bool max_heap) {
    if (!check_one(name, args, nargs, kwnames)) return nullptr;
    auto* l = static_cast<ListObject*>(args[0]);
    if (l->size == 0) return err_set_string(IndexError, "index out of range");
    Object* last = l->items[--l->size];   // the list's reference is now ours
    if (l->size == 0) return last;
    Object* root = l->items[0];
    l->items[0] = last;
    if (!sift_to_leaf(args[0], 0, max_heap)) {
        decref(root);
        return nullptr;
    }
    return root;
}

Object* heappop(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return pop_common(args, nargs, kwnames, "_heapq.heappop", false);
}

Object* heappop_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return pop_common(args, nargs, kwnames, "_heapq._heappop_max", true);
}

Object* replace_common(Object* const* args, size_t nargs, Object* kwnames, const char* name, bool max_heap) {
    if (!check_two(name, args, nargs, kwnames)) return nullptr;
    auto* l = static_cast<ListObject*>(args[0]);
    if (l->size == 0) return err_set_string(IndexError, "index out of range");
    Object* root = l->items[0];
    l->items[0] = incref(args[1]);
    if (!sift_to_leaf(args[0], 0, max_heap)) {
        decref(root);
        return nullptr;
    }
    return root;
}

Object* heapreplace(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return replace_common(args, nargs, kwnames, "_heapq.heapreplace", false);
}

Object* heapreplace_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return replace_common(args, nargs, kwnames, "_heapq._heapreplace_max", true);
}

// CPython: _heapqmodule.c, _heapq_heappushpop_impl — the item comes straight back when it is
// not larger than the root; the heap may have been emptied by the comparison itself.
Object* heappushpop(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_two("_heapq.heappushpop", args, nargs, kwnames)) return nullptr;
    auto* l = static_cast<ListObject*>(args[0]);
    Object* item = args[1];
    if (l->size == 0) return newref(item);
    int lt = less(l->items[0], item, false);
    if (lt < 0) return nullptr;
    if (lt == 0) return newref(item);
    if (l->size == 0) return err_set_string(IndexError, "index out of range");
    Object* root = l->items[0];
    l->items[0] = incref(item);
    if (!sift_to_leaf(args[0], 0, false)) {
        decref(root);
        return nullptr;
    }
    return root;
}

Object* heapify_common(Object* const* args, size_t nargs, Object* kwnames, const char* name, bool max_heap) {
    if (!check_one(name, args, nargs, kwnames)) return nullptr;
    // Leaves are heaps already; each sift keeps a subtree valid. The size is re-read so a
    // comparison that shrinks the list ends in the RuntimeError above, never out of bounds.
    for (ssize i = list_size(args[0]) / 2 - 1; i >= 0; --i) {
        if (!sift_to_leaf(args[0], i, max_heap)) return nullptr;
    }
    return none_new();
}

Object* heapify(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return heapify_common(args, nargs, kwnames, "_heapq.heapify", false);
}

Object* heapify_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return heapify_common(args, nargs, kwnames, "_heapq._heapify_max", true);
}

const MethodDef kFunctions[] = {
    {"heappush", heappush},
    {"heappushpop", heappushpop},
    {"heappop", heappop},
    {"heapreplace", heapreplace},
    {"heapify", heapify},
    {"_heappop_max", heappop_max},
    {"_heapreplace_max", heapreplace_max},
    {"_heapify_max", heapify_max},
    {nullptr, nullptr},
};

}  // namespace

Object* make_heapq_module() {
    Object* m = module_new("_heapq");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
