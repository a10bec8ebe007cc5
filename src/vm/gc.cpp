// The cycle collector. Reference counting frees everything except reference cycles; this finds
// groups of container objects that only reference each other and frees them: finalisers first
// (closing suspended generators, __del__, at most once each as PEP 442 says), then a second look
// in case a finaliser resurrected something, then the `clear` slots break the cycles.
// Tracked objects: instances of kTypeGC types allocated through alloc_object, and frames.
// Anything untracked that holds a reference counts as an outside reference, so the collector can
// only ever keep too much, never free something reachable.
// CPython counterpart: Modules/gcmodule.c.
#include "vm/gc.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/frame.h"

namespace pygen {

namespace {

std::unordered_set<Object*> g_tracked;
Frame* g_frames = nullptr;                // intrusive list of live frames (Frame::gc_next/gc_prev)
bool g_enabled = true;
bool g_collecting = false;
size_t g_threshold = 20000;               // collect automatically when this many objects are tracked
int64_t g_collections = 0;

void visit_decref(Object* child, void* arg) {
    auto* refs = static_cast<std::unordered_map<Object*, ssize>*>(arg);
    auto it = refs->find(child);
    if (it != refs->end()) --it->second;
}

struct ReachArgs {
    std::unordered_map<Object*, ssize>* refs;
    std::vector<Object*>* stack;
};

void visit_reach(Object* child, void* arg) {
    auto* a = static_cast<ReachArgs*>(arg);
    auto it = a->refs->find(child);
    if (it == a->refs->end() || it->second < 0) return;   // untracked, or already known reachable
    it->second = -1;
    a->stack->push_back(child);
}

std::vector<Object*> all_tracked() {
    std::vector<Object*> v(g_tracked.begin(), g_tracked.end());
    for (Frame* f = g_frames; f; f = f->gc_next) v.push_back(f);
    return v;
}

// Returns the objects reachable only from each other (not from outside the tracked set).
std::vector<Object*> find_unreachable() {
    std::vector<Object*> objs = all_tracked();
    std::unordered_map<Object*, ssize> refs;
    refs.reserve(objs.size() * 2);
    for (Object* o : objs) refs[o] = o->refcnt;
    for (Object* o : objs)
        if (TraverseFn t = o->type->traverse) t(o, visit_decref, &refs);
    // Anything with references left over is reachable from outside; so is all it reaches.
    std::vector<Object*> stack;
    for (auto& [o, n] : refs)
        if (n > 0) stack.push_back(o);
    for (Object* o : stack) refs[o] = -1;
    ReachArgs args{&refs, &stack};
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        if (TraverseFn t = o->type->traverse) t(o, visit_reach, &args);
    }
    std::vector<Object*> unreachable;
    for (auto& [o, n] : refs)
        if (n >= 0) unreachable.push_back(o);
    return unreachable;
}

bool has_finalizer(Object* o) {
    if (is_gen_family(o)) {
        auto* g = static_cast<GenObject*>(o);
        return !g->finalized && g->frame && g->frame_state < FrameState::Completed;
    }
    return type_has_finalizer(o->type);
}

}  // namespace

void gc_track(Object* o) { g_tracked.insert(o); }
void gc_untrack(Object* o) { g_tracked.erase(o); }
bool gc_is_tracked(Object* o) { return o->type == &FrameType || g_tracked.count(o) != 0; }

void gc_track_frame(Frame* f) {
    f->gc_prev = nullptr;
    f->gc_next = g_frames;
    if (g_frames) g_frames->gc_prev = f;
    g_frames = f;
}

void gc_untrack_frame(Frame* f) {
    if (f->gc_prev) f->gc_prev->gc_next = f->gc_next;
    else if (g_frames == f) g_frames = f->gc_next;
    if (f->gc_next) f->gc_next->gc_prev = f->gc_prev;
    f->gc_prev = f->gc_next = nullptr;
}

ssize gc_collect() {
    if (g_collecting) return 0;
    g_collecting = true;
    ++g_collections;
    Object* saved = err_fetch();
    std::vector<Object*> unreachable = find_unreachable();
    ssize found = static_cast<ssize>(unreachable.size());
    if (!unreachable.empty()) {
        // Finalisers may run arbitrary code; hold references so nothing vanishes under us.
        for (Object* o : unreachable) incref(o);
        bool ran_finalizer = false;
        for (Object* o : unreachable) {
            if (!has_finalizer(o)) continue;
            ran_finalizer = true;
            if (is_gen_family(o)) gen_finalize_once(static_cast<GenObject*>(o));
            else call_finalizer(o);
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

void gc_maybe_collect() {
    if (!g_enabled || g_collecting) return;
    if (g_tracked.size() < g_threshold) return;
    gc_collect();
    // Grow the threshold with the live heap so collections stay amortised O(1) per allocation.
    g_threshold = std::max<size_t>(20000, g_tracked.size() * 2);
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
    Ref<> a = Ref<>::steal(int_from_i64(static_cast<int64_t>(g_tracked.size())));
    Ref<> z = Ref<>::steal(int_from_i64(0));
    return tuple_pack({a.get(), z.get(), z.get()});
}
Object* gc_get_threshold_fn(Object*, Object* const*, size_t, Object*) {
    Ref<> a = Ref<>::steal(int_from_i64(static_cast<int64_t>(g_threshold)));
    Ref<> b = Ref<>::steal(int_from_i64(10));
    return tuple_pack({a.get(), b.get(), b.get()});
}
Object* gc_set_threshold_fn(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs < 1 || nargs > 3) return err_bad_argument_count("set_threshold", nargs, 1, 3);
    int64_t v;
    if (!int_as_i64(args[0], &v)) return err_set_string(TypeError, "an integer is required");
    g_threshold = v <= 0 ? SIZE_MAX : static_cast<size_t>(v);
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
