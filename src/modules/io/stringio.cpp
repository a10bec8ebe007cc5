// _stringio: io.StringIO's whole behaviour in C++. lib/io.py declares the class (so it stays a
// subclass of io.TextIOBase and keeps IOBase's readlines/writelines/__iter__/__enter__) with one
// slot, and install() fills it with these methods; the text lives in a StringIOState held in that
// slot: UTF-8 with positions counted in code points, as CPython's UCS4 buffer counts them.
// CPython counterpart: Modules/_io/stringio.c (behaviour and messages; the code is ours).

#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace pygen {

Object* make_stringio_module();

namespace {

// The newline argument. None translates \r and \r\n to \n on write; '' keeps them but reads
// lines universally; '\r' and '\r\n' turn each written \n into themselves.
enum class Newline : uint8_t { Translate, Universal, Lf, Cr, CrLf };

// seennl bits, as IncrementalNewlineDecoder numbers them.
constexpr uint8_t kSeenLf = 1, kSeenCr = 2, kSeenCrLf = 4;

TypeObject StringIOStateType;

struct StringIOState : Object {
    std::string text;      // UTF-8 contents; constructed in place, destroyed in dealloc
    ssize length;          // code points of text (== text.size() exactly when ASCII)
    ssize pos;             // the stream position, in code points; may lie past the end
    ssize cursor_cp;       // a known (code point, byte) pair inside text, so sequential
    size_t cursor_byte;    // reads of non-ASCII text do not rescan from the start
    Newline newline;
    uint8_t seennl;        // kSeen* bits of everything written (Translate and Universal only)
    bool closed;
};

struct State {
    TypeObject* cls = nullptr;   // strong: io.StringIO (exact type takes __next__'s fast path)
    ssize offset = 0;            // the state slot's offset in StringIO instances
    Object* unsupported = nullptr;   // strong: io.UnsupportedOperation, raised by detach()
};
State g;

// ---- The buffer ----

bool is_ascii(const StringIOState* s) { return s->text.size() == size_t(s->length); }

// Byte offset of code point i (0 <= i <= length), moving the cursor there.
size_t byte_at(StringIOState* s, ssize i) {
    if (is_ascii(s)) return size_t(i);
    if (i == s->length) return s->text.size();
    const char* p = s->text.data();
    ssize cp = s->cursor_cp;
    size_t b = s->cursor_byte;
    if (i < cp && i < cp - i) { cp = 0; b = 0; }   // nearer the start than the cursor
    while (cp < i) {
        ++b;
        while ((static_cast<unsigned char>(p[b]) & 0xC0) == 0x80) ++b;
        ++cp;
    }
    while (cp > i) {
        --b;
        while ((static_cast<unsigned char>(p[b]) & 0xC0) == 0x80) --b;
        --cp;
    }
    s->cursor_cp = cp;
    s->cursor_byte = b;
    return b;
}

void set_cursor(StringIOState* s, ssize cp, size_t byte) {
    s->cursor_cp = cp;
    s->cursor_byte = byte;
}

Object* state_new(Newline newline) {
    auto* s = static_cast<StringIOState*>(alloc_object(&StringIOStateType));
    if (!s) return nullptr;
    new (&s->text) std::string();
    s->newline = newline;
    return s;
}

void state_dealloc(Object* o) {
    static_cast<StringIOState*>(o)->text.~basic_string();
    free_object(o);
}

// Records which line endings `t` holds (CPython's IncrementalNewlineDecoder bookkeeping).
uint8_t seen_newlines(std::string_view t) {
    uint8_t seen = 0;
    for (size_t i = t.find_first_of("\r\n"); i != std::string_view::npos; i = t.find_first_of("\r\n", i + 1)) {
        if (t[i] == '\n') {
            seen |= kSeenLf;
        } else if (i + 1 < t.size() && t[i + 1] == '\n') {
            seen |= kSeenCrLf;
            ++i;
        } else {
            seen |= kSeenCr;
        }
    }
    return seen;
}

// Writes str `obj` at the position. False with MemoryError.
// CPython: stringio.c, write_str (each write is decoded with final=True, so a \r ending one
// write and a \n starting the next are two line ends).
bool write_text(StringIOState* s, Object* obj) {
    std::string_view t = str_view(obj);
    ssize n = str_length(obj);
    std::string translated;
    if (s->newline == Newline::Translate || s->newline == Newline::Universal) {
        s->seennl |= seen_newlines(t);
        if (s->newline == Newline::Translate && t.find('\r') != std::string_view::npos) {
            translated.reserve(t.size());
            for (size_t i = 0; i < t.size(); ++i) {
                if (t[i] != '\r') {
                    translated += t[i];
                    continue;
                }
                translated += '\n';
                if (i + 1 < t.size() && t[i + 1] == '\n') {
                    ++i;
                    --n;
                }
            }
            t = translated;
        }
    } else if ((s->newline == Newline::Cr || s->newline == Newline::CrLf) && t.find('\n') != std::string_view::npos) {
        const char* nl = s->newline == Newline::Cr ? "\r" : "\r\n";
        for (char c : t) {
            if (c == '\n') {
                translated += nl;
                if (s->newline == Newline::CrLf) ++n;
            } else {
                translated += c;
            }
        }
        t = translated;
    }
    if (n == 0) return true;
    try {
        if (s->pos >= s->length) {
            if (s->pos > s->length) s->text.append(size_t(s->pos - s->length), '\0');
            s->text.append(t);
            s->length = s->pos + n;
            s->pos = s->length;
            set_cursor(s, s->length, s->text.size());
            return true;
        }
        size_t b0 = byte_at(s, s->pos);
        ssize end = s->pos + n < s->length ? s->pos + n : s->length;
        size_t b1 = byte_at(s, end);
        s->text.replace(b0, b1 - b0, t);
        if (s->pos + n > s->length) s->length = s->pos + n;
        s->pos += n;
        set_cursor(s, s->pos, b0 + t.size());
    } catch (const std::bad_alloc&) {
        err_no_memory();
        return false;
    } catch (const std::length_error&) {
        err_no_memory();
        return false;
    }
    return true;
}

// The text of code points [from, to) (from <= to <= length); moves the cursor to `to`.
Object* slice(StringIOState* s, ssize from, ssize to) {
    size_t b0 = byte_at(s, from);
    size_t b1 = byte_at(s, to);
    return str_from_known(std::string_view(s->text).substr(b0, b1 - b0), to - from);
}

// One line of at most `limit` code points (negative: no limit) from the position.
// CPython: stringio.c, _stringio_readline, and textio.c, _PyIO_find_line_ending.
Object* read_line(StringIOState* s, ssize limit) {
    if (s->pos >= s->length) return str_empty();
    ssize avail = s->length - s->pos;
    if (limit < 0 || limit > avail) limit = avail;
    size_t b0 = byte_at(s, s->pos);
    size_t bend = byte_at(s, s->pos + limit);
    std::string_view region = std::string_view(s->text).substr(b0, bend - b0);
    size_t cut = std::string_view::npos;   // bytes of region in the line
    switch (s->newline) {
    case Newline::Translate:
    case Newline::Lf: {
        size_t i = region.find('\n');
        if (i != std::string_view::npos) cut = i + 1;
        break;
    }
    case Newline::Cr: {
        size_t i = region.find('\r');
        if (i != std::string_view::npos) cut = i + 1;
        break;
    }
    case Newline::CrLf: {
        size_t i = region.find("\r\n");
        if (i != std::string_view::npos) cut = i + 2;
        break;
    }
    case Newline::Universal: {
        size_t i = region.find_first_of("\r\n");
        if (i != std::string_view::npos)
            cut = region[i] == '\r' && i + 1 < region.size() && region[i + 1] == '\n' ? i + 2 : i + 1;
        break;
    }
    }
    ssize n = limit;
    if (cut != std::string_view::npos) {
        region = region.substr(0, cut);
        n = is_ascii(s) ? ssize(cut) : utf8_count(region);
    }
    Object* line = str_from_known(region, n);
    if (!line) return nullptr;
    s->pos += n;
    set_cursor(s, s->pos, b0 + region.size());
    return line;
}

// ---- Access to the state ----

Object*& slot_of(Object* self) { return *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + g.offset); }

