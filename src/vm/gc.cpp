// The cycle collector. Reference counting frees everything except reference cycles; this finds
// groups of container objects that only reference each other and frees them: finalisers first
// (closing suspended generators, __del__, at most once each as PEP 442 says), then a second look
// in case a finaliser resurrected something, then the `clear` slots break the cycles.
//
// Tracked objects live in one of three generation lists (plus the permanent one of gc.freeze),
// linked through the GCHeader in front of each object (objects/object.h). New objects join
// generation 0; survivors of a collection move one generation up. Generation 0 is collected when
// its count (allocations minus deallocations of objects with a header) passes its threshold, an
// older one when the number of collections of the next younger one passes its threshold, and the
// oldest only when that would look at a quarter more objects than the last full collection kept
// (CPython 3.11's rules and default thresholds 700/10/10).
//
// A collection of generation g (with the younger ones merged in):
//   1. gc_refs = refcnt for each object in it (the COLLECTING flag marks them);
//   2. each object's traverse subtracts one from gc_refs of each such object it refers to, so
//      what stays above 0 is referenced from outside the generation;
//   3. everything reachable from those is reachable; the rest is moved to an "unreachable" list.
// During 1-3 the prev links of the generation hold gc_refs; step 3 rebuilds them as it goes.
//
// Frames have no header and are never tracked: a generator or traceback that is a frame's only
// owner traverses into it (frame_traverse_contents), which covers the cycles frames take part in.
// Anything untracked that holds a reference counts as an outside reference, so the collector can
// only ever keep too much, never free something reachable.
// CPython counterpart: Modules/gcmodule.c.
#include "vm/gc.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "modules/builtins_args.h"
#include "modules/sys_module.h"
#include "objects/weakref.h"
#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"

namespace pygen {

namespace gc_detail {

GCHeader g_heads[kGcGenerations + 1];
size_t g_tracks_since_collect = 0;
Generation g_gen[kGcGenerations] = {{700, 0}, {10, 0}, {10, 0}};

// PYGEN_GC_STRESS=N: a full collection at the first safe point after every N tracks (N=1: at
// every new frame that follows one), whatever the thresholds say, so bugs that need a collection
// at an unlucky moment show up in ordinary test runs.
static size_t read_stress_env() {
    const char* v = std::getenv("PYGEN_GC_STRESS");
    if (!v || !*v) return 0;
    char* end = nullptr;
    unsigned long long n = std::strtoull(v, &end, 10);
    return *end == '\0' ? static_cast<size_t>(n) : 0;
}
const size_t g_stress_every = read_stress_env();

}  // namespace gc_detail

using namespace gc_detail;

namespace {

constexpr uintptr_t kNextUnreachable = 1;   // in GCHeader::next during step 3
constexpr int kRefsShift = 2;               // gc_refs sit above the two prev flags

// ---- Lists ----

inline GCHeader* prev_of(GCHeader* g) { return reinterpret_cast<GCHeader*>(g->prev & ~kPrevFlags); }
inline GCHeader* next_of(GCHeader* g) { return reinterpret_cast<GCHeader*>(g->next); }
inline void set_prev(GCHeader* g, GCHeader* p) { g->prev = (g->prev & kPrevFlags) | reinterpret_cast<uintptr_t>(p); }
inline uintptr_t addr(GCHeader* g) { return reinterpret_cast<uintptr_t>(g); }

void ring_init(GCHeader* head) { head->next = head->prev = addr(head); }
bool ring_empty(GCHeader* head) { return next_of(head) == head; }

void ring_append(GCHeader* node, GCHeader* head) {
    GCHeader* last = prev_of(head);
    set_prev(node, last);
    last->next = addr(node);
    node->next = addr(head);
    set_prev(head, node);
}

// Moves all of `from` to the end of `to`; `from` is left empty.
void ring_merge(GCHeader* from, GCHeader* to) {
    if (ring_empty(from)) return;
    GCHeader* to_last = prev_of(to);
    GCHeader* first = next_of(from);
    GCHeader* last = prev_of(from);
    to_last->next = addr(first);
    set_prev(first, to_last);
    last->next = addr(to);
    set_prev(to, last);
    ring_init(from);
}

size_t ring_size(GCHeader* head) {
    size_t n = 0;
    for (GCHeader* g = next_of(head); g != head; g = next_of(g)) ++n;
    return n;
}

// ---- gc_refs (steps 1-3 only) ----

inline ssize get_refs(GCHeader* g) { return static_cast<ssize>(g->prev >> kRefsShift); }
inline void set_refs(GCHeader* g, ssize refs) {
    g->prev = (g->prev & kPrevFlags) | (static_cast<uintptr_t>(refs) << kRefsShift);
}
inline bool is_collecting(GCHeader* g) { return (g->prev & kPrevCollecting) != 0; }

GCHeader* const g_permanent = &g_heads[kGcGenerations];

// The heads start linked to themselves (before any object is allocated: this runs during static
// initialisation of this file, and nothing allocates Python objects before main).
struct HeadsInit {
    HeadsInit() {
        for (GCHeader& h : g_heads) ring_init(&h);
    }
} g_heads_init;

struct GenStats {
    int64_t collections = 0;
    int64_t collected = 0;
    int64_t uncollectable = 0;
};
GenStats g_stats[kGcGenerations];

// "Long-lived" objects: the full-collection heuristic (collect generation 2 only once the
// objects promoted into it since the last full collection are a quarter of what it kept).
ssize g_long_lived_total = 0;
ssize g_long_lived_pending = 0;

std::unordered_set<Object*> g_finalized_nogc;   // __del__ ran, for objects without a header
bool g_enabled = true;
bool g_collecting = false;
int g_debug = 0;
constexpr int kDebugStats = 1, kDebugCollectable = 2, kDebugSaveAll = 32;
Object* g_garbage = nullptr;     // gc.garbage (strong, set by make_gc_module)
Object* g_callbacks = nullptr;   // gc.callbacks (strong)


// A reference the caller holds and wants ignored (the exit collection's hold on __main__'s
// namespace): that object counts as referenced from outside only if something else refers to it.
Object* g_discounted = nullptr;
// True while handle_garbage re-checks the unreachable set after finalisers ran (its own holds
// on those objects are taken off for the count, so a count of 0 is expected there).
bool g_checking_resurrection = false;
Object* g_order_root = nullptr;   // set by gc_finalize_at_exit: finalisers run in its BFS order

// Exact tuples and dicts that hold only values that can never be part of a cycle are untracked,
// as CPython does: tuples by any collection that sees them survive, dicts by full collections
// (and on creation, dict.cpp); they are tracked again when that changes (gc_dict_maintain_tracking,
// and the tuple reuse of zip/enumerate/dict.items).
bool tuple_is_atomic(Object* t) {
    for (ssize i = 0; i < tuple_size(t); ++i) {
        Object* item = tuple_item(t, i);
        if (!item || gc_may_be_tracked(item)) return false;   // null: still being filled
    }
    return true;
}

bool dict_is_atomic(Object* d) {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(d, &pos, &key, &value))
        if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) return false;
    return true;
}

