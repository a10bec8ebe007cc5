// _pickle_accel: native fast paths for lib/pickle.py, which stays the whole implementation.
// dumps(obj, protocol) pickles trees of the exact built-in data types (None, bool, int, float,
// str, bytes, bytearray, tuple, list, dict, set, frozenset) with protocols 2-5, writing the bytes
// CPython's C pickler writes (memo, short forms, batches of 1000, protocol 4 frames); loads(data,
// declined) reads the binary opcodes that build those types. Anything else -- another type, a
// subclass, a text opcode, a malformed stream, any error -- makes the call return its "declined"
// answer, and pickle.py redoes the whole call in Python: nothing here runs user code, so a
// declined attempt leaves no trace and behaviour (messages included) is pickle.py's by
// construction. CPython gets the same speed from Modules/_pickle.c.

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"

namespace pygen {

Object* make_pickle_accel_module();

namespace {

// ---- Opcodes (the ones this file reads or writes) ----

enum Op : unsigned char {
    kMark = '(', kStop = '.', kPop = '0', kPopMark = '1', kDup = '2', kBinInt = 'J', kBinInt1 = 'K',
    kBinInt2 = 'M', kNone = 'N', kBinUnicode = 'X', kAppend = 'a', kDict = 'd', kEmptyDict = '}',
    kAppends = 'e', kBinGet = 'h', kLongBinGet = 'j', kList = 'l', kEmptyList = ']', kBinPut = 'q',
    kLongBinPut = 'r', kSetItem = 's', kTuple = 't', kEmptyTuple = ')', kSetItems = 'u',
    kBinFloat = 'G', kBinBytes = 'B', kShortBinBytes = 'C', kProto = 0x80, kTuple1 = 0x85,
    kTuple2 = 0x86, kTuple3 = 0x87, kNewTrue = 0x88, kNewFalse = 0x89, kLong1 = 0x8a, kLong4 = 0x8b,
    kShortBinUnicode = 0x8c, kBinUnicode8 = 0x8d, kBinBytes8 = 0x8e, kEmptySet = 0x8f,
    kAddItems = 0x90, kFrozenSet = 0x91, kMemoize = 0x94, kFrame = 0x95, kByteArray8 = 0x96,
};

constexpr size_t kFrameSizeMin = 4;            // shorter frames are written without a FRAME header
constexpr size_t kFrameSizeTarget = 64 * 1024;  // a frame is committed once it holds this much
constexpr size_t kFrameHeaderSize = 9;          // FRAME + 8-byte length
constexpr ssize kBatchSize = 1000;             // items per APPENDS/SETITEMS/ADDITEMS
// CPython's C pickler counts a level of the recursion limit for each object it saves and one
// more while it saves a list's or a dict's items; data nested deeper than it allows goes to
// pickle.py, which raises the RecursionError. pickle.dumps and _native_dumps are two Python
// frames more than CPython has at this point.
constexpr int kCallerFrames = 2;
// Whatever the limit, the C++ stack takes no more levels than this.
constexpr int kMaxNativeLevels = 20000;

// A string's UTF-8 holds a lone surrogate (ED A0..BF ..): the opcodes carry it as
// 'surrogatepass' does, which pickle.py spells out; such rare strings go there.
bool has_surrogate(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
    return false;
}

// ---- Pickling ----

// Little-endian two's complement of v in the fewest bytes that keep its sign (nothing for 0):
// pickle.py's encode_long.
std::string encode_long(Object* v) {
    std::string out;
    auto* iv = static_cast<IntObject*>(v);
    if (!iv->is_big) {
        int64_t x = iv->small;
        if (x == 0) return out;
        uint64_t magnitude = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
        int bits = 64 - __builtin_clzll(magnitude);
        size_t width = size_t(bits / 8 + 1);
        unsigned __int128 raw = static_cast<unsigned __int128>(static_cast<__int128>(x));
        for (size_t i = 0; i < width; ++i) out.push_back(char(uint8_t(raw >> (8 * i))));
    } else {
        Mpz scratch;
        mpz_srcptr x = int_mpz(v, scratch);
        size_t width = mpz_sizeinbase(x, 2) / 8 + 1;
        Mpz twos;
        if (mpz_sgn(x) < 0) {
            mpz_ui_pow_ui(twos.v, 2, 8 * width);
            mpz_add(twos.v, twos.v, x);
        } else {
            mpz_set(twos.v, x);
        }
        out.assign(width, '\0');
        size_t written = 0;
        mpz_export(out.data(), &written, -1, 1, -1, 0, twos.v);
    }
    size_t n = out.size();
    if (iv->is_big ? mpz_sgn(iv->big) < 0 : iv->small < 0) {
        if (n > 1 && uint8_t(out[n - 1]) == 0xff && (uint8_t(out[n - 2]) & 0x80)) out.pop_back();
    }
    return out;
}

// id(obj) -> memo index, open addressing on the object's address (CPython's PyMemoTable): a
// std::unordered_map allocates a node per entry, and every str and container is memoized.
class MemoTable {
public:
    MemoTable() : slots_(kInitialSlots) {}
    size_t size() const { return used_; }
    // The index of o, or -1.
    int64_t find(Object* o) const {
        const Slot& s = slots_[probe(o)];
        return s.key ? int64_t(s.index) : -1;
    }
    // Adds o (not present yet) with the next index.
    void add(Object* o) {
        if ((used_ + 1) * 3 >= slots_.size() * 2) grow();
        Slot& s = slots_[probe(o)];
        s.key = o;
        s.index = uint32_t(used_++);
    }

private:
    struct Slot {
        Object* key = nullptr;   // borrowed: the pickled tree keeps it alive
        uint32_t index = 0;
    };
    static constexpr size_t kInitialSlots = 64;   // a power of two
    size_t probe(Object* o) const {
        size_t mask = slots_.size() - 1;
        size_t i = size_t((uintptr_t(o) >> 4) * 0x9E3779B97F4A7C15ull >> 20) & mask;
        while (slots_[i].key && slots_[i].key != o) i = (i + 1) & mask;
        return i;
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 4);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.key) slots_[probe(s.key)] = s;
    }
    std::vector<Slot> slots_;
    size_t used_ = 0;
};