// The state of an initialized StringIO, else null with CPython's ValueError.
StringIOState* state_of(Object* self) {
    Object* st = slot_of(self);
    if (!st || st->type != &StringIOStateType) {
        err_set_string(ValueError, "I/O operation on uninitialized object");
        return nullptr;
    }
    return static_cast<StringIOState*>(st);
}

// The state of an initialized, open StringIO (CHECK_INITIALIZED then CHECK_CLOSED).
StringIOState* open_state(Object* self) {
    StringIOState* s = state_of(self);
    if (s && s->closed) {
        err_set_string(ValueError, "I/O operation on closed file");
        return nullptr;
    }
    return s;
}

// CPython's _Py_convert_optional_to_ssize_t: None keeps the default.
bool optional_ssize(Object* o, ssize* out) {
    if (o == None) return true;
    if (!is_int(o) && !o->type->nb_index) {
        err_format(TypeError, "argument should be integer or None, not '%s'", type_name(o));
        return false;
    }
    ssize v = number_as_ssize(o, OverflowError);
    if (v == -1 && err_occurred()) return false;
    *out = v;
    return true;
}

// A Py_ssize_t argument (seek's position): index, then "Python int too large to convert to C ssize_t".
bool ssize_arg(Object* o, ssize* out) {
    if (is_int(o)) return int_as_ssize(o, out);
    if (!o->type->nb_index) {
        err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    Ref<> i = Ref<>::steal(number_index(o));
    return i && int_as_ssize(i.get(), out);
}

// ---- Methods ----

// Sets up self's state from initial_value and newline. CPython: stringio.c, _io_StringIO___init___impl.
bool init_state(Object* self, Object* value, Object* newline_obj) {
    Newline nl = Newline::Lf;
    if (newline_obj && newline_obj != None) {
        if (!is_str(newline_obj)) {
            err_format(TypeError, "newline must be str or None, not %s", type_name(newline_obj));
            return false;
        }
        std::string_view v = str_view(newline_obj);
        if (v.empty()) nl = Newline::Universal;
        else if (v == "\n") nl = Newline::Lf;
        else if (v == "\r") nl = Newline::Cr;
        else if (v == "\r\n") nl = Newline::CrLf;
        else {
            Ref<> r = Ref<>::steal(object_repr(newline_obj));
            if (r) err_format(ValueError, "illegal newline value: %s", str_cstr(r.get()));
            return false;
        }
    } else if (newline_obj == None) {
        nl = Newline::Translate;
    }
    if (value && value != None && !is_str(value)) {
        err_format(TypeError, "initial_value must be str or None, not %s", type_name(value));
        return false;
    }
    Ref<> st = Ref<>::steal(state_new(nl));
    if (!st) return false;
    auto* s = static_cast<StringIOState*>(st.get());
    if (value && value != None && str_length(value) > 0) {
        if (!write_text(s, value)) return false;
        s->pos = 0;
    }
    Object* old = slot_of(self);
    slot_of(self) = st.release();
    xdecref(old);
    return true;
}

const char* const kInitNames[] = {"initial_value", "newline"};

Object* sio_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {nullptr, nullptr};
    if (!bind_args(ArgSpec{"StringIO", kInitNames, 2}, args, nargs, kwnames, a)) return nullptr;
    if (!init_state(self, a[0], a[1])) return nullptr;
    return newref(None);
}

