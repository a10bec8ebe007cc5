// The _random module: a subclassable Random type holding a Mersenne Twister (MT19937) whose
// seeding, random() and getrandbits() produce CPython's exact sequences, and urandom() for
// SystemRandom. The distributions (randrange, choice, gauss, ...) are Python in lib/random.py.
// CPython counterpart: Modules/_randommodule.c (behaviour only; MT19937 is Matsumoto and
// Nishimura's published algorithm).

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <vector>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

struct RandomObject : Object {
    int index;          // next word of `state` to temper; kN means "regenerate first"
    uint32_t state[kN];
};

TypeObject RandomType;

RandomObject* as_random(Object* o) { return static_cast<RandomObject*>(o); }

void random_dealloc(Object* o) { free_object(o); }   // the state is inline: nothing else to drop

// ---- MT19937 ----

void init_genrand(RandomObject* r, uint32_t seed) {
    uint32_t* mt = r->state;
    mt[0] = seed;
    for (int i = 1; i < kN; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t length) {
    uint32_t* mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = length > static_cast<size_t>(kN) ? length : kN; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= static_cast<size_t>(kN)) { mt[0] = mt[kN - 1]; i = 1; }
        if (j >= length) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
        i++;
        if (i >= static_cast<size_t>(kN)) { mt[0] = mt[kN - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
}

uint32_t genrand_uint32(RandomObject* r) {
    static const uint32_t mag01[2] = {0, kMatrixA};
    uint32_t* mt = r->state;
    if (r->index >= kN) {
        int kk = 0;
        for (; kk < kN - kM; kk++) {
            uint32_t y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < kN - 1; kk++) {
            uint32_t y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
        }
        uint32_t y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
        mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

// ---- Entropy ----

// Fills `out` from /dev/urandom. False with OSError set when the device cannot be read.
bool read_urandom(void* out, size_t size) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err_set_string(OSError, "cannot open /dev/urandom");
        return false;
    }
    auto* p = static_cast<char*>(out);
    while (size > 0) {
        ssize_t n = read(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            close(fd);
            err_set_string(OSError, "cannot read /dev/urandom");
            return false;
        }
        p += n;
        size -= static_cast<size_t>(n);
    }
    close(fd);
    return true;
}

void seed_from_entropy(RandomObject* r) {
    uint32_t key[kN];
    if (!read_urandom(key, sizeof key)) {
        // No entropy device: fall back to the clock, as CPython does.
        err_clear();
        auto now = static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
        uint32_t small[4] = {static_cast<uint32_t>(now), static_cast<uint32_t>(now >> 32),
                             static_cast<uint32_t>(getpid()), 0};
        init_by_array(r, small, 4);
        return;
    }
    init_by_array(r, key, kN);
}

// CPython: _randommodule.c, random_seed — None: entropy; int: |n| as 32-bit words, least
// significant first; anything else: its hash.
bool seed_with(RandomObject* r, Object* arg) {
    if (arg == nullptr || arg == None) {
        seed_from_entropy(r);
        return true;
    }
    Ref<> number;
    if (is_int(arg)) {
        number = Ref<>::borrow(arg);
    } else {
        int64_t h = object_hash(arg);
        if (h == -1 && err_occurred()) return false;
        number = Ref<>::steal(int_from_i64(h));
        if (!number) return false;
    }
    Mpz scratch, magnitude;
    mpz_abs(magnitude.v, int_mpz(number.get(), scratch));
    size_t words = (mpz_sizeinbase(magnitude.v, 2) + 31) / 32;
    std::vector<uint32_t> key(words ? words : 1, 0);
    size_t count = 0;
    if (mpz_sgn(magnitude.v) != 0) mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, magnitude.v);
    init_by_array(r, key.data(), count ? count : 1);
    return true;
}

// ---- Methods ----

Object* random_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &RandomType) {
        if (!check_no_kwargs("Random", kwnames)) return nullptr;
        if (nargs > 1) return err_set_string(TypeError, "Random() requires 0 or 1 argument");
    }
    auto* self = static_cast<RandomObject*>(alloc_object(type));
    if (!self) return nullptr;
    // Subclasses take their own __init__ arguments; only _random.Random itself seeds from args.
    if (!seed_with(self, type == &RandomType && nargs == 1 ? args[0] : nullptr)) {
        decref(self);
        return nullptr;
    }
    return self;
}