// One dumps() call. Every write goes to `out`; with protocol 4+ an open frame's 9-byte header
// is reserved at frame_start and filled (or dropped, for a tiny frame) when the frame commits.
struct Pickler {
    int proto;
    std::string out;
    bool framing = false;
    size_t frame_start = 0;                           // valid while framing
    MemoTable memo;
    std::vector<Object*> memoized;                    // borrowed, in memo-index order
    std::vector<size_t> flush_points;                 // where a file-backed Pickler calls write()
    int levels_left = 0;   // recursion-limit levels still free (see kCallerFrames)

    void put_u32(uint32_t v) {
        char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        out.append(b, 4);
    }
    void put_u64(uint64_t v) {
        for (int i = 0; i < 8; ++i) out.push_back(char(uint8_t(v >> (8 * i))));
    }
    void op(unsigned char c) { out.push_back(char(c)); }

    void open_frame() {
        frame_start = out.size();
        out.append(kFrameHeaderSize, '\0');
    }
    // pickle.py's _commit_frame: the frame's bytes get their header when there are enough.
    void commit_frame() {
        size_t body = out.size() - frame_start - kFrameHeaderSize;
        if (body >= kFrameSizeMin) {
            out[frame_start] = char(kFrame);
            for (int i = 0; i < 8; ++i) out[frame_start + 1 + i] = char(uint8_t(uint64_t(body) >> (8 * i)));
        } else {
            out.erase(frame_start, kFrameHeaderSize);
        }
    }
    // A full frame is committed, and (pickle.py's _flush) a file gets what is written so far.
    void opcode_boundary() {
        if (framing && out.size() - frame_start - kFrameHeaderSize >= kFrameSizeTarget) {
            commit_frame();
            flush_points.push_back(out.size());
            open_frame();
        }
    }
    // A length-prefixed payload: the short form when short_ok and it fits a byte, else 4 bytes,
    // else (protocol 4+) 8. Payloads of a frame's size go outside frames (pickle.py's _write_large).
    void counted(std::string_view payload, unsigned char short_op, unsigned char op4, unsigned char op8, bool short_ok) {
        size_t n = payload.size();
        if (short_ok && n <= 0xff) {
            op(short_op);
            op(uint8_t(n));
            out.append(payload);
            return;
        }
        if (n > 0xffffffffu && proto >= 4) large_payload(op8, 8, payload);
        else large_payload(op4, 4, payload);
    }
    // An opcode with a `width`-byte length and its payload. A payload of a frame's size or more
    // goes outside frames and, with a file, to its own write() call, the buffer (header
    // included) flushed before it: CPython's _Pickler_write_bytes.
    void large_payload(unsigned char opcode, int width, std::string_view payload) {
        bool large = payload.size() >= kFrameSizeTarget;
        if (large && framing) commit_frame();
        op(opcode);
        if (width == 8) put_u64(payload.size());
        else put_u32(uint32_t(payload.size()));
        if (large) flush_points.push_back(out.size());
        out.append(payload);
        if (large) {
            flush_points.push_back(out.size());
            if (framing) open_frame();
        }
    }