Object* sio_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("StringIO.write", nargs, kwnames)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    Object* obj = args[0];
    if (!is_str(obj)) return err_format(TypeError, "string argument expected, got '%s'", type_name(obj));
    ssize n = str_length(obj);
    if (n > 0 && !write_text(s, obj)) return nullptr;
    return int_from_i64(n);
}

Object* sio_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("read", nargs, kwnames, 0, 1)) return nullptr;
    ssize size = -1;
    if (nargs > 0 && !optional_ssize(args[0], &size)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    ssize avail = s->length - s->pos;
    if (size < 0 || size > avail) size = avail < 0 ? 0 : avail;
    if (size == 0) return str_empty();
    Object* r = slice(s, s->pos, s->pos + size);
    if (r) s->pos += size;
    return r;
}

Object* sio_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("readline", nargs, kwnames, 0, 1)) return nullptr;
    ssize size = -1;
    if (nargs > 0 && !optional_ssize(args[0], &size)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    return read_line(s, size);
}

// The iterator slot of exact StringIOs; subclasses go through their readline().
// CPython: stringio.c, stringio_iternext.
Object* sio_next(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.__next__", nargs, kwnames)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    Ref<> line;
    if (self->type == g.cls) {
        line = Ref<>::steal(read_line(s, -1));
    } else {
        line = Ref<>::steal(call_method0(self, "readline"));
        if (line && !is_str(line.get()))
            return err_format(OSError, "readline() should have returned a str object, not '%s'", type_name(line.get()));
    }
    if (!line) return nullptr;
    if (str_length(line.get()) == 0) return err_set_object(StopIteration, nullptr);
    return line.release();
}