// Whether a reachable survivor can leave the lists (dicts only in full collections, as CPython).
inline bool can_untrack(Object* o, bool dicts) {
    return (o->type == &TupleType && tuple_is_atomic(o)) || (dicts && o->type == &DictType && dict_is_atomic(o));
}

// Step 1. Returns the number of objects in the list.
ssize update_refs(GCHeader* head) {
    ssize n = 0;
    for (GCHeader* g = next_of(head); g != head; g = next_of(g), ++n) {
        Object* o = gc_header_object(g);
        assert(o->refcnt > 0 || g_checking_resurrection);
        set_refs(g, o == g_discounted ? o->refcnt - 1 : o->refcnt);
        g->prev |= kPrevCollecting;
    }
    return n;
}

// Step 2.
void visit_decref(Object* child, void*) {
    if (object_is_gc(child)) {
        GCHeader* g = gc_header(child);
        if (is_collecting(g)) {
            // A traverse that visits a reference its object does not own (a stale slot) would
            // make the object look reachable without being traversed, and what it alone keeps
            // alive be freed: never let the count go below zero unnoticed.
            assert(get_refs(g) > 0 && "gc_refs went negative");
            g->prev -= uintptr_t{1} << kRefsShift;
        }
    }
}

void subtract_refs(GCHeader* head) {
    for (GCHeader* g = next_of(head); g != head; g = next_of(g)) {
        Object* o = gc_header_object(g);
        if (TraverseFn t = o->type->traverse) t(o, visit_decref, nullptr);
    }
}

// Step 3, for one reference from an object known to be reachable. `young` is the list being
// scanned (its reachable part).
void visit_reachable(Object* child, void* arg) {
    if (!object_is_gc(child)) return;
    GCHeader* g = gc_header(child);
    if (!is_collecting(g)) return;   // not in this generation, or already scanned
    auto* young = static_cast<GCHeader*>(arg);
    if (g->next & kNextUnreachable) {
        // Moved to the unreachable list earlier (gc_refs was 0 then), but reachable after all:
        // back to the end of `young`, where the scan will reach it again. Unlinked by hand, as
        // the unreachable list's next links carry the flag.
        GCHeader* prev = prev_of(g);
        auto* next = reinterpret_cast<GCHeader*>(g->next & ~kNextUnreachable);
        prev->next = g->next;   // keeps the flag
        set_prev(next, prev);
        ring_append(g, young);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        // Still ahead in the scan: tell it the object is reachable.
        set_refs(g, 1);
    }
    // gc_refs > 0: ahead in the scan and already known reachable.
}

