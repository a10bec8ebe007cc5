// InlineCache: the per-instruction facts of the specializing interpreter, stored in a code object
// (CodeObject::caches). What the fields mean for each quickened instruction, and who writes and
// reads them, is vm/specialize.h's business; this header only gives the layout a home in objects/.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pygen {

constexpr uint16_t kMaxBackoff = 12;   // longest wait between attempts: 2^12 runs

// Facts about one instruction site. Which fields mean what depends on the quickened opcode:
//   LOAD_ATTR_INSTANCE / STORE_ATTR_INSTANCE: version = type tag, index = entry index in the
//     instance dict; LOAD_ATTR_SLOT / STORE_ATTR_SLOT: version = type tag, index = byte offset;
//   LOAD_ATTR_MODULE / LOAD_METHOD_MODULE / LOAD_GLOBAL_MODULE: index = entry index in the dict;
//   LOAD_ATTR_CLASS: version = the class's tag, obj = the attribute;
//   LOAD_ATTR_PROPERTY: version = type tag, obj = the fget function;
//   LOAD_ATTR_GETSET: version = type tag, keys_version = the descriptor's C getter (a function
//     pointer; static, so valid whatever happens to the type);
//   LOAD_METHOD_CACHED: version = type tag, obj = the method, aux = bit (hash & 63) of the name
//     for the instance-dict filter (64 when the type's instances have no dict);
//   LOAD_GLOBAL_BUILTIN: keys_version = the globals' keys version, index = entry index in builtins.
// `obj` is borrowed: the type's dict keeps it alive for as long as `version` matches the type's tag.
struct InlineCache {
    uint16_t counter;        // generic form: runs left before the next attempt; quickened: misses left
    uint16_t backoff;        // log2 of the wait after the next failure (grows to kMaxBackoff)
    uint32_t version;        // a type version tag; 0 never matches
    uint32_t index;
    uint32_t aux;
    uint64_t keys_version;
    Object* obj;
};

}  // namespace pygen