Object* sio_getvalue(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.getvalue", nargs, kwnames)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    return str_from_known(s->text, s->length);
}

Object* sio_tell(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.tell", nargs, kwnames)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    return int_from_i64(s->pos);
}

Object* sio_seek(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("seek", nargs, kwnames, 1, 2)) return nullptr;
    ssize pos = 0;
    if (!ssize_arg(args[0], &pos)) return nullptr;
    ssize whence = 0;
    if (nargs > 1) {
        int64_t w;
        if (!index_as_i64(args[1], &w, "int")) return nullptr;
        if (w > INT32_MAX || w < INT32_MIN)
            return err_set_string(OverflowError, w > 0 ? "signed integer is greater than maximum"
                                                        : "signed integer is less than minimum");
        whence = ssize(w);
    }
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    if (whence != 0 && whence != 1 && whence != 2)
        return err_format(ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0) return err_format(ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0) return err_set_string(OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->length;
    s->pos = pos;
    return int_from_i64(pos);
}

Object* sio_truncate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("truncate", nargs, kwnames, 0, 1)) return nullptr;
    // The default is read before the state is checked, as Argument Clinic's c_default does.
    Object* st = slot_of(self);
    ssize size = st && st->type == &StringIOStateType ? static_cast<StringIOState*>(st)->pos : 0;
    if (nargs > 0 && !optional_ssize(args[0], &size)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    if (size < 0) return err_format(ValueError, "Negative size value %zd", size);
    if (size < s->length) {
        s->text.resize(byte_at(s, size));
        s->length = size;
        set_cursor(s, 0, 0);
    }
    return int_from_i64(size);
}

Object* true_if_open(Object* self, size_t nargs, Object* kwnames, const char* name) {
    if (!check_no_args(name, nargs, kwnames)) return nullptr;
    if (!open_state(self)) return nullptr;
    return newref(True);
}
Object* sio_readable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return true_if_open(self, nargs, kwnames, "StringIO.readable");
}
Object* sio_writable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return true_if_open(self, nargs, kwnames, "StringIO.writable");
}
Object* sio_seekable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return true_if_open(self, nargs, kwnames, "StringIO.seekable");
}

// close() frees the text; it needs no initialized state (CPython sets the flag either way, and
// an uninitialized object stays uninitialized).
Object* sio_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.close", nargs, kwnames)) return nullptr;
    Object* st = slot_of(self);
    if (st && st->type == &StringIOStateType) {
        auto* s = static_cast<StringIOState*>(st);
        s->closed = true;
        std::string().swap(s->text);
        s->length = 0;
        set_cursor(s, 0, 0);
    }
    return newref(None);
}