// One node of the unreachable list back to an ordinary list node: its next link loses the
// unreachable bit, its prev the COLLECTING flag (the list's head is already clean).
inline void clear_unreachable_flags(GCHeader* u) {
    u->next &= ~kNextUnreachable;
    u->prev &= ~kPrevCollecting;
}

// Splits `young` (after steps 1-2) into what is reachable, left in `young` with its prev links
// restored and COLLECTING cleared, and the rest, moved to `unreachable` (COLLECTING still set,
// the unreachable flag cleared again at the end). With `untrack`, atomic tuples (and with
// `untrack_dicts` dicts) among the reachable ones leave the lists here, while their children's
// headers are still in the cache from the traverse (CPython does it in a separate walk, its
// untrack_tuples/untrack_dicts). Returns the number of objects left in `young`, and adds the
// number untracked to *untracked.
// With `keep_flags` the unreachable objects keep their flags (next's unreachable bit, prev's
// COLLECTING) and the caller clears them on its own walk of the list (clear_unreachable_flags):
// one pass less over headers that are mostly out of the cache by then.
ssize move_unreachable(GCHeader* young, GCHeader* unreachable, bool untrack, bool untrack_dicts, ssize* untracked,
                       bool keep_flags) {
    GCHeader* prev = young;
    GCHeader* g = next_of(young);
    ssize reachable = 0;
    while (g != young) {
        if (get_refs(g) > 0) {
            Object* o = gc_header_object(g);
            // visit_reachable may append to young and so change g->next: read it afterwards.
            if (TraverseFn t = o->type->traverse) t(o, visit_reachable, young);
            if (untrack && can_untrack(o, untrack_dicts)) {
                // Unlinked by hand: the prev links ahead still hold gc_refs. If g was the last
                // node, the scan ends here and young's prev is set below.
                prev->next = g->next;
                g->next = 0;
                g->prev &= kPrevFinalized;
                ++*untracked;
            } else {
                set_prev(g, prev);
                g->prev &= ~kPrevCollecting;
                prev = g;
                ++reachable;
            }
        } else {
            prev->next = g->next;
            GCHeader* last = prev_of(unreachable);
            last->next = kNextUnreachable | addr(g);
            set_prev(g, last);
            g->next = kNextUnreachable | addr(unreachable);
            set_prev(unreachable, g);
        }
        g = next_of(prev);
    }
    set_prev(young, prev);
    // Clear the flags of the unreachable list so ordinary list operations work on it again.
    unreachable->next &= ~kNextUnreachable;
    if (!keep_flags) {
        for (GCHeader* u = next_of(unreachable); u != unreachable; u = next_of(u)) clear_unreachable_flags(u);
    }
    return reachable;
}

// Steps 1-3 on `head`: afterwards `head` holds the reachable objects, `unreachable` the rest.
// Returns how many objects are in `head` afterwards; *unreachable_count gets the size of
// `unreachable`.
ssize deduce_unreachable(GCHeader* head, GCHeader* unreachable, ssize* unreachable_count,
                         bool untrack = false, bool untrack_dicts = false, bool keep_flags = false) {
    ssize total = update_refs(head);
    subtract_refs(head);
    ssize untracked = 0;
    ssize reachable = move_unreachable(head, unreachable, untrack, untrack_dicts, &untracked, keep_flags);
    *unreachable_count = total - reachable - untracked;
    return reachable;
}

// Orders `objs` breadth-first from `root` (what root refers to directly first, in its traverse
// order), the rest after in their current order: at exit the objects a module's globals name are
// finalised in the namespace's order before what those objects hold, as CPython 3.11 does.
struct OrderArgs {
    std::unordered_map<Object*, size_t>* seen;
    std::vector<Object*>* queue;
};

void visit_order(Object* child, void* arg) {
    // Leaves (strs, ints, floats: no GC header, nothing to traverse) can be neither ranked nor
    // lead to anything ranked; leaving them out keeps the table to the containers (a module of
    // 300,000 strings doubled its peak memory at exit).
    if (!object_is_gc(child) && child->type->traverse == nullptr) return;
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
        return !g->finalized && gen_frame(g) != nullptr;
    }
    return type_has_finalizer(o->type) && !gc_was_finalized(o);
}