    void memoize(Object* o) {
        uint32_t index = uint32_t(memo.size());
        memo.add(o);
        memoized.push_back(o);
        if (proto >= 4) {
            op(kMemoize);
        } else if (index < 256) {
            op(kBinPut);
            op(uint8_t(index));
        } else {
            op(kLongBinPut);
            put_u32(index);
        }
    }
    void get(uint32_t index) {
        if (index < 256) {
            op(kBinGet);
            op(uint8_t(index));
        } else {
            op(kLongBinGet);
            put_u32(index);
        }
    }
    // The memo index of o, or -1.
    int64_t recall(Object* o) const { return memo.find(o); }

    void save_int(Object* v) {
        auto* iv = static_cast<IntObject*>(v);
        if (!iv->is_big) {
            int64_t x = iv->small;
            if (x >= 0 && x <= 0xff) {
                op(kBinInt1);
                op(uint8_t(x));
                return;
            }
            if (x >= 0 && x <= 0xffff) {
                op(kBinInt2);
                op(uint8_t(x));
                op(uint8_t(x >> 8));
                return;
            }
            if (x >= -0x80000000LL && x <= 0x7fffffffLL) {
                op(kBinInt);
                put_u32(uint32_t(int32_t(x)));
                return;
            }
        }
        std::string body = encode_long(v);
        if (body.size() < 256) {
            op(kLong1);
            op(uint8_t(body.size()));
        } else {
            op(kLong4);
            put_u32(uint32_t(body.size()));
        }
        out.append(body);
    }

    void save_float(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        op(kBinFloat);
        for (int i = 7; i >= 0; --i) out.push_back(char(uint8_t(bits >> (8 * i))));
    }

    // Appends or adds `count` items, each written by next(), as CPython's batch_list_exact,
    // batch_dict_exact and save_set do: a lone item with one_op (0: none), otherwise MARK ...
    // many_op per kBatchSize items, a last batch of one included; `until_short` (dicts, sets)
    // also writes an empty last batch after a full one.
    template <class Next>
    bool batched(ssize count, Next next, unsigned char one_op, unsigned char many_op, bool until_short) {
        if (count == 0) return true;
        if (count == 1 && one_op) {
            if (!next()) return false;
            op(one_op);
            return true;
        }
        ssize done = 0, batch;
        do {
            batch = std::min(kBatchSize, count - done);
            op(kMark);
            for (ssize i = 0; i < batch; ++i)
                if (!next()) return false;
            op(many_op);
            done += batch;
        } while (until_short ? batch == kBatchSize : done < count);
        return true;
    }

    // Pickles o; false when o (or something in it) is not for the native path.
    bool save(Object* o) {
        if (--levels_left < 0) return false;
        bool ok = save_any(o);
        ++levels_left;
        if (!ok) return false;
        opcode_boundary();
        return true;
    }

