// The cycle collector. Reference counting frees everything except reference cycles; this finds
// groups of container objects that only reference each other and frees them: finalisers first
// (closing suspended generators, __del__, at most once each as PEP 442 says), then a second look
// in case a finaliser resurrected something, then the `clear` slots break the cycles.
// Tracked objects: instances of kTypeGC types allocated through alloc_object, and generators.
// Frames are not tracked: a generator or traceback that is a frame's only owner traverses into
// it (frame_traverse_contents), which covers the cycles frames take part in.
// Anything untracked that holds a reference counts as an outside reference, so the collector can
// only ever keep too much, never free something reachable.
// CPython counterpart: Modules/gcmodule.c.
#include "vm/gc.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/frame.h"

namespace pygen {

namespace {

// An open-addressing set of pointers: tracking happens on every container allocation, so it must
// cost a few nanoseconds (std::unordered_set allocates a node per insert).
class PointerSet {
public:
    void insert(Object* o) {
        // Live entries plus tombstones stay under half the table: linear probing degrades fast
        // past that, and churn (track/untrack of short-lived exceptions) makes many tombstones.
        if ((used_ + 1) * 2 >= cap_) grow();
        size_t i = slot(o);
        size_t first_tomb = SIZE_MAX;
        while (table_[i] != nullptr) {
            if (table_[i] == o) return;
            if (table_[i] == tomb() && first_tomb == SIZE_MAX) first_tomb = i;
            i = (i + 1) & (cap_ - 1);
        }
        if (first_tomb != SIZE_MAX) {
            table_[first_tomb] = o;
            --tombs_;
        } else {
            table_[i] = o;
            ++used_;
        }
        ++size_;
    }
    void erase(Object* o) {
        if (!cap_) return;
        for (size_t i = slot(o); table_[i] != nullptr; i = (i + 1) & (cap_ - 1)) {
            if (table_[i] == o) {
                table_[i] = tomb();
                ++tombs_;
                --size_;
                return;
            }
        }
    }
    bool contains(Object* o) const {
        if (!cap_) return false;
        for (size_t i = slot(o); table_[i] != nullptr; i = (i + 1) & (cap_ - 1))
            if (table_[i] == o) return true;
        return false;
    }
    size_t size() const { return size_; }
    template <class F> void for_each(F f) const {
        for (size_t i = 0; i < cap_; ++i)
            if (table_[i] && table_[i] != tomb()) f(table_[i]);
    }

private:
    static Object* tomb() { return reinterpret_cast<Object*>(uintptr_t{1}); }
    size_t slot(Object* o) const {
        uint64_t h = reinterpret_cast<uintptr_t>(o) * 0x9E3779B97F4A7C15ull;
        return static_cast<size_t>(h >> 20) & (cap_ - 1);
    }
    void grow() {
        std::vector<Object*> old(std::move(table_));
        size_t old_cap = cap_;
        // Rehash into a table sized for the live entries (tombstones are dropped).
        cap_ = 64;
        while (cap_ < (size_ + 1) * 4) cap_ <<= 1;
        table_.assign(cap_, nullptr);
        used_ = size_ = tombs_ = 0;
        for (size_t i = 0; i < old_cap; ++i)
            if (old[i] && old[i] != tomb()) insert(old[i]);
    }
    std::vector<Object*> table_;
    size_t cap_ = 0;
    size_t used_ = 0;    // live + tombstones
    size_t size_ = 0;    // live
    size_t tombs_ = 0;
};

PointerSet g_tracked;                     // kTypeGC objects made by alloc_object
PointerSet g_finalized;                   // instances whose __del__ already ran
GenObject* g_gens = nullptr;              // intrusive list of live generators/coroutines/async gens
size_t g_self_tracked_count = 0;          // generators in the list
bool g_enabled = true;
bool g_collecting = false;
size_t g_threshold = 20000;               // collect automatically past this many tracked objects
// Set by gc.set_threshold(n): collect when n tracked objects were allocated since the last
// collection, as CPython's generation 0 does (0: the automatic threshold above applies).
size_t g_user_threshold = 0;
size_t g_allocs_since_collect = 0;

// PYGEN_GC_STRESS=N: collect at the first safe point after every N allocations of tracked
// objects (N=1: at every new frame that follows an allocation), whatever the thresholds say, so
// bugs that need a collection at an unlucky moment show up in ordinary test runs.
size_t read_stress_env() {
    const char* v = std::getenv("PYGEN_GC_STRESS");
    if (!v || !*v) return 0;
    char* end = nullptr;
    unsigned long long n = std::strtoull(v, &end, 10);
    return *end == '\0' ? static_cast<size_t>(n) : 0;
}
const size_t g_stress_every = read_stress_env();
int64_t g_collections = 0;

// gc_refs of every tracked object during a collection, sorted by address for binary search:
// 16 bytes an object, far less than a hash map (a collection's peak memory counts).
struct RefEntry {
    Object* obj;
    ssize refs;   // -1 once known reachable
};
using RefTable = std::vector<RefEntry>;

RefEntry* find_entry(RefTable& t, Object* o) {
    auto it = std::lower_bound(t.begin(), t.end(), o, [](const RefEntry& e, Object* x) { return e.obj < x; });
    return it != t.end() && it->obj == o ? &*it : nullptr;
}

// Tuples are not tracked (they are made all the time); a tuple whose only owner is a tracked
// object is treated as part of that owner, so cycles through it (a future's callbacks, a bound
// argument tuple) are still found.
bool is_owned_untracked_tuple(Object* o) { return o->type == &TupleType && o->refcnt == 1; }

void visit_decref(Object* child, void* arg) {
    if (RefEntry* e = find_entry(*static_cast<RefTable*>(arg), child)) {
        --e->refs;
        // A traverse visited a reference its object does not own (a stale slot): the object
        // would look reachable without being traversed, and what it alone keeps alive be freed.
        assert(e->refs >= 0 && "gc_refs went negative");
    } else if (is_owned_untracked_tuple(child)) {
        for (ssize i = 0; i < tuple_size(child); ++i)
            if (Object* item = tuple_item(child, i)) visit_decref(item, arg);
    }
}

struct ReachArgs {
    RefTable* refs;
    std::vector<Object*>* stack;
};

void visit_reach(Object* child, void* arg) {
    auto* a = static_cast<ReachArgs*>(arg);
    RefEntry* e = find_entry(*a->refs, child);
    if (!e && is_owned_untracked_tuple(child)) {
        for (ssize i = 0; i < tuple_size(child); ++i)
            if (Object* item = tuple_item(child, i)) visit_reach(item, arg);
        return;
    }
    if (!e || e->refs < 0) return;   // untracked, or already known reachable
    e->refs = -1;
    a->stack->push_back(child);
}

std::vector<Object*> all_tracked() {
    std::vector<Object*> v;
    v.reserve(g_tracked.size() + g_self_tracked_count);
    g_tracked.for_each([&](Object* o) { v.push_back(o); });
    for (GenObject* g = g_gens; g; g = g->gc_next) v.push_back(g);
    return v;
}

size_t tracked_count() { return g_tracked.size() + g_self_tracked_count; }

// A reference the caller holds and wants ignored (the exit collection's hold on __main__'s
// namespace): that object counts as referenced from outside only if something else refers to it.
Object* g_discounted = nullptr;

// Returns the objects reachable only from each other (not from outside the tracked set).
std::vector<Object*> find_unreachable() {
    RefTable refs;
    {
        std::vector<Object*> objs = all_tracked();
        refs.reserve(objs.size());
        for (Object* o : objs) refs.push_back({o, o == g_discounted ? o->refcnt - 1 : o->refcnt});
    }
    std::sort(refs.begin(), refs.end(), [](const RefEntry& a, const RefEntry& b) { return a.obj < b.obj; });
    for (size_t i = 0; i < refs.size(); ++i)
        if (TraverseFn t = refs[i].obj->type->traverse) t(refs[i].obj, visit_decref, &refs);
    // Anything with references left over is reachable from outside; so is all it reaches.
    std::vector<Object*> stack;
    for (RefEntry& e : refs)
        if (e.refs > 0) {
            stack.push_back(e.obj);
            e.refs = -1;
        }
    ReachArgs args{&refs, &stack};
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        if (TraverseFn t = o->type->traverse) t(o, visit_reach, &args);
    }
    std::vector<Object*> unreachable;
    for (RefEntry& e : refs)
        if (e.refs >= 0) unreachable.push_back(e.obj);
    return unreachable;
}

// Orders `objs` breadth-first from `root` (what root refers to directly first, in its traverse
// order), the rest after in their current order: at exit the objects a module's globals name are
// finalised in the namespace's order before what those objects hold, as CPython 3.11 does.
struct OrderArgs {
    std::unordered_map<Object*, size_t>* seen;
    std::vector<Object*>* queue;
};

void visit_order(Object* child, void* arg) {
    auto* a = static_cast<OrderArgs*>(arg);
    if (a->seen->emplace(child, a->seen->size()).second) a->queue->push_back(child);
}

void order_from_root(std::vector<Object*>& objs, Object* root) {
    std::unordered_map<Object*, size_t> seen;
    std::vector<Object*> queue{root};
    seen.emplace(root, 0);
    OrderArgs args{&seen, &queue};
    for (size_t i = 0; i < queue.size(); ++i) {
        Object* o = queue[i];
        if (o->type == &TupleType) {
            for (ssize k = 0; k < tuple_size(o); ++k)
                if (Object* item = tuple_item(o, k)) visit_order(item, &args);
        } else if (TraverseFn t = o->type->traverse) {
            t(o, visit_order, &args);
        }
    }
    auto rank = [&](Object* o) {
        auto it = seen.find(o);
        return it == seen.end() ? SIZE_MAX : it->second;
    };
    std::stable_sort(objs.begin(), objs.end(), [&](Object* a, Object* b) { return rank(a) < rank(b); });
}

bool has_finalizer(Object* o) {
    if (is_gen_family(o)) {
        auto* g = static_cast<GenObject*>(o);
        return !g->finalized && g->frame && g->frame_state < FrameState::Completed;
    }
    return type_has_finalizer(o->type) && !g_finalized.contains(o);
}

}  // namespace