// Weak references to the garbage go dead before anything is finalised or cleared (CPython's
// handle_weakrefs): callbacks of references that are garbage too are dropped uncalled (they
// would run on half-cleared objects, e.g. a WeakSet's remover whose defaults are gone); the
// others run now, while every object they could reach is still intact.
void detach_weakrefs_to_garbage(const std::vector<Object*>& objs) {
    bool any = false;
    for (Object* o : objs)
        if (weakref_has_refs(o)) {
            any = true;
            break;
        }
    if (!any) return;
    std::unordered_set<Object*> garbage(objs.begin(), objs.end());
    auto is_garbage = [](Object* r, void* ctx) { return static_cast<std::unordered_set<Object*>*>(ctx)->count(r) != 0; };
    std::vector<Object*> to_call;
    for (Object* o : objs)
        if (weakref_has_refs(o)) weakref_detach_for_gc(o, is_garbage, &garbage, &to_call);
    weakref_run_callbacks(&to_call);
}

// Finalises and frees the objects of `unreachable` (found unreachable in a collection whose
// survivors went to `old`). Whatever survives (resurrected by a finaliser, or kept alive after
// the clear slots ran) is moved to `old`.
// The nodes of `unreachable` still carry their flags (deduce_unreachable's keep_flags): this first
// walk clears them.
void handle_garbage(GCHeader* unreachable, GCHeader* old, ssize count) {
    std::vector<Object*> objs;
    objs.reserve(static_cast<size_t>(count));
    bool any_finalizer = false;
    for (GCHeader* g = next_of(unreachable); g != unreachable; g = next_of(g)) {
        clear_unreachable_flags(g);
        Object* o = gc_header_object(g);
        objs.push_back(o);
        any_finalizer = any_finalizer || has_finalizer(o);
    }
    if (g_order_root) order_from_root(objs, g_order_root);
    if (g_debug & kDebugSaveAll) {
        // Kept for inspection instead of freed (gc.garbage holds them).
        if (g_garbage)
            for (Object* o : objs) list_append(g_garbage, o);
        ring_merge(unreachable, old);
        return;
    }
    // Finalisers may run arbitrary code; hold references so nothing vanishes under us.
    for (Object* o : objs) incref(o);
    detach_weakrefs_to_garbage(objs);
    bool ran_finalizer = false;
    for (Object* o : objs) {
        if (!any_finalizer) break;   // none had one before any ran: nothing can gain one
        if (!has_finalizer(o)) continue;
        ran_finalizer = true;
        if (is_gen_family(o)) {
            gen_finalize_once(static_cast<GenObject*>(o));
        } else {
            gc_mark_finalized(o);
            call_finalizer(o);
        }
    }
    if (ran_finalizer) {
        // A finaliser may have made something reachable again: only clear what still is not.
        // Objects a finaliser untracked left the list; they count as resurrected.
        for (Object* o : objs) decref_no_dealloc_for_gc(o);
        GCHeader still;
        ring_init(&still);
        // A finaliser that broke the cycle leaves objects only the holds above kept: count 0.
        g_checking_resurrection = true;
        ssize still_count = 0;
        deduce_unreachable(unreachable, &still, &still_count);
        g_checking_resurrection = false;
        for (Object* o : objs) incref(o);
        std::unordered_set<Object*> still_set;
        for (GCHeader* g = next_of(&still); g != &still; g = next_of(g)) still_set.insert(gc_header_object(g));
        ring_merge(unreachable, old);   // the resurrected
        ring_merge(&still, unreachable);
        std::vector<Object*> kept;
        for (Object* o : objs) {
            if (still_set.count(o)) kept.push_back(o);
            else decref(o);
        }
        objs.swap(kept);
    }
    for (Object* o : objs) {
        if (InquiryFn c = o->type->clear) c(o);
    }
    for (Object* o : objs) decref(o);
    ring_merge(unreachable, old);   // whatever clearing did not free
}

void invoke_callbacks(const char* phase, int generation, ssize collected, ssize uncollectable) {
    if (!g_callbacks || !is_list(g_callbacks) || list_size(g_callbacks) == 0) return;
    Ref<> info = Ref<>::steal(dict_new());
    if (!info) {
        err_clear();
        return;
    }
    Ref<> gen = Ref<>::steal(int_from_i64(generation));
    Ref<> col = Ref<>::steal(int_from_i64(collected));
    Ref<> unc = Ref<>::steal(int_from_i64(uncollectable));
    Ref<> ph = Ref<>::steal(str_from(phase));
    if (!gen || !col || !unc || !ph || dict_setitem_str(info.get(), "generation", gen.get()) < 0 ||
        dict_setitem_str(info.get(), "collected", col.get()) < 0 ||
        dict_setitem_str(info.get(), "uncollectable", unc.get()) < 0) {
        err_clear();
        return;
    }
    // A copy: a callback may change gc.callbacks.
    Ref<> cbs = Ref<>::steal(list_get_slice(g_callbacks, 0, list_size(g_callbacks)));
    if (!cbs) {
        err_clear();
        return;
    }
    for (ssize i = 0; i < list_size(cbs.get()); ++i) {
        Object* cb = list_item(cbs.get(), i);
        Object* args[2] = {ph.get(), info.get()};
        Object* r = call(cb, args, 2);
        if (r) decref(r);
        else err_write_unraisable(cb);
    }
}