// IOBase's finalizer: close() an open stream, ignoring what it raises. Closing an exact
// StringIO only frees its text, which dealloc does anyway, so only subclasses (whose close()
// may be their own) are called. CPython: iobase.c, iobase_finalize.
Object* sio_del(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.__del__", nargs, kwnames)) return nullptr;
    Object* st = slot_of(self);
    if (self->type != g.cls && st && st->type == &StringIOStateType && !static_cast<StringIOState*>(st)->closed) {
        Object* res = call_method0(self, "close");
        if (res) decref(res);
        else err_clear();
    }
    return newref(None);
}

// (value, newline, position, __dict__ copy or None). CPython: stringio.c, stringio_getstate.
Object* sio_getstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.__getstate__", nargs, kwnames)) return nullptr;
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    Ref<> value = Ref<>::steal(str_from_known(s->text, s->length));
    if (!value) return nullptr;
    const char* nl = nullptr;
    switch (s->newline) {
    case Newline::Translate: break;
    case Newline::Universal: nl = ""; break;
    case Newline::Lf: nl = "\n"; break;
    case Newline::Cr: nl = "\r"; break;
    case Newline::CrLf: nl = "\r\n"; break;
    }
    Ref<> newline = Ref<>::steal(nl ? str_from_cstr(nl) : newref(None));
    Ref<> pos = Ref<>::steal(int_from_i64(s->pos));
    if (!newline || !pos) return nullptr;
    Ref<> dict;
    if (object_dict_ptr(self)) {
        Ref<> d = Ref<>::steal(generic_get_dict(self));
        if (!d) return nullptr;
        if (is_dict(d.get()) && dict_size(d.get()) > 0) {
            dict = Ref<>::steal(dict_copy(d.get()));
            if (!dict) return nullptr;
        }
    }
    return tuple_pack({value.get(), newline.get(), pos.get(), dict ? dict.get() : None});
}

// Restores what __getstate__ gave, the value verbatim (its newlines were translated once
// already). CPython: stringio.c, stringio_setstate.
Object* sio_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("StringIO.__setstate__", nargs, kwnames)) return nullptr;
    Object* st = slot_of(self);
    if (st && st->type == &StringIOStateType && static_cast<StringIOState*>(st)->closed)
        return err_set_string(ValueError, "I/O operation on closed file");
    Object* state = args[0];
    if (!is_tuple(state) || tuple_size(state) < 4)
        return err_format(TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", "_io.StringIO",
                          type_name(state));
    if (!init_state(self, tuple_item(state, 0), tuple_item(state, 1))) return nullptr;
    auto* s = static_cast<StringIOState*>(slot_of(self));
    Object* value = tuple_item(state, 0);
    if (!is_str(value)) return err_set_string(TypeError, "bad argument type for built-in operation");
    s->text.assign(str_view(value));
    s->length = str_length(value);
    set_cursor(s, 0, 0);
    Object* pos = tuple_item(state, 2);
    if (!is_int(pos)) return err_format(TypeError, "third item of state must be an integer, got %s", type_name(pos));
    ssize p;
    if (!int_as_ssize(pos, &p)) return nullptr;
    if (p < 0) return err_set_string(ValueError, "position value cannot be negative");
    s->pos = p;
    Object* dict = tuple_item(state, 3);
    if (dict != None) {
        if (!is_dict(dict)) return err_format(TypeError, "fourth item of state should be a dict, got a %s", type_name(dict));
        Ref<> own = Ref<>::steal(generic_get_dict(self));
        if (!own || dict_update(own.get(), dict) < 0) return nullptr;
    }
    return newref(None);
}