void gc_track(Object* o) {
    g_tracked.insert(o);
    ++g_allocs_since_collect;
}
void gc_untrack(Object* o) { g_tracked.erase(o); }
bool gc_was_finalized(Object* o) { return g_finalized.size() && g_finalized.contains(o); }
void gc_mark_finalized(Object* o) { g_finalized.insert(o); }
void gc_forget_finalized(Object* o) { g_finalized.erase(o); }
bool gc_is_tracked(Object* o) {
    return is_gen_family(o) || g_tracked.contains(o);
}

template <class T>
void link_front(T*& head, T* o) {
    o->gc_prev = nullptr;
    o->gc_next = head;
    if (head) head->gc_prev = o;
    head = o;
    ++g_self_tracked_count;
}

template <class T>
void unlink(T*& head, T* o) {
    if (o->gc_prev) o->gc_prev->gc_next = o->gc_next;
    else if (head == o) head = o->gc_next;
    else return;   // not linked
    if (o->gc_next) o->gc_next->gc_prev = o->gc_prev;
    o->gc_prev = o->gc_next = nullptr;
    --g_self_tracked_count;
}

void gc_track_gen(GenObject* g) {
    link_front(g_gens, g);
    ++g_allocs_since_collect;
}
void gc_untrack_gen(GenObject* g) { unlink(g_gens, g); }