ssize collect_main(int generation) {
    auto start = std::chrono::steady_clock::now();
    if (g_debug & kDebugStats) {
        std::string s = "gc: collecting generation " + std::to_string(generation) + "...\n";
        s += "gc: objects in each generation:";
        for (int i = 0; i < kGcGenerations; ++i) s += " " + std::to_string(ring_size(&g_heads[i]));
        s += "\ngc: objects in permanent generation: " + std::to_string(ring_size(g_permanent)) + "\n";
        sys_write_stderr(s);
    }
    // Counts first, as CPython: the next generation saw one more collection of this one.
    if (generation + 1 < kGcGenerations) ++g_gen[generation + 1].count;
    for (int i = 0; i <= generation; ++i) g_gen[i].count = 0;
    for (int i = 0; i < generation; ++i) ring_merge(&g_heads[i], &g_heads[generation]);
    GCHeader* young = &g_heads[generation];
    GCHeader* old = generation + 1 < kGcGenerations ? &g_heads[generation + 1] : young;

    GCHeader unreachable;
    ring_init(&unreachable);
    ssize found = 0;
    ssize survivors = deduce_unreachable(young, &unreachable, &found, true, young == old, /*keep_flags=*/true);
    if (young != old) {
        if (generation == kGcGenerations - 2) g_long_lived_pending += survivors;
        ring_merge(young, old);
    } else {
        g_long_lived_pending = 0;
        g_long_lived_total = survivors;
    }
    if (g_debug & kDebugCollectable) {
        for (GCHeader* g = next_of(&unreachable); g != &unreachable; g = next_of(g)) {
            clear_unreachable_flags(g);   // handle_garbage clearing them again is harmless
            char buf[96];
            Object* o = gc_header_object(g);
            std::snprintf(buf, sizeof buf, "gc: collectable <%s %p>\n", o->type->name, static_cast<void*>(o));
            sys_write_stderr(buf);
        }
    }
    if (found) handle_garbage(&unreachable, old, found);
    if (g_debug & kDebugStats) {
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char buf[128];
        std::snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                      static_cast<ssize_t>(found), ssize_t{0}, secs);
        sys_write_stderr(buf);
    }
    GenStats& st = g_stats[generation];
    ++st.collections;
    st.collected += found;
    return found;
}

// One collection with the callbacks around it; the caller checked g_collecting.
ssize collect_with_callbacks(int generation) {
    g_collecting = true;
    g_tracks_since_collect = 0;
    Object* saved = err_fetch();
    invoke_callbacks("start", generation, 0, 0);
    ssize found = collect_main(generation);
    invoke_callbacks("stop", generation, found, 0);
    err_clear();
    err_restore(saved);
    g_collecting = false;
    return found;
}

}  // namespace

// ---- Allocation ----

Object* gc_alloc(size_t basicsize) {
    if (allocation_impossible(basicsize)) return nullptr;
    // malloc and a memset of exactly the bytes asked for: cheaper than calloc for these sizes.
    void* block = mem_malloc(sizeof(GCHeader) + basicsize);
    if (!block) return nullptr;
    std::memset(block, 0, sizeof(GCHeader) + basicsize);
    ++g_gen[0].count;
    return gc_header_object(static_cast<GCHeader*>(block));
}

Object* gc_alloc_uninit(size_t basicsize) {
    if (allocation_impossible(basicsize)) return nullptr;
    auto* g = static_cast<GCHeader*>(mem_malloc(sizeof(GCHeader) + basicsize));
    if (!g) return nullptr;
    g->next = g->prev = 0;
    ++g_gen[0].count;
    return gc_header_object(g);
}

void gc_free(Object* o) {
    GCHeader* g = gc_header(o);
    assert(g->next == 0 && "freed while tracked");
    if (g_gen[0].count > 0) --g_gen[0].count;
    mem_free(g);
}

void gc_adjust_count(int delta) {
    g_gen[0].count += delta;
    if (g_gen[0].count < 0) g_gen[0].count = 0;
}

