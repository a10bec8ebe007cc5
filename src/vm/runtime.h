// Start-up and shut-down of the pygen runtime: creates the built-in types in dependency order,
// the builtins and sys modules, and tears them down (running finalisers) at exit. A runtime can
// be torn down and a new one started in the same process, any number of times (one at a time).
#pragma once

#include <cstddef>
#include <cstdint>

namespace pygen {

struct Object;
struct TypeObject;

// Starts a runtime. The static built-in types are made ready the first time only (they are
// immortal and shared by every runtime of the process); the rest is made anew each time.
[[nodiscard]] bool runtime_init(int argc, char** argv);
// Shut-down as python3 does at exit: atexit's callbacks, then finalisers of what is still alive.
// clear_host_namespaces, if given, runs once __main__'s namespace is finalised and before the last
// collections, which run with sys.stdout and sys.stderr gone (as CPython's run after sys is
// cleared): the embedding API empties the namespaces it made there, so what they hold is
// finalised while the streams still work, as CPython's module dicts are.
void runtime_finalize(void (*clear_host_namespaces)() = nullptr);
// After runtime_finalize: frees everything the runtime made (modules, sys, builtins, per-runtime
// caches held by C++ globals, gc/signal/thread state), so runtime_init can start a fresh one.
// What survives (objects the host still holds) becomes immortal and is remembered as stale.
void runtime_teardown();
// True from the end of atexit's callbacks on: sys.is_finalizing(), and the point from which
// CPython's shutdown no longer finds the warnings module (sys.modules is being emptied).
bool runtime_finalizing();
// Counts runtimes started in this process (1 for the first).
uint32_t runtime_generation();

// A process global holding a strong reference to an object of the current runtime (a cached
// class, a module's error type, the running loop): registered when it is set, and cleared (the
// reference dropped, the slot nulled) by runtime_teardown. Registering twice is harmless.
void runtime_slot(Object** slot);
template <class T> void runtime_slot(T** slot) { runtime_slot(reinterpret_cast<Object**>(slot)); }
// A function run by runtime_teardown (after the slots are cleared) to reset other per-runtime
// state of a file (counters, tables). Registering the same function twice is harmless.
void runtime_on_teardown(void (*reset)());

// Called when a static type is ready: its dict, descriptors, bases and mro belong to the process,
// not to a runtime (they are never stale).
void runtime_keep_type_objects(TypeObject* type);

// An object that outlived the runtime it was made in (held by the host across a teardown).
// Cheap when nothing is stale (the usual case: one load).
extern bool g_runtime_any_stale;
bool runtime_object_in_stale_set(const Object* o);
inline bool runtime_object_is_stale(const Object* o) { return g_runtime_any_stale && runtime_object_in_stale_set(o); }
size_t runtime_stale_count();

}  // namespace pygen