namespace {

Object* g_order_root = nullptr;   // set by gc_finalize_at_exit: finalisers run in its BFS order

}  // namespace

ssize gc_collect() {
    if (g_collecting) return 0;
    g_collecting = true;
    ++g_collections;
    g_allocs_since_collect = 0;
    Object* saved = err_fetch();
    std::vector<Object*> unreachable = find_unreachable();
    if (g_order_root && !unreachable.empty()) order_from_root(unreachable, g_order_root);
    ssize found = static_cast<ssize>(unreachable.size());
    if (!unreachable.empty()) {
        // Finalisers may run arbitrary code; hold references so nothing vanishes under us.
        for (Object* o : unreachable) incref(o);
        bool ran_finalizer = false;
        for (Object* o : unreachable) {
            if (!has_finalizer(o)) continue;
            ran_finalizer = true;
            if (is_gen_family(o)) {
                gen_finalize_once(static_cast<GenObject*>(o));
            } else {
                g_finalized.insert(o);
                call_finalizer(o);
            }
        }
        if (ran_finalizer) {
            // A finaliser may have made something reachable again: only clear what still is not.
            for (Object* o : unreachable) decref_no_dealloc_for_gc(o);
            std::vector<Object*> still = find_unreachable();
            std::unordered_set<Object*> still_set(still.begin(), still.end());
            for (Object* o : unreachable) incref(o);
            std::vector<Object*> kept;
            for (Object* o : unreachable) {
                if (still_set.count(o)) kept.push_back(o);
                else decref(o);
            }
            unreachable.swap(kept);
        }
        for (Object* o : unreachable) {
            if (InquiryFn c = o->type->clear) c(o);
            else if (o->type == &FrameType) frame_clear(static_cast<Frame*>(o));
        }
        for (Object* o : unreachable) decref(o);
    }
    err_clear();
    err_restore(saved);
    g_collecting = false;
    return found;
}

void decref_no_dealloc_for_gc(Object* o) { --o->refcnt; }