bool gc_was_finalized(Object* o) {
    if (object_is_gc(o)) return (gc_header(o)->prev & kPrevFinalized) != 0;
    return !g_finalized_nogc.empty() && g_finalized_nogc.count(o);
}
void gc_mark_finalized(Object* o) {
    if (object_is_gc(o)) gc_header(o)->prev |= kPrevFinalized;
    else g_finalized_nogc.insert(o);
}
void gc_forget_finalized(Object* o) {
    if (!object_is_gc(o) && !g_finalized_nogc.empty()) g_finalized_nogc.erase(o);
}

void decref_no_dealloc_for_gc(Object* o) { --o->refcnt; }

ssize gc_collect_generation(int generation) {
    if (g_collecting) return 0;
    return collect_with_callbacks(generation);
}

ssize gc_collect() { return gc_collect_generation(kGcGenerations - 1); }

void gc_finalize_at_exit(void (*before_last_rounds)()) {
    gc_collect();
    // __main__ leaves sys.modules; whatever only its namespace kept alive is garbage now, and is
    // finalised while still intact (__del__ sees the globals, suspended generators run their
    // finally blocks), the namespace's own entries first in their order, as CPython 3.11 does.
    Object* modules = sys_modules();
    Object* main = modules ? dict_getitem_str(modules, "__main__") : nullptr;
    if (main && is_module(main) && module_dict(main)) {
        sys_clear_special_at_exit();
        Object* ns = incref(module_dict(main));
        dict_delitem_str(modules, "__main__");
        err_clear();
        g_discounted = ns;
        g_order_root = ns;
        gc_collect();
        g_discounted = g_order_root = nullptr;
        decref(ns);
    }
    // What the host's namespaces held (the embedding API) goes while the streams still work.
    if (before_last_rounds) {
        before_last_rounds();
        gc_collect();
    }
    // Finalisers may make new cycles (even ones with finalisers of their own): collect until a
    // round finds nothing, bounded so a finaliser that always makes more cannot hang the exit.
    // These rounds stand for CPython's last collection, which runs after the sys module is
    // cleared: what their finalisers print goes nowhere.
    sys_detach_streams_at_exit();
    for (int round = 0; round < 100 && gc_collect() > 0; ++round) {
    }
}

void gc_reset_state() {
    ring_merge(g_permanent, &g_heads[kGcGenerations - 1]);
    const int thresholds[kGcGenerations] = {700, 10, 10};
    for (int i = 0; i < kGcGenerations; ++i) {
        g_gen[i] = {thresholds[i], 0};
        g_stats[i] = {};
    }
    g_long_lived_total = g_long_lived_pending = 0;
    g_enabled = true;
    g_debug = 0;
    clearref(g_garbage);
    clearref(g_callbacks);
}

void gc_maybe_collect() {
    if (!g_enabled || g_collecting) return;
    if (g_stress_every) {
        if (g_tracks_since_collect >= g_stress_every) gc_collect();
        return;
    }
    if (g_gen[0].threshold <= 0 || g_gen[0].count <= g_gen[0].threshold) return;
    // The oldest generation whose count passed its threshold, except that a full collection
    // waits until enough objects were promoted since the last one.
    for (int i = kGcGenerations - 1; i >= 0; --i) {
        if (g_gen[i].count <= g_gen[i].threshold) continue;
        if (i == kGcGenerations - 1 && g_long_lived_pending < g_long_lived_total / 4) continue;
        collect_with_callbacks(i);
        return;
    }
}

int gc_generation_count(int i) { return g_gen[i].count; }
size_t gc_generation_size(int i) { return ring_size(&g_heads[i]); }
int gc_generation_threshold(int i) { return g_gen[i].threshold; }
void gc_set_generation_threshold(int i, int value) { g_gen[i].threshold = value; }
bool gc_is_enabled() { return g_enabled; }
void gc_set_enabled(bool on) { g_enabled = on; }

// ---- gc module ----

