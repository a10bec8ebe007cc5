// The _blake2 module: the blake2b and blake2s hash types with every parameter CPython's take
// (digest_size, key, salt, person and the tree parameters fanout, depth, leaf_size, node_offset,
// node_depth, inner_size, last_node), computed by libb2 (libb2.h), never by hand.
// lib/hashlib.py names them hashlib.blake2b/blake2s and hashlib.new('blake2b', ...) makes them.
// CPython counterpart: Modules/_blake2/blake2b_impl.c, blake2s_impl.c (behaviour only).

#include <cstdint>
#include <cstring>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/hashlib/libb2.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"

namespace pygen {

Object* make_blake2_module();

namespace {

// What differs between the two variants: sizes, names and libb2's entry points.
struct Variant {
    const char* name;            // "blake2b"
    size_t max_digest, max_key, salt_size, person_size, block_size;
    uint64_t max_node_offset;    // 2**64 - 1 for blake2b, 2**48 - 1 for blake2s
};
const Variant kB = {"blake2b", BLAKE2B_OUTBYTES, BLAKE2B_KEYBYTES, BLAKE2B_SALTBYTES, BLAKE2B_PERSONALBYTES,
                    BLAKE2B_BLOCKBYTES, UINT64_MAX};
const Variant kS = {"blake2s", BLAKE2S_OUTBYTES, BLAKE2S_KEYBYTES, BLAKE2S_SALTBYTES, BLAKE2S_PERSONALBYTES,
                    BLAKE2S_BLOCKBYTES, (uint64_t{1} << 48) - 1};

struct Blake2Object : Object {
    const Variant* variant;
    size_t digest_size;
    union {
        blake2b_state b;
        blake2s_state s;
    } state;
};

TypeObject Blake2bType;
TypeObject Blake2sType;

Blake2Object* as_blake2(Object* o) { return static_cast<Blake2Object*>(o); }
bool is_b(const Blake2Object* h) { return h->variant == &kB; }

// Data to hash: anything with the buffer protocol, never a str.
bool data_view(Object* o, std::string_view* out, BytesLike* hold) {
    if (is_str(o)) {
        err_set_string(TypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (!object_check_buffer(o)) {
        err_set_string(TypeError, "object supporting the buffer API required");
        return false;
    }
    return pin_bytes_like(o, out, hold);
}

void feed(Blake2Object* h, std::string_view data) {
    const auto* p = reinterpret_cast<const uint8_t*>(data.data());
    if (is_b(h)) b2.blake2b_update(&h->state.b, p, data.size());
    else b2.blake2s_update(&h->state.s, p, data.size());
}

// An int argument within [lo, hi], or CPython's message for it.
bool small_int(Object* o, int64_t lo, int64_t hi, const char* what, int64_t* out) {
    if (!index_as_i64(o, out, "int")) return false;
    if (*out < lo || *out > hi) {
        err_format(ValueError, "%s must be between %lld and %lld", what, static_cast<long long>(lo), static_cast<long long>(hi));
        return false;
    }
    return true;
}

// An unsigned argument: ValueError 'value must be positive' below 0, OverflowError above max.
bool unsigned_arg(Object* o, uint64_t max, const char* what, uint64_t* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "unsigned long")) {
        if (!err_matches(OverflowError)) return false;
        err_clear();
        // Beyond int64: 2**63 .. 2**64-1 still fit an unsigned 64-bit field; read them as the
        // little-endian bytes int.to_bytes gives (which refuses what is larger or negative).
        Ref<> as_int = Ref<>::steal(number_index(o));
        if (!as_int) return false;
        Ref<> eight = Ref<>::steal(int_from_i64(8));
        Ref<> order = Ref<>::steal(str_from_cstr("little"));
        if (!eight || !order) return false;
        Object* to_bytes_args[2] = {eight.get(), order.get()};
        Ref<> raw = Ref<>::steal(call_method(as_int.get(), "to_bytes", to_bytes_args, 2));
        if (!raw) {
            // A positive value keeps to_bytes' own OverflowError, as CPython's conversion says.
            if (int_sign(as_int.get()) < 0) {
                err_clear();
                err_set_string(ValueError, "value must be positive");
            }
            return false;
        }
        std::string_view bytes = bytes_view(raw.get());
        uint64_t u = 0;
        for (size_t i = 0; i < 8; i++) u |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
        if (u > max) {
            err_format(OverflowError, "%s is too large", what);
            return false;
        }
        *out = u;
        return true;
    }
    if (v < 0) {
        err_set_string(ValueError, "value must be positive");
        return false;
    }
    if (static_cast<uint64_t>(v) > max) {
        err_format(OverflowError, "%s is too large", what);
        return false;
    }
    *out = static_cast<uint64_t>(v);
    return true;
}

bool bytes_arg(Object* o, size_t max, const char* what, std::string* out) {
    BytesLike hold;
    if (!hold.acquire(o)) return false;
    if (hold.data().size() > max) {
        err_format(ValueError, "maximum %s length is %zu bytes", what, max);
        return false;
    }
    out->assign(hold.data());
    return true;
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1,
//         leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
//         usedforsecurity=True)
Object* blake2_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    const Variant& v = type == &Blake2sType ? kS : kB;
    static const char* const kNames[] = {"", "digest_size", "key", "salt", "person", "fanout", "depth",
                                         "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
                                         "usedforsecurity"};
    Object* a[13] = {};
    if (!bind_args(ArgSpec{v.name, kNames, 13, 1, 1, 0}, args, nargs, kwnames, a)) return nullptr;
    int64_t digest_size = static_cast<int64_t>(v.max_digest), fanout = 1, depth = 1, node_depth = 0, inner = 0;
    uint64_t leaf_size = 0, node_offset = 0;
    std::string key, salt, person;
    if (a[1] && !index_as_i64(a[1], &digest_size, "int")) return nullptr;
    if (digest_size < 1 || digest_size > static_cast<int64_t>(v.max_digest))
        return err_format(ValueError, "digest_size must be between 1 and %zu bytes", v.max_digest);
    if (a[3] && !bytes_arg(a[3], v.salt_size, "salt", &salt)) return nullptr;
    if (a[4] && !bytes_arg(a[4], v.person_size, "person", &person)) return nullptr;
    if (a[5] && !small_int(a[5], 0, 255, "fanout", &fanout)) return nullptr;
    if (a[6] && !small_int(a[6], 1, 255, "depth", &depth)) return nullptr;
    if (a[7] && !unsigned_arg(a[7], UINT32_MAX, "leaf_size", &leaf_size)) return nullptr;
    if (a[8] && !unsigned_arg(a[8], v.max_node_offset, "node_offset", &node_offset)) return nullptr;
    if (a[9] && !small_int(a[9], 0, 255, "node_depth", &node_depth)) return nullptr;
    if (a[10]) {
        if (!index_as_i64(a[10], &inner, "int")) return nullptr;
        if (inner < 0 || inner > static_cast<int64_t>(v.max_digest))
            return err_format(ValueError, "inner_size must be between 0 and is %zu", v.max_digest);
    }
    if (a[2] && !bytes_arg(a[2], v.max_key, "key", &key)) return nullptr;
    int last_node = a[11] ? object_is_true(a[11]) : 0;
    if (last_node < 0) return nullptr;

    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    Blake2Object* h = as_blake2(self.get());
    h->variant = &v;
    h->digest_size = static_cast<size_t>(digest_size);
    int rc;
    if (&v == &kB) {
        blake2b_param p{};
        p.digest_length = static_cast<uint8_t>(digest_size);
        p.key_length = static_cast<uint8_t>(key.size());
        p.fanout = static_cast<uint8_t>(fanout);
        p.depth = static_cast<uint8_t>(depth);
        p.leaf_length = static_cast<uint32_t>(leaf_size);   // the parameter block is little-endian
        p.node_offset = node_offset;
        p.node_depth = static_cast<uint8_t>(node_depth);
        p.inner_length = static_cast<uint8_t>(inner);
        std::memcpy(p.salt, salt.data(), salt.size());
        std::memcpy(p.personal, person.data(), person.size());
        rc = b2.blake2b_init_param(&h->state.b, &p);
        h->state.b.last_node = static_cast<uint8_t>(last_node);
    } else {
        blake2s_param p{};
        p.digest_length = static_cast<uint8_t>(digest_size);
        p.key_length = static_cast<uint8_t>(key.size());
        p.fanout = static_cast<uint8_t>(fanout);
        p.depth = static_cast<uint8_t>(depth);
        p.leaf_length = static_cast<uint32_t>(leaf_size);
        for (int i = 0; i < 6; i++) p.node_offset[i] = static_cast<uint8_t>(node_offset >> (8 * i));
        p.node_depth = static_cast<uint8_t>(node_depth);
        p.inner_length = static_cast<uint8_t>(inner);
        std::memcpy(p.salt, salt.data(), salt.size());
        std::memcpy(p.personal, person.data(), person.size());
        rc = b2.blake2s_init_param(&h->state.s, &p);
        h->state.s.last_node = static_cast<uint8_t>(last_node);
    }
    if (rc != 0) return err_set_string(ValueError, "BLAKE2 parameters rejected");
    // A key is hashed as a first block of its own, zero-padded.
    if (!key.empty()) {
        std::string block(v.block_size, '\0');
        std::memcpy(block.data(), key.data(), key.size());
        feed(h, block);
    }
    if (a[0]) {
        std::string_view data;
        BytesLike hold;
        if (!data_view(a[0], &data, &hold)) return nullptr;
        feed(h, data);
    }
    return self.release();
}

void blake2_dealloc(Object* o) {
    // The state may hold key material: clear it before the memory is reused.
    volatile unsigned char* p = reinterpret_cast<volatile unsigned char*>(&as_blake2(o)->state);
    for (size_t i = 0; i < sizeof as_blake2(o)->state; i++) p[i] = 0;
    free_object(o);
}

Object* blake2_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("update", nargs, kwnames)) return nullptr;
    std::string_view data;
    BytesLike hold;
    if (!data_view(args[0], &data, &hold)) return nullptr;
    feed(as_blake2(self), data);
    return none_new();
}