    bool save_any(Object* o) {
        TypeObject* t = o->type;
        if (o == None) {
            op(kNone);
            return true;
        }
        if (t == &BoolType) {
            op(o == True ? kNewTrue : kNewFalse);
            return true;
        }
        if (t == &IntType) {
            save_int(o);
            return true;
        }
        if (t == &FloatType) {
            save_float(float_value(o));
            return true;
        }
        int64_t again = recall(o);
        if (again >= 0) {
            get(uint32_t(again));
            return true;
        }
        if (t == &StrType) {
            std::string_view s = str_view(o);
            if (!static_cast<StrObject*>(o)->is_ascii && has_surrogate(s)) return false;
            counted(s, kShortBinUnicode, kBinUnicode, kBinUnicode8, proto >= 4);
            memoize(o);
            return true;
        }
        if (t == &BytesType) {
            if (proto < 3) return false;
            counted(bytes_view(o), kShortBinBytes, kBinBytes, kBinBytes8, true);
            memoize(o);
            return true;
        }
        if (t == &ByteArrayType) {
            if (proto < 5) return false;
            // Always the 8-byte length form.
            large_payload(kByteArray8, 8, bytes_like_view(o));
            memoize(o);
            return true;
        }
        return save_container(o, t);
    }

    bool save_container(Object* o, TypeObject* t) {
        if (t == &TupleType) return save_tuple(o);
        // A non-empty list's or dict's items take a level more (a failure needs no undoing).
        if (t == &ListType) {
            op(kEmptyList);
            memoize(o);
            if (list_size(o) == 0) return true;
            if (--levels_left < 0) return false;
            ssize i = 0;
            // A list cannot change meanwhile: nothing here runs Python code.
            bool ok = batched(list_size(o), [&] { return save(list_item(o, i++)); }, kAppend, kAppends, false);
            ++levels_left;
            return ok;
        }
        if (t == &DictType) {
            op(kEmptyDict);
            memoize(o);
            if (dict_size(o) == 0) return true;
            if (--levels_left < 0) return false;
            ssize pos = 0;
            bool ok = batched(dict_size(o), [&] {
                Object *key, *value;
                if (!dict_next(o, &pos, &key, &value)) return false;
                return save(key) && save(value);
            }, kSetItem, kSetItems, true);
            ++levels_left;
            return ok;
        }
        if (t == &SetType) {
            if (proto < 4) return false;
            op(kEmptySet);
            memoize(o);
            ssize pos = 0;
            return batched(set_size(o), [&] {
                Object* key;
                return set_next(o, &pos, &key) && save(key);
            }, 0, kAddItems, true);
        }
        if (t == &FrozenSetType) {
            if (proto < 4) return false;
            op(kMark);
            ssize pos = 0;
            Object* key;
            while (set_next(o, &pos, &key))
                if (!save(key)) return false;
            int64_t again = recall(o);
            if (again >= 0) {
                op(kPopMark);
                get(uint32_t(again));
                return true;
            }
            op(kFrozenSet);
            memoize(o);
            return true;
        }
        return false;
    }

    bool save_tuple(Object* o) {
        ssize n = tuple_size(o);
        if (n == 0) {
            op(kEmptyTuple);
            return true;
        }
        bool sized = n <= 3;
        if (!sized) op(kMark);
        for (ssize i = 0; i < n; ++i)
            if (!save(tuple_item(o, i))) return false;
        // A recursive tuple got memoized while its items were saved: drop them, fetch that copy.
        int64_t again = recall(o);
        if (again >= 0) {
            if (sized) out.append(size_t(n), char(kPop));
            else op(kPopMark);
            get(uint32_t(again));
            return true;
        }
        static const unsigned char kSized[4] = {kEmptyTuple, kTuple1, kTuple2, kTuple3};
        op(sized ? kSized[n] : static_cast<unsigned char>(kTuple));
        memoize(o);
        return true;
    }
};