namespace {

// An int argument converted like CPython's "i" format: "'str' object cannot be interpreted as an
// integer", OverflowError past a C int.
bool arg_c_int(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        err_set_string(OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

bool no_args(const char* qualname, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(qualname, kwnames) && arg_none(qualname, nargs);
}
bool one_arg(const char* qualname, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(qualname, kwnames) && arg_exactly_one(qualname, nargs);
}

Object* gc_collect_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"generation"};
    Object* bound[1];
    if (!bind_args(ArgSpec{"collect", kNames, 1}, args, nargs, kwnames, bound)) return nullptr;
    int generation = kGcGenerations - 1;
    if (bound[0]) {
        int64_t v;
        if (!index_as_i64(bound[0], &v, "int")) return nullptr;
        if (v < INT32_MIN || v > INT32_MAX) return err_set_string(OverflowError, "Python int too large to convert to C int");
        if (v < 0 || v >= kGcGenerations) return err_set_string(ValueError, "invalid generation");
        generation = static_cast<int>(v);
    }
    return int_from_i64(gc_collect_generation(generation));
}
Object* gc_enable_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.enable", nargs, kwnames)) return nullptr;
    g_enabled = true;
    return none_new();
}
Object* gc_disable_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.disable", nargs, kwnames)) return nullptr;
    g_enabled = false;
    return none_new();
}
Object* gc_isenabled_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.isenabled", nargs, kwnames)) return nullptr;
    return bool_from(g_enabled);
}
Object* gc_is_tracked_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!one_arg("gc.is_tracked", nargs, kwnames)) return nullptr;
    return bool_from(gc_is_tracked(args[0]));
}
Object* gc_is_finalized_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!one_arg("gc.is_finalized", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    bool fin = object_is_gc(o) && (gc_header(o)->prev & kPrevFinalized);
    if (is_gen_family(o) && static_cast<GenObject*>(o)->finalized) fin = true;
    return bool_from(fin);
}
Object* int_triple(int a, int b, int c) {
    Ref<> x = Ref<>::steal(int_from_i64(a));
    Ref<> y = Ref<>::steal(int_from_i64(b));
    Ref<> z = Ref<>::steal(int_from_i64(c));
    if (!x || !y || !z) return nullptr;
    return tuple_pack({x.get(), y.get(), z.get()});
}
Object* gc_get_count_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.get_count", nargs, kwnames)) return nullptr;
    return int_triple(g_gen[0].count, g_gen[1].count, g_gen[2].count);
}
Object* gc_get_threshold_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.get_threshold", nargs, kwnames)) return nullptr;
    return int_triple(g_gen[0].threshold, g_gen[1].threshold, g_gen[2].threshold);
}
Object* gc_set_threshold_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set_threshold", kwnames)) return nullptr;
    if (nargs < 1) return err_format(TypeError, "set_threshold() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 3) return err_format(TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    int v[kGcGenerations];
    for (size_t i = 0; i < nargs; ++i)
        if (!arg_c_int(args[i], &v[i])) return nullptr;
    for (size_t i = 0; i < nargs; ++i) g_gen[i].threshold = v[i];
    return none_new();
}
Object* gc_set_debug_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!one_arg("gc.set_debug", nargs, kwnames)) return nullptr;
    int64_t v;
    if (!index_as_i64(args[0], &v, "int")) return nullptr;
    if (v < INT32_MIN || v > INT32_MAX) return err_set_string(OverflowError, "Python int too large to convert to C int");
    g_debug = static_cast<int>(v);
    return none_new();
}
Object* gc_get_debug_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.get_debug", nargs, kwnames)) return nullptr;
    return int_from_i64(g_debug);
}
// Appends every object of the list at `head` except `skip` (the result list itself).
bool append_objects(Object* result, GCHeader* head) {
    for (GCHeader* g = next_of(head); g != head; g = next_of(g)) {
        Object* o = gc_header_object(g);
        if (o != result && list_append(result, o) < 0) return false;
    }
    return true;
}
Object* gc_get_objects_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"generation"};
    Object* bound[1];
    if (!bind_args(ArgSpec{"get_objects", kNames, 1}, args, nargs, kwnames, bound)) return nullptr;
    int64_t generation = -1;
    if (bound[0] && bound[0] != None) {
        if (!is_index(bound[0])) return err_format(TypeError, "argument should be integer or None, not '%s'", bound[0]->type->name);
        if (!index_as_i64(bound[0], &generation, "ssize_t")) {
            if (err_matches(OverflowError)) {
                err_clear();
                return err_set_string(OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return nullptr;
        }
        if (generation >= kGcGenerations)
            return err_format(ValueError, "generation parameter must be less than the number of available generations (%d)", kGcGenerations);
        if (generation < -1) return err_set_string(ValueError, "generation parameter cannot be negative");
    }
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (int i = 0; i < kGcGenerations; ++i) {
        if (generation >= 0 && i != generation) continue;
        if (!append_objects(result.get(), &g_heads[i])) return nullptr;
    }
    return result.release();
}
Object* gc_get_stats_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.get_stats", nargs, kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (const GenStats& st : g_stats) {
        Ref<> d = Ref<>::steal(dict_new());
        if (!d) return nullptr;
        const std::pair<const char*, int64_t> fields[] = {
            {"collections", st.collections}, {"collected", st.collected}, {"uncollectable", st.uncollectable}};
        for (const auto& [name, value] : fields) {
            Ref<> v = Ref<>::steal(int_from_i64(value));
            if (!v || dict_setitem_str(d.get(), name, v.get()) < 0) return nullptr;
        }
        if (list_append(result.get(), d.get()) < 0) return nullptr;
    }
    return result.release();
}
Object* gc_freeze_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.freeze", nargs, kwnames)) return nullptr;
    for (int i = 0; i < kGcGenerations; ++i) ring_merge(&g_heads[i], g_permanent);
    g_gen[0].count = 0;
    return none_new();
}
Object* gc_unfreeze_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.unfreeze", nargs, kwnames)) return nullptr;
    ring_merge(g_permanent, &g_heads[kGcGenerations - 1]);
    return none_new();
}
Object* gc_get_freeze_count_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("gc.get_freeze_count", nargs, kwnames)) return nullptr;
    return int_from_i64(static_cast<int64_t>(ring_size(g_permanent)));
}