Object* random_seed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("seed", nargs, kwnames, 0, 1)) return nullptr;
    if (!seed_with(as_random(self), nargs ? args[0] : nullptr)) return nullptr;
    return none_new();
}

Object* random_random(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("random", nargs, kwnames)) return nullptr;
    RandomObject* r = as_random(self);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return float_from((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* random_getrandbits(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("getrandbits", nargs, kwnames)) return nullptr;
    int64_t k;
    if (!index_as_i64(args[0], &k, "int")) return nullptr;
    if (k < 0) return err_set_string(ValueError, "number of bits must be non-negative");
    RandomObject* r = as_random(self);
    if (k == 0) return int_from_i64(0);
    if (k <= 32) return int_from_u64(genrand_uint32(r) >> (32 - k));
    size_t words = static_cast<size_t>((k - 1) / 32 + 1);
    std::vector<uint32_t> data(words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= (32 - k);
        data[i] = w;
    }
    Mpz value;
    mpz_import(value.v, words, -1, sizeof(uint32_t), 0, 0, data.data());
    return int_from_mpz(value.v);
}

Object* random_getstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("getstate", nargs, kwnames)) return nullptr;
    RandomObject* r = as_random(self);
    Ref<> state = Ref<>::steal(tuple_new(kN + 1));
    if (!state) return nullptr;
    Object** items = tuple_items(state.get());
    for (int i = 0; i < kN; i++) {
        if (!(items[i] = int_from_u64(r->state[i]))) return nullptr;
    }
    if (!(items[kN] = int_from_i64(r->index))) return nullptr;
    return state.release();
}

// A state word: an int in [0, 2**32) (CPython's PyLong_AsUnsignedLong, then truncation).
bool state_word(Object* o, uint64_t* out) {
    if (!is_int(o)) {
        err_format(TypeError, "an integer is required (got type %s)", o->type->name);
        return false;
    }
    if (int_sign(o) < 0) {
        err_set_string(OverflowError, "can't convert negative value to unsigned int");
        return false;
    }
    Mpz scratch;
    mpz_srcptr v = int_mpz(o, scratch);
    if (mpz_sizeinbase(v, 2) > 64) {
        err_set_string(OverflowError, "Python int too large to convert to C unsigned long");
        return false;
    }
    uint64_t value = 0;
    size_t count = 0;
    mpz_export(&value, &count, -1, sizeof value, 0, 0, v);
    *out = value;
    return true;
}

Object* random_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("setstate", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state vector must be a tuple");
    if (tuple_size(state) != kN + 1) return err_set_string(ValueError, "state vector is the wrong size");
    uint32_t words[kN];
    for (int i = 0; i < kN; i++) {
        uint64_t w;
        if (!state_word(tuple_item(state, i), &w)) return nullptr;
        words[i] = static_cast<uint32_t>(w);
    }
    int64_t index;
    if (!index_as_i64(tuple_item(state, kN), &index)) return nullptr;
    if (index < 0 || index > kN) return err_set_string(ValueError, "invalid state");
    RandomObject* r = as_random(self);
    for (int i = 0; i < kN; i++) r->state[i] = words[i];
    r->index = static_cast<int>(index);
    return none_new();
}

Object* random_urandom(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("urandom", nargs, kwnames)) return nullptr;
    int64_t size;
    if (!index_as_i64(args[0], &size)) return nullptr;
    if (size < 0) return err_set_string(ValueError, "negative argument not allowed");
    std::string data(static_cast<size_t>(size), '\0');
    if (size > 0 && !read_urandom(data.data(), data.size())) return nullptr;
    return bytes_from(data);
}

const MethodDef kRandomMethods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
    {nullptr, nullptr},
};

const MethodDef kModuleFunctions[] = {
    {"urandom", random_urandom},
    {nullptr, nullptr},
};

}  // namespace

Object* make_random_module() {
    if (!type_has(&RandomType, kTypeReady)) {
        RandomType.name = "_random.Random";
        RandomType.basicsize = sizeof(RandomObject);
        RandomType.flags = kTypeBaseType;
        RandomType.tp_new = random_tp_new;
        RandomType.dealloc = random_dealloc;
        RandomType.methods = kRandomMethods;
        if (!type_ready(&RandomType)) return nullptr;
    }
    Object* m = module_new("_random");
    if (!m) return nullptr;
    if (module_add_functions(m, kModuleFunctions) < 0 || module_add_object(m, "Random", &RandomType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