// dumps(obj, protocol, memo=None, chunks=False): the pickle as bytes (chunks: as the list of
// the pieces a Pickler gives its file's write()), or None when pickle.py must write it. A memo
// dict (a Pickler's, empty: else None) gets pickle.py's entries, id(obj) -> (index, obj).
Object* m_dumps(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("dumps", nargs, kwnames, 2, 4)) return nullptr;
    int64_t proto;
    if (!is_int_exact(args[1]) || !int_as_i64(args[1], &proto) || proto < 2 || proto > 5) {
        err_clear();
        return newref(None);
    }
    Object* memo_dict = nargs > 2 && args[2] != None ? args[2] : nullptr;
    if (memo_dict && (!is_dict_exact(memo_dict) || dict_size(memo_dict) != 0)) return newref(None);
    bool chunks = nargs > 3 && args[3] == True;
    Pickler p;
    p.proto = int(proto);
    ThreadState* t = ts();
    p.levels_left = std::min(t->recursion_limit - (t->recursion_depth - kCallerFrames), kMaxNativeLevels);
    p.out.reserve(256);
    p.op(kProto);
    p.op(uint8_t(proto));
    if (proto >= 4) {
        p.framing = true;
        p.open_frame();
    }
    if (!p.save(args[0])) return newref(None);
    p.op(kStop);
    if (p.framing) p.commit_frame();
    Ref<> result;
    if (chunks) {
        result = Ref<>::steal(list_new(0));
        if (!result) return nullptr;
        size_t from = 0;
        p.flush_points.push_back(p.out.size());
        for (size_t to : p.flush_points) {
            if (to == from) continue;
            Ref<> piece = Ref<>::steal(bytes_from(std::string_view(p.out).substr(from, to - from)));
            if (!piece || list_append(result.get(), piece.get()) < 0) return nullptr;
            from = to;
        }
    } else {
        result = Ref<>::steal(bytes_from(p.out));
        if (!result) return nullptr;
    }
    if (memo_dict) {
        for (size_t i = 0; i < p.memoized.size(); ++i) {
            Object* o = p.memoized[i];
            Ref<> id = Ref<>::steal(int_from_u64(uint64_t(reinterpret_cast<uintptr_t>(o))));
            Ref<> index = Ref<>::steal(int_from_i64(int64_t(i)));
            if (!id || !index) return nullptr;
            Ref<> entry = Ref<>::steal(tuple_pack({index.get(), o}));
            if (!entry || dict_setitem(memo_dict, id.get(), entry.get()) < 0) return nullptr;
        }
    }
    return result.release();
}

// ---- Unpickling ----

// One loads() call: a value stack with MARK positions, and the memo. All references owned.
struct Unpickler {
    const unsigned char* p;
    const unsigned char* end;
    std::vector<Object*> stack;
    std::vector<size_t> marks;      // stack sizes at each open MARK
    std::vector<Object*> memo;      // null where no entry
    size_t memo_count = 0;          // entries present (MEMOIZE numbers the next one so)
    // Reading a file (pickle.load) reads each frame whole: the file ends up after the furthest
    // frame end or after STOP, whichever is later.
    const unsigned char* frames_end = nullptr;

    ~Unpickler() {
        for (Object* o : stack) decref(o);
        for (Object* o : memo) xdecref(o);
    }