void gc_finalize_at_exit() {
    gc_collect();
    // __main__ leaves sys.modules; whatever only its namespace kept alive is garbage now, and is
    // finalised while still intact (__del__ sees the globals, suspended generators run their
    // finally blocks), the namespace's own entries first in their order, as CPython 3.11 does.
    Object* modules = sys_modules();
    Object* main = modules ? dict_getitem_str(modules, "__main__") : nullptr;
    if (main && is_module(main) && module_dict(main)) {
        Object* ns = incref(module_dict(main));
        dict_delitem_str(modules, "__main__");
        err_clear();
        g_discounted = ns;
        g_order_root = ns;
        gc_collect();
        g_discounted = g_order_root = nullptr;
        decref(ns);
    }
    // Finalisers may make new cycles (even ones with finalisers of their own): collect until a
    // round finds nothing, bounded so a finaliser that always makes more cannot hang the exit.
    for (int round = 0; round < 100 && gc_collect() > 0; ++round) {
    }
}

void gc_maybe_collect() {
    if (!g_enabled || g_collecting) return;
    if (g_stress_every) {
        if (g_allocs_since_collect >= g_stress_every) gc_collect();
        return;
    }
    if (g_user_threshold) {
        if (g_allocs_since_collect >= g_user_threshold) gc_collect();
        return;
    }
    if (tracked_count() < g_threshold) return;
    gc_collect();
    // Grow the threshold with the live heap so collections stay amortised O(1) per allocation.
    g_threshold = std::max<size_t>(20000, tracked_count() * 4);
}

// ---- gc module ----

namespace {

Object* gc_collect_fn(Object*, Object* const*, size_t nargs, Object*) {
    if (nargs > 1) return err_bad_argument_count("collect", nargs, 0, 1);
    return int_from_i64(gc_collect());
}
Object* gc_enable_fn(Object*, Object* const*, size_t, Object*) {
    g_enabled = true;
    return none_new();
}
Object* gc_disable_fn(Object*, Object* const*, size_t, Object*) {
    g_enabled = false;
    return none_new();
}
Object* gc_isenabled_fn(Object*, Object* const*, size_t, Object*) { return bool_from(g_enabled); }
Object* gc_is_tracked_fn(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("is_tracked", nargs, 1, 1);
    return bool_from(gc_is_tracked(args[0]));
}
Object* gc_get_count_fn(Object*, Object* const*, size_t, Object*) {
    Ref<> a = Ref<>::steal(int_from_i64(static_cast<int64_t>(tracked_count())));
    Ref<> z = Ref<>::steal(int_from_i64(0));
    return tuple_pack({a.get(), z.get(), z.get()});
}
Object* gc_get_threshold_fn(Object*, Object* const*, size_t, Object*) {
    size_t th = g_user_threshold ? g_user_threshold : g_threshold;
    Ref<> a = Ref<>::steal(int_from_i64(th == SIZE_MAX ? 0 : static_cast<int64_t>(th)));
    Ref<> b = Ref<>::steal(int_from_i64(10));
    return tuple_pack({a.get(), b.get(), b.get()});
}
Object* gc_set_threshold_fn(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs < 1 || nargs > 3) return err_bad_argument_count("set_threshold", nargs, 1, 3);
    int64_t v;
    if (!int_as_i64(args[0], &v)) return err_set_string(TypeError, "an integer is required");
    g_user_threshold = v <= 0 ? SIZE_MAX : static_cast<size_t>(v);
    return none_new();
}
Object* gc_get_objects_fn(Object*, Object* const*, size_t, Object*) {
    Object* list = list_new(0);
    for (Object* o : all_tracked()) list_append(list, o);
    return list;
}

const MethodDef kGcMethods[] = {
    {"collect", gc_collect_fn},
    {"enable", gc_enable_fn},
    {"disable", gc_disable_fn},
    {"isenabled", gc_isenabled_fn},
    {"is_tracked", gc_is_tracked_fn},
    {"get_count", gc_get_count_fn},
    {"get_threshold", gc_get_threshold_fn},
    {"set_threshold", gc_set_threshold_fn},
    {"get_objects", gc_get_objects_fn},
    {nullptr, nullptr},
};

}  // namespace

Object* make_gc_module() {
    Object* m = module_new("gc");
    if (!m) return nullptr;
    module_add_functions(m, kGcMethods);
    Object* garbage = list_new(0);
    module_add_object(m, "garbage", garbage);
    decref(garbage);
    module_add_int(m, "DEBUG_STATS", 1);
    module_add_int(m, "DEBUG_COLLECTABLE", 2);
    module_add_int(m, "DEBUG_UNCOLLECTABLE", 4);
    module_add_int(m, "DEBUG_SAVEALL", 32);
    module_add_int(m, "DEBUG_LEAK", 38);
    return m;
}

}  // namespace pygen