Object* sio_detach(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("StringIO.detach", nargs, kwnames)) return nullptr;
    Ref<> msg = Ref<>::steal(str_from_cstr("detach"));
    if (!msg) return nullptr;
    Ref<> exc = Ref<>::steal(call1(g.unsupported, msg.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

Object* get_closed(Object* self) {
    StringIOState* s = state_of(self);
    if (!s) return nullptr;
    return newref(s->closed ? True : False);
}

Object* get_line_buffering(Object* self) {
    if (!open_state(self)) return nullptr;
    return newref(False);
}

// CPython keeps these in a decoder only when reading universally (newline None or '').
Object* get_newlines(Object* self) {
    StringIOState* s = open_state(self);
    if (!s) return nullptr;
    if (s->newline != Newline::Translate && s->newline != Newline::Universal) return newref(None);
    Object* lf = nullptr;
    Object* cr = nullptr;
    Object* crlf = nullptr;
    Ref<> a = Ref<>::steal(str_from_cstr("\n")), b = Ref<>::steal(str_from_cstr("\r")),
          c = Ref<>::steal(str_from_cstr("\r\n"));
    if (!a || !b || !c) return nullptr;
    lf = a.get();
    cr = b.get();
    crlf = c.get();
    switch (s->seennl) {
    case 0: return newref(None);
    case kSeenLf: return newref(lf);
    case kSeenCr: return newref(cr);
    case kSeenCr | kSeenLf: return tuple_pack({cr, lf});
    case kSeenCrLf: return newref(crlf);
    case kSeenLf | kSeenCrLf: return tuple_pack({lf, crlf});
    case kSeenCr | kSeenCrLf: return tuple_pack({cr, crlf});
    default: return tuple_pack({cr, lf, crlf});
    }
}

const MethodDef kMethods[] = {
    {"__init__", sio_init},
    {"write", sio_write},
    {"read", sio_read},
    {"readline", sio_readline},
    {"__next__", sio_next},
    {"getvalue", sio_getvalue},
    {"tell", sio_tell},
    {"seek", sio_seek},
    {"truncate", sio_truncate},
    {"readable", sio_readable},
    {"writable", sio_writable},
    {"seekable", sio_seekable},
    {"close", sio_close},
    {"__getstate__", sio_getstate},
    {"__setstate__", sio_setstate},
    {"detach", sio_detach},
    {"__del__", sio_del},
};

const GetSetDef kGetSets[] = {
    {"closed", get_closed},
    {"line_buffering", get_line_buffering},
    {"newlines", get_newlines},
};

void reset_state() { g = State(); }

// install(StringIO, UnsupportedOperation): StringIO declares one slot, `_stringio_state`; its
// methods become ours.
Object* m_install(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("install", nargs, kwnames, 2, 2)) return nullptr;
    if (!is_type(args[0])) return err_set_string(TypeError, "install(StringIO, UnsupportedOperation)");
    auto* cls = static_cast<TypeObject*>(args[0]);
    Object* descr = dict_getitem_str(cls->dict, "_stringio_state");
    ssize offset;
    if (!descr || !member_descr_offset(descr, cls, &offset)) {
        if (!err_occurred()) err_set_string(TypeError, "StringIO has no slot _stringio_state");
        return nullptr;
    }
    if (!type_has(&StringIOStateType, kTypeReady)) {
        StringIOStateType.name = "_stringio.state";
        StringIOStateType.basicsize = sizeof(StringIOState);
        StringIOStateType.dealloc = state_dealloc;
        if (!type_ready(&StringIOStateType)) return nullptr;
    }
    for (const MethodDef& def : kMethods) {
        Ref<> m = Ref<>::steal(method_descr_new(cls, &def));
        if (!m || object_setattr_str(cls, def.name, m.get()) < 0) return nullptr;
    }
    for (const GetSetDef& def : kGetSets) {
        Ref<> d = Ref<>::steal(getset_descr_new(cls, &def));
        if (!d || object_setattr_str(cls, def.name, d.get()) < 0) return nullptr;
    }
    runtime_on_teardown(reset_state);
    runtime_slot(&g.cls);
    runtime_slot(&g.unsupported);
    Object* old = g.cls;
    g.cls = static_cast<TypeObject*>(newref(cls));
    xdecref(old);
    setref(g.unsupported, newref(args[1]));
    g.offset = offset;
    return newref(None);
}

const MethodDef kFunctions[] = {
    {"install", m_install},
    {nullptr, nullptr},
};

}  // namespace

Object* make_stringio_module() {
    Object* m = module_new("_stringio");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