    size_t floor() const { return marks.empty() ? 0 : marks.back(); }
    bool push(Object* o) {   // steals o; false when o is null (an error is pending)
        if (!o) return false;
        stack.push_back(o);
        return true;
    }
    // Top of the current (since the last MARK) stack, borrowed; null when it is empty.
    Object* top() const { return stack.size() > floor() ? stack.back() : nullptr; }
    Object* pop() {   // new reference owned by the caller, null when empty
        if (stack.size() <= floor()) return nullptr;
        Object* o = stack.back();
        stack.pop_back();
        return o;
    }
    bool read(size_t n, const unsigned char** out) {
        if (size_t(end - p) < n) return false;
        *out = p;
        p += n;
        return true;
    }
    bool read_u32(uint32_t* v) {
        const unsigned char* b;
        if (!read(4, &b)) return false;
        *v = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
        return true;
    }
    bool read_u64(uint64_t* v) {
        const unsigned char* b;
        if (!read(8, &b)) return false;
        *v = 0;
        for (int i = 7; i >= 0; --i) *v = (*v << 8) | b[i];
        return true;
    }
    bool memo_put(size_t index) {
        Object* t = top();
        if (!t) return false;
        if (index >= memo.size()) {
            if (index > memo.size() + (1u << 20)) return false;   // absurd indexes: pickle.py
            memo.resize(index + 1, nullptr);
        }
        if (!memo[index]) ++memo_count;
        setref(memo[index], newref(t));
        return true;
    }
    bool memo_get(size_t index) {
        if (index >= memo.size() || !memo[index]) return false;
        return push(newref(memo[index]));
    }
    bool push_str(size_t n) {
        const unsigned char* b;
        if (!read(n, &b)) return false;
        std::string_view s(reinterpret_cast<const char*>(b), n);
        if (!utf8_is_ascii(s) && (!utf8_is_valid(s) || has_surrogate(s))) return false;
        return push(str_from(s));
    }
    bool push_bytes(size_t n, bool bytearray) {
        const unsigned char* b;
        if (!read(n, &b)) return false;
        std::string_view s(reinterpret_cast<const char*>(b), n);
        return push(bytearray ? bytearray_from(s) : bytes_from(s));
    }
    bool push_long(size_t n) {
        const unsigned char* b;
        if (!read(n, &b)) return false;
        if (n == 0) return push(int_from_i64(0));
        if (n <= 8) {
            uint64_t v = 0;
            for (size_t i = n; i-- > 0;) v = (v << 8) | b[i];
            if (n < 8 && (b[n - 1] & 0x80)) v |= ~uint64_t(0) << (8 * n);   // sign-extend
            return push(int_from_i64(int64_t(v)));
        }
        Mpz x;
        mpz_import(x.v, n, -1, 1, -1, 0, b);
        if (b[n - 1] & 0x80) {
            Mpz twos;
            mpz_ui_pow_ui(twos.v, 2, 8 * n);
            mpz_sub(x.v, x.v, twos.v);
        }
        return push(int_from_mpz(x.v));
    }
    // The items since the last MARK as a new tuple; the MARK is closed.
    Object* pop_mark_tuple() {
        if (marks.empty()) return nullptr;
        size_t from = marks.back();
        marks.pop_back();
        Object* t = tuple_new(ssize(stack.size() - from));
        if (!t) return nullptr;
        for (size_t i = from; i < stack.size(); ++i) tuple_items(t)[i - from] = stack[i];   // moves
        stack.resize(from);
        return t;
    }
    // Runs the opcodes to STOP: the loaded object, or null (error pending or not) to decline.
    Object* load();
};