// The digest of a copy of the state, so more data may follow.
std::string final_digest(Blake2Object* h) {
    std::string out(h->digest_size, '\0');
    auto* p = reinterpret_cast<uint8_t*>(out.data());
    if (is_b(h)) {
        blake2b_state copy = h->state.b;
        b2.blake2b_final(&copy, p, out.size());
    } else {
        blake2s_state copy = h->state.s;
        b2.blake2s_final(&copy, p, out.size());
    }
    return out;
}

Object* blake2_digest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("digest", nargs, kwnames)) return nullptr;
    return bytes_from(final_digest(as_blake2(self)));
}

Object* blake2_hexdigest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("hexdigest", nargs, kwnames)) return nullptr;
    static const char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : final_digest(as_blake2(self))) {
        hex.push_back(kHex[c >> 4]);
        hex.push_back(kHex[c & 15]);
    }
    return str_from(hex);
}

Object* blake2_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("copy", nargs, kwnames)) return nullptr;
    Blake2Object* h = as_blake2(self);
    Object* copy = alloc_object(self->type);
    if (!copy) return nullptr;
    as_blake2(copy)->variant = h->variant;
    as_blake2(copy)->digest_size = h->digest_size;
    as_blake2(copy)->state = h->state;
    return copy;
}

Object* blake2_name(Object* self) { return str_from_cstr(as_blake2(self)->variant->name); }
Object* blake2_digest_size(Object* self) { return int_from_i64(static_cast<int64_t>(as_blake2(self)->digest_size)); }
Object* blake2_block_size(Object* self) { return int_from_i64(static_cast<int64_t>(as_blake2(self)->variant->block_size)); }