struct ReferrersArgs {
    Object* const* objs;
    size_t n;
    bool found;
};
void visit_referrer(Object* child, void* arg) {
    auto* a = static_cast<ReferrersArgs*>(arg);
    for (size_t i = 0; i < a->n; ++i)
        if (a->objs[i] == child) a->found = true;
}
Object* gc_get_referrers_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("get_referrers", kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    // Collected first, appended after: appending runs no code, but the list must not grow
    // while it is being walked (it is tracked itself).
    std::vector<Object*> found;
    for (int i = 0; i < kGcGenerations; ++i) {
        for (GCHeader* g = next_of(&g_heads[i]); g != &g_heads[i]; g = next_of(g)) {
            Object* o = gc_header_object(g);
            if (o == result.get()) continue;
            TraverseFn t = o->type->traverse;
            if (!t) continue;
            ReferrersArgs a{args, nargs, false};
            t(o, visit_referrer, &a);
            if (a.found) found.push_back(o);
        }
    }
    for (Object* o : found)
        if (list_append(result.get(), o) < 0) return nullptr;
    return result.release();
}
void visit_referent(Object* child, void* arg) { static_cast<std::vector<Object*>*>(arg)->push_back(child); }
Object* gc_get_referents_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("get_referents", kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (size_t i = 0; i < nargs; ++i) {
        Object* o = args[i];
        if (!object_is_gc(o)) continue;
        TraverseFn t = o->type->traverse;
        if (!t) continue;
        std::vector<Object*> children;
        t(o, visit_referent, &children);
        for (Object* c : children)
            if (list_append(result.get(), c) < 0) return nullptr;
    }
    return result.release();
}

const MethodDef kGcMethods[] = {
    {"collect", gc_collect_fn},
    {"enable", gc_enable_fn},
    {"disable", gc_disable_fn},
    {"isenabled", gc_isenabled_fn},
    {"is_tracked", gc_is_tracked_fn},
    {"is_finalized", gc_is_finalized_fn},
    {"get_count", gc_get_count_fn},
    {"get_threshold", gc_get_threshold_fn},
    {"set_threshold", gc_set_threshold_fn},
    {"get_debug", gc_get_debug_fn},
    {"set_debug", gc_set_debug_fn},
    {"get_objects", gc_get_objects_fn},
    {"get_stats", gc_get_stats_fn},
    {"get_referrers", gc_get_referrers_fn},
    {"get_referents", gc_get_referents_fn},
    {"freeze", gc_freeze_fn},
    {"unfreeze", gc_unfreeze_fn},
    {"get_freeze_count", gc_get_freeze_count_fn},
    {nullptr, nullptr},
};

}  // namespace

Object* make_gc_module() {
    Object* m = module_new("gc");
    if (!m) return nullptr;
    module_add_functions(m, kGcMethods);
    // gc.garbage and gc.callbacks: the collector keeps its own references to the lists the module
    // exposes (rebinding the module attribute, as in CPython, detaches it).
    if (!g_garbage) g_garbage = list_new(0);
    if (!g_callbacks) g_callbacks = list_new(0);
    if (!g_garbage || !g_callbacks) {
        decref(m);
        return nullptr;
    }
    module_add_object(m, "garbage", g_garbage);
    module_add_object(m, "callbacks", g_callbacks);
    module_add_int(m, "DEBUG_STATS", 1);
    module_add_int(m, "DEBUG_COLLECTABLE", 2);
    module_add_int(m, "DEBUG_UNCOLLECTABLE", 4);
    module_add_int(m, "DEBUG_SAVEALL", 32);
    module_add_int(m, "DEBUG_LEAK", 38);
    return m;
}

}  // namespace pygen