Object* Unpickler::load() {
    for (;;) {
        if (p >= end) return nullptr;
        unsigned char code = *p++;
        const unsigned char* b;
        uint32_t u32;
        uint64_t u64;
        switch (code) {
            case kProto:
                if (!read(1, &b) || b[0] > 5) return nullptr;
                break;
            case kFrame:
                if (!read_u64(&u64) || u64 > uint64_t(end - p)) return nullptr;
                frames_end = std::max(frames_end, p + u64);
                break;
            case kNone: stack.push_back(newref(None)); break;
            case kNewTrue: stack.push_back(newref(True)); break;
            case kNewFalse: stack.push_back(newref(False)); break;
            case kBinInt1:
                if (!read(1, &b) || !push(int_from_i64(b[0]))) return nullptr;
                break;
            case kBinInt2:
                if (!read(2, &b) || !push(int_from_i64(b[0] | b[1] << 8))) return nullptr;
                break;
            case kBinInt:
                if (!read_u32(&u32) || !push(int_from_i64(int32_t(u32)))) return nullptr;
                break;
            case kLong1:
                if (!read(1, &b) || !push_long(b[0])) return nullptr;
                break;
            case kLong4:
                if (!read_u32(&u32) || int32_t(u32) < 0 || !push_long(u32)) return nullptr;
                break;
            case kBinFloat: {
                if (!read(8, &b)) return nullptr;
                uint64_t bits = 0;
                for (int i = 0; i < 8; ++i) bits = (bits << 8) | b[i];
                double d;
                std::memcpy(&d, &bits, 8);
                if (!push(float_from(d))) return nullptr;
                break;
            }
            case kShortBinUnicode:
                if (!read(1, &b) || !push_str(b[0])) return nullptr;
                break;
            case kBinUnicode:
                if (!read_u32(&u32) || !push_str(u32)) return nullptr;
                break;
            case kBinUnicode8:
                if (!read_u64(&u64) || u64 > uint64_t(end - p) || !push_str(size_t(u64))) return nullptr;
                break;
            case kShortBinBytes:
                if (!read(1, &b) || !push_bytes(b[0], false)) return nullptr;
                break;
            case kBinBytes:
                if (!read_u32(&u32) || !push_bytes(u32, false)) return nullptr;
                break;
            case kBinBytes8:
                if (!read_u64(&u64) || u64 > uint64_t(end - p) || !push_bytes(size_t(u64), false)) return nullptr;
                break;
            case kByteArray8:
                if (!read_u64(&u64) || u64 > uint64_t(end - p) || !push_bytes(size_t(u64), true)) return nullptr;
                break;
            case kEmptyTuple:
                if (!push(tuple_new(0))) return nullptr;
                break;
            case kTuple1: case kTuple2: case kTuple3: {
                size_t n = code - kTuple1 + 1;
                if (stack.size() < floor() + n) return nullptr;
                Object* t = tuple_new(ssize(n));
                if (!t) return nullptr;
                size_t from = stack.size() - n;
                for (size_t i = 0; i < n; ++i) tuple_items(t)[i] = stack[from + i];   // moves
                stack.resize(from);
                stack.push_back(t);
                break;
            }
            case kTuple:
                if (!push(pop_mark_tuple())) return nullptr;
                break;
            case kEmptyList:
                if (!push(list_new(0))) return nullptr;
                break;
            case kEmptyDict:
                if (!push(dict_new())) return nullptr;
                break;
            case kEmptySet:
                if (!push(set_new(nullptr))) return nullptr;
                break;
            case kList: {
                if (marks.empty()) return nullptr;
                size_t from = marks.back();
                marks.pop_back();
                Object* l = list_new(ssize(stack.size() - from));
                if (!l) return nullptr;
                for (size_t i = from; i < stack.size(); ++i) static_cast<ListObject*>(l)->items[i - from] = stack[i];
                stack.resize(from);
                stack.push_back(l);
                break;
            }
            case kDict: {
                if (marks.empty() || (stack.size() - marks.back()) % 2) return nullptr;
                Object* d = dict_new();
                if (!d) return nullptr;
                size_t from = marks.back();
                stack.push_back(d);   // owned by the stack while it fills
                for (size_t i = from; i + 1 < stack.size(); i += 2)
                    if (dict_setitem(d, stack[i], stack[i + 1]) < 0) return nullptr;
                stack.pop_back();
                marks.pop_back();
                for (size_t i = from; i < stack.size(); ++i) decref(stack[i]);
                stack.resize(from);
                stack.push_back(d);
                break;
            }
            case kFrozenSet: {
                Ref<> items = Ref<>::steal(pop_mark_tuple());
                if (!items || !push(frozenset_new(items.get()))) return nullptr;
                break;
            }
            case kAppend: {
                if (stack.size() < floor() + 2 || !is_list_exact(stack[stack.size() - 2])) return nullptr;
                Ref<> value = Ref<>::steal(pop());
                if (list_append(stack.back(), value.get()) < 0) return nullptr;
                break;
            }
            case kAppends: case kSetItems: case kAddItems: {
                if (marks.empty()) return nullptr;
                size_t from = marks.back();
                if (from == 0 || (marks.size() > 1 && from == marks[marks.size() - 2])) return nullptr;
                Object* target = stack[from - 1];
                size_t n = stack.size() - from;
                if (code == kAppends) {
                    if (!is_list_exact(target)) return nullptr;
                    for (size_t i = from; i < stack.size(); ++i)
                        if (list_append(target, stack[i]) < 0) return nullptr;
                } else if (code == kSetItems) {
                    if (!is_dict_exact(target) || n % 2) return nullptr;
                    for (size_t i = from; i < stack.size(); i += 2)
                        if (dict_setitem(target, stack[i], stack[i + 1]) < 0) return nullptr;
                } else {
                    if (target->type != &SetType) return nullptr;
                    for (size_t i = from; i < stack.size(); ++i)
                        if (set_add(target, stack[i]) < 0) return nullptr;
                }
                marks.pop_back();
                for (size_t i = from; i < stack.size(); ++i) decref(stack[i]);
                stack.resize(from);
                break;
            }
            case kSetItem: {
                if (stack.size() < floor() + 3 || !is_dict_exact(stack[stack.size() - 3])) return nullptr;
                Object* d = stack[stack.size() - 3];
                if (dict_setitem(d, stack[stack.size() - 2], stack.back()) < 0) return nullptr;
                decref(stack.back());
                decref(stack[stack.size() - 2]);
                stack.resize(stack.size() - 2);
                break;
            }
            case kMark:
                marks.push_back(stack.size());
                break;
            case kPop:
                if (stack.size() > floor()) {
                    decref(stack.back());
                    stack.pop_back();
                } else if (!marks.empty()) {
                    marks.pop_back();
                } else {
                    return nullptr;
                }
                break;
            case kPopMark: {
                if (marks.empty()) return nullptr;
                size_t from = marks.back();
                marks.pop_back();
                for (size_t i = from; i < stack.size(); ++i) decref(stack[i]);
                stack.resize(from);
                break;
            }
            case kDup: {
                Object* t = top();
                if (!t) return nullptr;
                stack.push_back(newref(t));
                break;
            }
            case kBinGet:
                if (!read(1, &b) || !memo_get(b[0])) return nullptr;
                break;
            case kLongBinGet:
                if (!read_u32(&u32) || !memo_get(u32)) return nullptr;
                break;
            case kBinPut:
                if (!read(1, &b) || !memo_put(b[0])) return nullptr;
                break;
            case kLongBinPut:
                if (!read_u32(&u32) || !memo_put(u32)) return nullptr;
                break;
            case kMemoize:
                if (!memo_put(memo_count)) return nullptr;
                break;
            case kStop:
                return pop();
            default:
                return nullptr;   // a text opcode, a class, a reduce, a bad key: pickle.py
        }
    }
}