const MethodDef kMethods[] = {
    {"update", blake2_update}, {"digest", blake2_digest}, {"hexdigest", blake2_hexdigest}, {"copy", blake2_copy},
    {nullptr, nullptr},
};
const GetSetDef kGetSet[] = {
    {"name", blake2_name}, {"digest_size", blake2_digest_size}, {"block_size", blake2_block_size},
    {nullptr, nullptr},
};

bool ready_type(TypeObject& t, const char* name, const Variant& v) {
    if (type_has(&t, kTypeReady)) return true;
    t.name = name;
    t.basicsize = sizeof(Blake2Object);
    t.tp_new = blake2_new;   // not subclassable, as in CPython
    t.dealloc = blake2_dealloc;
    t.methods = kMethods;
    t.getset = kGetSet;
    if (!type_ready(&t)) return false;
    // The size limits as class attributes (blake2b.SALT_SIZE, ...).
    const struct { const char* name; size_t value; } kSizes[] = {
        {"SALT_SIZE", v.salt_size}, {"PERSON_SIZE", v.person_size},
        {"MAX_KEY_SIZE", v.max_key}, {"MAX_DIGEST_SIZE", v.max_digest},
    };
    for (const auto& s : kSizes) {
        Ref<> value = Ref<>::steal(int_from_i64(static_cast<int64_t>(s.value)));
        if (!value || dict_setitem_str(t.dict, s.name, value.get()) < 0) return false;
    }
    return true;
}

}  // namespace

Object* make_blake2_module() {
    if (!load_libb2()) return nullptr;
    if (!ready_type(Blake2bType, "_blake2.blake2b", kB) || !ready_type(Blake2sType, "_blake2.blake2s", kS)) return nullptr;
    Object* m = module_new("_blake2");
    if (!m) return nullptr;
    const struct { const char* name; int64_t value; } kConsts[] = {
        {"BLAKE2B_SALT_SIZE", BLAKE2B_SALTBYTES}, {"BLAKE2B_PERSON_SIZE", BLAKE2B_PERSONALBYTES},
        {"BLAKE2B_MAX_KEY_SIZE", BLAKE2B_KEYBYTES}, {"BLAKE2B_MAX_DIGEST_SIZE", BLAKE2B_OUTBYTES},
        {"BLAKE2S_SALT_SIZE", BLAKE2S_SALTBYTES}, {"BLAKE2S_PERSON_SIZE", BLAKE2S_PERSONALBYTES},
        {"BLAKE2S_MAX_KEY_SIZE", BLAKE2S_KEYBYTES}, {"BLAKE2S_MAX_DIGEST_SIZE", BLAKE2S_OUTBYTES},
    };
    for (const auto& c : kConsts) {
        if (module_add_int(m, c.name, c.value) < 0) {
            decref(m);
            return nullptr;
        }
    }
    if (module_add_object(m, "blake2b", &Blake2bType) < 0 || module_add_object(m, "blake2s", &Blake2sType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