// loads(data, declined): the object data pickles, or `declined` when pickle.py must load it.
Object* m_loads(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("loads", nargs, kwnames, 2, 2)) return nullptr;
    Object* data = args[0];
    if (data->type != &BytesType && data->type != &ByteArrayType) return newref(args[1]);
    std::string_view view = bytes_like_view(data);
    Unpickler u;
    // A bytearray's buffer is stable: nothing below runs Python code that could resize it.
    u.p = reinterpret_cast<const unsigned char*>(view.data());
    u.end = u.p + view.size();
    Object* result = u.load();
    if (!result) {
        err_clear();
        return newref(args[1]);
    }
    return result;
}

// load_at(buffer, start, declined): (obj, end) for the pickle at byte `start` of a file's
// contents, `end` being where pickle.py's Unpickler leaves the file (the end of the frame that
// holds STOP); or `declined`.
Object* m_load_at(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("load_at", nargs, kwnames, 3, 3)) return nullptr;
    int64_t start;
    BytesLike hold;
    if (!is_int_exact(args[1]) || !int_as_i64(args[1], &start) || start < 0 || !hold.acquire(args[0])) {
        err_clear();
        return newref(args[2]);
    }
    std::string_view view = hold.data();
    if (size_t(start) > view.size()) return newref(args[2]);
    Unpickler u;
    u.p = reinterpret_cast<const unsigned char*>(view.data()) + start;
    u.end = reinterpret_cast<const unsigned char*>(view.data()) + view.size();
    Ref<> result = Ref<>::steal(u.load());
    if (!result) {
        err_clear();
        return newref(args[2]);
    }
    const unsigned char* stop = std::max(u.p, u.frames_end);
    Ref<> end = Ref<>::steal(int_from_i64(int64_t(stop - reinterpret_cast<const unsigned char*>(view.data()))));
    if (!end) return nullptr;
    return tuple_pack({result.get(), end.get()});
}

const MethodDef kFunctions[] = {
    {"dumps", m_dumps},
    {"loads", m_loads},
    {"load_at", m_load_at},
    {nullptr, nullptr},
};

}  // namespace

Object* make_pickle_accel_module() {
    Object* m = module_new("_pickle_accel");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
