// A minimal text-file type ("_io.TextIOWrapper") behind sys.stdin/stdout/stderr and open():
// UTF-8 text over a file descriptor, stdout buffered in-process (flushed at exit, when full, at a
// newline on a tty, and before anything goes to stderr), stderr written through. No seeking, no
// newline translation: the rest of the io module (lib/io.py) is out of scope.
// Each stream's binary layer (sys.stdout.buffer, "_io.BufferedWriter"/"_io.BufferedReader", or
// "_io.FileIO" under -u as in CPython) shares the text stream's byte buffers, so text and bytes
// written in turn reach the descriptor in the order they were written.
// CPython counterparts: Modules/_io/textio.c, Modules/_io/fileio.c (only the behaviour used here).

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "modules/builtins_args.h"
#include "vm/runtime.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/import.h"

namespace pygen {

TypeObject TextIOWrapperType;

namespace {

constexpr size_t kFlushThresholdBytes = 8192;

struct TextFileObject : Object {
    int fd;                // the descriptor; stays valid until close()
    bool is_closed;
    bool is_readable;
    bool is_writable;
    bool is_line_buffered; // flush after each write containing '\n' (stdout on a tty)
    bool is_write_through; // no buffering at all (stderr)
    bool owns_fd;          // close(fd) on close(); false for the standard streams
    Object* name;          // strong: '<stdout>' or the path given to open()
    Object* mode;          // strong str: 'r', 'w', ...
    const char* encoding;  // static text
    const char* errors;    // static text
    std::string* wbuf;     // owned: output not yet written to fd
    std::string* rbuf;     // owned: bytes read from fd but not yet returned
    Object* buffer;        // borrowed: the live binary layer, cleared when it goes (it holds us)
};

// The binary layer of a standard stream: its bytes go through the text stream's buffers.
struct StdBufferObject : Object {
    TextFileObject* text;  // strong
};

TypeObject StdBufferedWriterType;   // "_io.BufferedWriter": stdout and stderr
TypeObject StdBufferedReaderType;   // "_io.BufferedReader": stdin
TypeObject StdFileIOType;           // "_io.FileIO": stdout and stderr under -u (unbuffered)

TextFileObject* as_file(Object* o) { return static_cast<TextFileObject*>(o); }

bool g_unbuffered_stdout = false;   // -u / PYTHONUNBUFFERED: stdout written through like stderr
TextFileObject* g_stdout = nullptr;   // strong, lives until exit so the atexit flush can reach it

Object* raise_os_error(int errnum, Object* filename) {
    TypeObject* type = OSError;
    switch (errnum) {
        case ENOENT: type = FileNotFoundError; break;
        case EACCES: case EPERM: type = PermissionError; break;
        case EEXIST: type = FileExistsError; break;
        case EISDIR: type = IsADirectoryError; break;
        case ENOTDIR: type = NotADirectoryError; break;
        case EPIPE: type = BrokenPipeError; break;
        case EINTR: type = InterruptedError; break;
        default: break;
    }
    Ref<> code = Ref<>::steal(int_from_i64(errnum));
    Ref<> message = Ref<>::steal(str_from_cstr(std::strerror(errnum)));
    if (!code || !message) return nullptr;
    Object* args[3] = {code.get(), message.get(), filename};
    Object* exc = exception_new(type, args, filename ? 3 : 2);
    if (!exc) return nullptr;
    err_set_instance(exc);
    decref(exc);
    return nullptr;
}

// Writes all of data to fd, retrying on EINTR and short writes. 0 ok, -1 with errno set.
int write_all(int fd, const char* data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return 0;
}

int flush_buffer(TextFileObject* f) {
    if (!f->wbuf || f->wbuf->empty()) return 0;
    std::string pending;
    pending.swap(*f->wbuf);
    if (write_all(f->fd, pending.data(), pending.size()) < 0) {
        raise_os_error(errno, nullptr);
        return -1;
    }
    return 0;
}

Object* closed_error() { return err_set_string(ValueError, "I/O operation on closed file."); }

// Replaces bytes that are not valid UTF-8 with U+FFFD so the text can become a str.
std::string sanitize_utf8(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    size_t i = 0;
    while (i < in.size()) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = len > 0 && i + len <= in.size();
        for (size_t k = 1; ok && k < len; k++) ok = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
        if (ok && len == 2) ok = c >= 0xC2;
        if (ok && len == 3) {
            unsigned char c1 = static_cast<unsigned char>(in[i + 1]);
            uint32_t cp = ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (static_cast<unsigned char>(in[i + 2]) & 0x3Fu);
            ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (ok && len == 4) {
            uint32_t cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(in[i + 1]) & 0x3Fu) << 12);
            ok = cp >= 0x10000 && cp <= 0x10FFFF;
        }
        if (ok) {
            out.append(in.substr(i, len));
            i += len;
        } else {
            out.append("\xEF\xBF\xBD");
            i += 1;
        }
    }
    return out;
}

// Reads more bytes into rbuf. Returns the count read (0 at end of file) or -1 with an exception.
ssize fill_read_buffer(TextFileObject* f) {
    if (f->fd == 0) sys_flush_stdout();   // a prompt written to stdout must show before we block
    char chunk[4096];
    for (;;) {
        ssize_t n = ::read(f->fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            raise_os_error(errno, nullptr);
            return -1;
        }
        f->rbuf->append(chunk, static_cast<size_t>(n));
        return n;
    }
}

Object* take_text(TextFileObject* f, size_t byte_count) {
    std::string text = sanitize_utf8(std::string_view(*f->rbuf).substr(0, byte_count));
    f->rbuf->erase(0, byte_count);
    return str_from(text);
}

bool check_readable(TextFileObject* f) {
    if (f->is_closed) { closed_error(); return false; }
    if (!f->is_readable) { err_set_string(OSError, "not readable"); return false; }
    return true;
}

Object* new_text_file(int fd, Object* name, const char* mode, const char* encoding, const char* errors) {
    auto* f = static_cast<TextFileObject*>(alloc_object(&TextIOWrapperType));
    if (!f) return nullptr;
    f->fd = fd;
    f->name = newref(name);
    f->mode = str_from_cstr(mode);
    f->encoding = encoding;
    f->errors = errors;
    f->wbuf = new std::string();
    f->rbuf = new std::string();
    if (!f->mode) {
        decref(f);
        return nullptr;
    }
    return f;
}

// ---- Slots ----

void textfile_dealloc(Object* o) {
    TextFileObject* f = as_file(o);
    if (!f->is_closed && f->wbuf && !f->wbuf->empty()) {
        if (flush_buffer(f) < 0) err_clear();
    }
    if (f->owns_fd && !f->is_closed) ::close(f->fd);
    delete f->wbuf;
    delete f->rbuf;
    xdecref(f->name);
    xdecref(f->mode);
    free_object(o);
}

Object* textfile_repr(Object* o) {
    TextFileObject* f = as_file(o);
    Ref<> name = Ref<>::steal(object_repr(f->name));
    Ref<> mode = Ref<>::steal(object_repr(f->mode));
    if (!name || !mode) return nullptr;
    std::string text = "<_io.TextIOWrapper name=";
    text += str_view(name.get());
    text += " mode=";
    text += str_view(mode.get());
    text += " encoding='";
    text += f->encoding;
    text += "'>";
    return str_from(text);
}

Object* textfile_iter(Object* o) {
    if (as_file(o)->is_closed) return closed_error();
    return incref(o);
}

Object* textfile_iternext(Object* o) {
    Object* line = text_file_readline(o);
    if (!line) return nullptr;
    if (str_length(line) == 0) {   // end of file ends the iteration, without an exception
        decref(line);
        return nullptr;
    }
    return line;
}

// ---- Methods ----

Object* textfile_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("TextIOWrapper.write", nargs, kwnames)) return nullptr;
    Object* text = args[0];
    if (!is_str(text)) return err_format(TypeError, "write() argument must be str, not %s", arg_type_name(text));
    if (text_file_write(self, str_view(text)) < 0) return nullptr;
    return int_from_i64(str_length(text));
}

Object* textfile_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.flush", nargs, kwnames)) return nullptr;
    if (text_file_flush(self) < 0) return nullptr;
    return none_new();
}

Object* textfile_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.close", nargs, kwnames)) return nullptr;
    TextFileObject* f = as_file(self);
    if (f->is_closed) return none_new();
    int rc = flush_buffer(f);
    f->is_closed = true;
    if (f->owns_fd) ::close(f->fd);
    if (rc < 0) return nullptr;
    return none_new();
}

Object* textfile_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.fileno", nargs, kwnames)) return nullptr;
    TextFileObject* f = as_file(self);
    if (f->is_closed) return closed_error();
    return int_from_i64(f->fd);
}

Object* textfile_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.isatty", nargs, kwnames)) return nullptr;
    TextFileObject* f = as_file(self);
    if (f->is_closed) return closed_error();
    return bool_from(::isatty(f->fd) == 1);
}

Object* textfile_readable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.readable", nargs, kwnames)) return nullptr;
    if (as_file(self)->is_closed) return closed_error();
    return bool_from(as_file(self)->is_readable);
}

Object* textfile_writable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.writable", nargs, kwnames)) return nullptr;
    if (as_file(self)->is_closed) return closed_error();
    return bool_from(as_file(self)->is_writable);
}

Object* textfile_seekable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.seekable", nargs, kwnames)) return nullptr;
    if (as_file(self)->is_closed) return closed_error();
    return bool_from(::lseek(as_file(self)->fd, 0, SEEK_CUR) >= 0);
}

// size: optional int or None; -1/None means "everything".
bool parse_size(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int64_t* size) {
    *size = -1;
    static const char* const kNames[] = {"size"};
    Object* bound[1];
    if (!bind_args(ArgSpec{fname, kNames, 1, 1, -1, 0}, args, nargs, kwnames, bound)) return false;
    if (bound[0] && bound[0] != None) return index_as_i64(bound[0], size, "ssize_t");
    return true;
}

Object* textfile_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!parse_size("read", args, nargs, kwnames, &size)) return nullptr;
    TextFileObject* f = as_file(self);
    if (!check_readable(f)) return nullptr;
    for (;;) {
        // A size counts characters; reading whole bytes until enough is buffered is close enough
        // for the ASCII text this type is used with.
        if (size >= 0 && f->rbuf->size() >= static_cast<size_t>(size)) break;
        ssize n = fill_read_buffer(f);
        if (n < 0) return nullptr;
        if (n == 0) break;
    }
    size_t count = f->rbuf->size();
    if (size >= 0 && static_cast<size_t>(size) < count) {
        count = static_cast<size_t>(size);
        // never cut a UTF-8 sequence in half
        while (count < f->rbuf->size() && (static_cast<unsigned char>((*f->rbuf)[count]) & 0xC0) == 0x80) count++;
    }
    return take_text(f, count);
}

Object* textfile_readline_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!parse_size("readline", args, nargs, kwnames, &size)) return nullptr;
    return text_file_readline(self);
}

Object* textfile_readlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t hint;
    if (!parse_size("readlines", args, nargs, kwnames, &hint)) return nullptr;
    Ref<> lines = Ref<>::steal(list_new(0));
    if (!lines) return nullptr;
    for (;;) {
        Ref<> line = Ref<>::steal(text_file_readline(self));
        if (!line) return nullptr;
        if (str_length(line.get()) == 0) break;
        if (list_append(lines.get(), line.get()) < 0) return nullptr;
    }
    return lines.release();
}

Object* textfile_enter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.__enter__", nargs, kwnames)) return nullptr;
    if (as_file(self)->is_closed) return closed_error();
    return incref(self);
}

Object* textfile_exit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return textfile_close(self, nullptr, 0, nullptr);
}

const MethodDef kTextFileMethods[] = {
    {"write", textfile_write},
    {"flush", textfile_flush},
    {"close", textfile_close, kMethSystem},
    {"fileno", textfile_fileno},
    {"isatty", textfile_isatty},
    {"readable", textfile_readable},
    {"writable", textfile_writable},
    {"seekable", textfile_seekable},
    {"read", textfile_read, kMethSystem},
    {"readline", textfile_readline_method, kMethSystem},
    {"readlines", textfile_readlines, kMethSystem},
    {"__enter__", textfile_enter},
    {"__exit__", textfile_exit},
    {nullptr, nullptr},
};

// ---- Attributes ----

Object* get_name(Object* self) { return newref(as_file(self)->name); }
Object* get_mode(Object* self) { return newref(as_file(self)->mode); }
Object* get_encoding(Object* self) { return str_from_cstr(as_file(self)->encoding); }
Object* get_errors(Object* self) { return str_from_cstr(as_file(self)->errors); }
Object* get_closed(Object* self) { return bool_from(as_file(self)->is_closed); }
Object* get_line_buffering(Object* self) { return bool_from(as_file(self)->is_line_buffered); }
Object* get_newlines(Object* self) { return none_new(); }
Object* get_buffer(Object* self);

const GetSetDef kTextFileGetSet[] = {
    {"name", get_name},
    {"mode", get_mode},
    {"encoding", get_encoding},
    {"errors", get_errors},
    {"closed", get_closed},
    {"line_buffering", get_line_buffering},
    {"newlines", get_newlines},
    {"buffer", get_buffer},
    {nullptr, nullptr},
};

bool init_text_file_type() {
    TypeObject& t = TextIOWrapperType;
    if (type_has(&t, kTypeReady)) return true;
    t.refcnt = 1;
    t.type = &TypeType;
    t.name = "_io.TextIOWrapper";
    t.basicsize = sizeof(TextFileObject);
    t.dealloc = textfile_dealloc;
    t.repr = textfile_repr;
    t.iter = textfile_iter;
    t.iternext = textfile_iternext;
    t.methods = kTextFileMethods;
    t.getset = kTextFileGetSet;
    return type_ready(&t);
}

// ---- The binary layer (sys.stdout.buffer) ----

TextFileObject* buffer_text(Object* self) { return static_cast<StdBufferObject*>(self)->text; }

void stdbuffer_dealloc(Object* o) {
    TextFileObject* f = buffer_text(o);
    if (f->buffer == o) f->buffer = nullptr;
    decref(f);
    free_object(o);
}

Object* stdbuffer_repr(Object* o) {
    TextFileObject* f = buffer_text(o);
    Ref<> name = Ref<>::steal(object_repr(f->name));
    if (!name) return nullptr;
    std::string text = "<";
    text += o->type->name;
    text += " name=";
    text += str_view(name.get());
    if (o->type == &StdFileIOType) text += f->is_readable ? " mode='rb' closefd=False" : " mode='wb' closefd=False";
    text += ">";
    return str_from(text);
}

// io.UnsupportedOperation(what), as CPython's binary layers raise for a missing direction.
void unsupported(const char* what) {
    Ref<> io = Ref<>::steal(import_module("io"));
    Ref<> type = io ? Ref<>::steal(object_getattr_str(io.get(), "UnsupportedOperation")) : Ref<>();
    if (!type) return;
    err_set_string(static_cast<TypeObject*>(type.get()), what);
}

// The binary layer lacks a direction: FileIO (under -u) words it as CPython's FileIO does.
void unsupported_direction(Object* self, bool reading) {
    if (self->type == &StdFileIOType) unsupported(reading ? "File not open for reading" : "File not open for writing");
    else unsupported(reading ? "read" : "write");
}

bool check_writable(Object* self, TextFileObject* f) {
    if (f->is_closed) { closed_error(); return false; }
    if (!f->is_writable) { unsupported_direction(self, false); return false; }
    return true;
}

Object* stdbuffer_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("write", nargs, kwnames)) return nullptr;
    TextFileObject* f = buffer_text(self);
    BytesLike data;
    if (!data.acquire(args[0])) return nullptr;
    if (!check_writable(self, f)) return nullptr;
    if (text_file_write(f, data.data()) < 0) return nullptr;
    return int_from_i64(static_cast<int64_t>(data.data().size()));
}

Object* stdbuffer_writelines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("writelines", nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    while (Object* item = iter_next(it.get())) {
        Ref<> line = Ref<>::steal(item);
        Ref<> written = Ref<>::steal(stdbuffer_write(self, &item, 1, nullptr));
        if (!written) return nullptr;
    }
    if (err_occurred()) return nullptr;
    return none_new();
}

Object* stdbuffer_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("flush", nargs, kwnames)) return nullptr;
    if (text_file_flush(buffer_text(self)) < 0) return nullptr;
    return none_new();
}

Object* stdbuffer_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return textfile_close(buffer_text(self), nullptr, 0, nullptr);
}

// The text stream's methods that mean the same on the binary layer.
Object* stdbuffer_forward(CFunction fn, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return fn(buffer_text(self), args, nargs, kwnames);
}
Object* stdbuffer_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stdbuffer_forward(textfile_fileno, self, args, nargs, kwnames);
}
Object* stdbuffer_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stdbuffer_forward(textfile_isatty, self, args, nargs, kwnames);
}
Object* stdbuffer_readable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stdbuffer_forward(textfile_readable, self, args, nargs, kwnames);
}
Object* stdbuffer_writable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stdbuffer_forward(textfile_writable, self, args, nargs, kwnames);
}
Object* stdbuffer_seekable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stdbuffer_forward(textfile_seekable, self, args, nargs, kwnames);
}
Object* stdbuffer_enter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("__enter__", nargs, kwnames)) return nullptr;
    if (buffer_text(self)->is_closed) return closed_error();
    return incref(self);
}
Object* stdbuffer_exit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return textfile_close(buffer_text(self), nullptr, 0, nullptr);
}

bool check_byte_readable(Object* self) {
    TextFileObject* f = buffer_text(self);
    if (f->is_closed) { closed_error(); return false; }
    if (!f->is_readable) { unsupported_direction(self, true); return false; }
    return true;
}

Object* take_bytes(TextFileObject* f, size_t count) {
    count = std::min(count, f->rbuf->size());
    Object* out = bytes_from(std::string_view(*f->rbuf).substr(0, count));
    f->rbuf->erase(0, count);
    return out;
}

// read(size=-1): size bytes, fewer only at end of file; -1 or None reads to the end.
Object* stdbuffer_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!parse_size("read", args, nargs, kwnames, &size)) return nullptr;
    TextFileObject* f = buffer_text(self);
    if (!check_byte_readable(self)) return nullptr;
    while (size < 0 || f->rbuf->size() < static_cast<size_t>(size)) {
        ssize n = fill_read_buffer(f);
        if (n < 0) return nullptr;
        if (n == 0) break;
    }
    return take_bytes(f, size < 0 ? f->rbuf->size() : static_cast<size_t>(size));
}

// read1(size=-1): what is buffered, or one read of the descriptor when nothing is.
Object* stdbuffer_read1(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!parse_size("read1", args, nargs, kwnames, &size)) return nullptr;
    TextFileObject* f = buffer_text(self);
    if (!check_byte_readable(self)) return nullptr;
    if (size == 0) return bytes_from("");
    if (f->rbuf->empty() && fill_read_buffer(f) < 0) return nullptr;
    return take_bytes(f, size < 0 ? f->rbuf->size() : static_cast<size_t>(size));
}

// One line with its b'\n', at most size bytes; b'' at end of file.
Object* read_byte_line(TextFileObject* f, int64_t size) {
    size_t scanned = 0;
    for (;;) {
        size_t newline = f->rbuf->find('\n', scanned);
        if (newline != std::string::npos) return take_bytes(f, size >= 0 ? std::min<size_t>(newline + 1, size) : newline + 1);
        if (size >= 0 && f->rbuf->size() >= static_cast<size_t>(size)) return take_bytes(f, size);
        scanned = f->rbuf->size();
        ssize n = fill_read_buffer(f);
        if (n < 0) return nullptr;
        if (n == 0) return take_bytes(f, f->rbuf->size());
    }
}

Object* stdbuffer_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!parse_size("readline", args, nargs, kwnames, &size)) return nullptr;
    TextFileObject* f = buffer_text(self);
    if (!check_byte_readable(self)) return nullptr;
    return read_byte_line(f, size);
}

Object* stdbuffer_readlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t hint;
    if (!parse_size("readlines", args, nargs, kwnames, &hint)) return nullptr;
    TextFileObject* f = buffer_text(self);
    if (!check_byte_readable(self)) return nullptr;
    Ref<> lines = Ref<>::steal(list_new(0));
    if (!lines) return nullptr;
    int64_t total = 0;
    for (;;) {
        Ref<> line = Ref<>::steal(read_byte_line(f, -1));
        if (!line) return nullptr;
        ssize len = object_length(line.get());
        if (len == 0) break;
        if (list_append(lines.get(), line.get()) < 0) return nullptr;
        total += len;
        if (hint > 0 && total >= hint) break;
    }
    return lines.release();
}

// readinto(b): fills the writable buffer b as far as the input goes; the count read.
Object* stdbuffer_readinto(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("readinto", nargs, kwnames)) return nullptr;
    TextFileObject* f = buffer_text(self);
    BytesLike target;
    if (!target.acquire(args[0], kBufWritable)) return nullptr;
    if (!check_byte_readable(self)) return nullptr;
    size_t want = target.data().size();
    while (f->rbuf->size() < want) {
        ssize n = fill_read_buffer(f);
        if (n < 0) return nullptr;
        if (n == 0) break;
    }
    size_t got = std::min(want, f->rbuf->size());
    std::memcpy(target.mutable_data(), f->rbuf->data(), got);
    f->rbuf->erase(0, got);
    return int_from_i64(static_cast<int64_t>(got));
}

Object* stdbuffer_iter(Object* o) {
    if (buffer_text(o)->is_closed) return closed_error();
    return incref(o);
}

Object* stdbuffer_iternext(Object* o) {
    TextFileObject* f = buffer_text(o);
    if (!check_byte_readable(o)) return nullptr;
    Object* line = read_byte_line(f, -1);
    if (line && object_length(line) == 0) {
        decref(line);
        return nullptr;
    }
    return line;
}

const MethodDef kStdBufferMethods[] = {
    {"write", stdbuffer_write},
    {"writelines", stdbuffer_writelines},
    {"flush", stdbuffer_flush},
    {"close", stdbuffer_close, kMethSystem},
    {"fileno", stdbuffer_fileno},
    {"isatty", stdbuffer_isatty},
    {"readable", stdbuffer_readable},
    {"writable", stdbuffer_writable},
    {"seekable", stdbuffer_seekable},
    {"read", stdbuffer_read, kMethSystem},
    {"read1", stdbuffer_read1, kMethSystem},
    {"readline", stdbuffer_readline, kMethSystem},
    {"readlines", stdbuffer_readlines, kMethSystem},
    {"readinto", stdbuffer_readinto, kMethSystem},
    {"__enter__", stdbuffer_enter},
    {"__exit__", stdbuffer_exit},
    {nullptr, nullptr},
};

Object* stdbuffer_get_name(Object* self) { return newref(buffer_text(self)->name); }
Object* stdbuffer_get_mode(Object* self) { return str_from_cstr(buffer_text(self)->is_readable ? "rb" : "wb"); }
Object* stdbuffer_get_closed(Object* self) { return bool_from(buffer_text(self)->is_closed); }

const GetSetDef kStdBufferGetSet[] = {
    {"name", stdbuffer_get_name},
    {"mode", stdbuffer_get_mode},
    {"closed", stdbuffer_get_closed},
    {nullptr, nullptr},
};

bool init_std_buffer_type(TypeObject& t, const char* name) {
    if (type_has(&t, kTypeReady)) return true;
    t.refcnt = 1;
    t.type = &TypeType;
    t.name = name;
    t.basicsize = sizeof(StdBufferObject);
    t.dealloc = stdbuffer_dealloc;
    t.repr = stdbuffer_repr;
    t.iter = stdbuffer_iter;
    t.iternext = stdbuffer_iternext;
    t.methods = kStdBufferMethods;
    t.getset = kStdBufferGetSet;
    return type_ready(&t);
}

// sys.stdout.buffer: one object per stream while it lives (so `sys.stdout.buffer is
// sys.stdout.buffer`), made on first use.
Object* get_buffer(Object* self) {
    TextFileObject* f = as_file(self);
    if (f->buffer) return newref(f->buffer);
    TypeObject* type = f->is_readable      ? &StdBufferedReaderType
                       : g_unbuffered_stdout ? &StdFileIOType
                                             : &StdBufferedWriterType;
    const char* name = f->is_readable      ? "_io.BufferedReader"
                       : g_unbuffered_stdout ? "_io.FileIO"
                                             : "_io.BufferedWriter";
    if (!init_std_buffer_type(*type, name)) return nullptr;
    auto* b = static_cast<StdBufferObject*>(alloc_object(type));
    if (!b) return nullptr;
    b->text = static_cast<TextFileObject*>(newref(f));
    f->buffer = b;
    return b;
}

void flush_stdout_at_exit() {
    if (g_stdout && flush_buffer(g_stdout) < 0) err_clear();
}

}  // namespace

// ---- Entry points (sys_module.h) ----

int text_file_write(Object* file, std::string_view text) {
    TextFileObject* f = as_file(file);
    if (f->is_closed) {
        closed_error();
        return -1;
    }
    if (!f->is_writable) {
        err_set_string(OSError, "not writable");
        return -1;
    }
    if (f->is_write_through) {
        if (f != g_stdout) sys_flush_stdout();
        if (write_all(f->fd, text.data(), text.size()) < 0) {
            raise_os_error(errno, nullptr);
            return -1;
        }
        return 0;
    }
    f->wbuf->append(text);
    bool should_flush = f->wbuf->size() >= kFlushThresholdBytes ||
                        (f->is_line_buffered && text.find('\n') != std::string_view::npos);
    return should_flush ? flush_buffer(f) : 0;
}

int text_file_flush(Object* file) {
    TextFileObject* f = as_file(file);
    if (f->is_closed) {
        closed_error();
        return -1;
    }
    return flush_buffer(f);
}

Object* text_file_readline(Object* file) {
    TextFileObject* f = as_file(file);
    if (!check_readable(f)) return nullptr;
    size_t scanned = 0;
    for (;;) {
        size_t newline = f->rbuf->find('\n', scanned);
        if (newline != std::string::npos) return take_text(f, newline + 1);
        scanned = f->rbuf->size();
        ssize n = fill_read_buffer(f);
        if (n < 0) return nullptr;
        if (n == 0) return take_text(f, f->rbuf->size());
    }
}

Object* text_file_open(Object* path, std::string_view mode) {
    if (!init_text_file_type()) return nullptr;
    if (!is_str(path)) return err_format(TypeError, "expected str, bytes or os.PathLike object, not %T", path);
    int flags = 0;
    bool readable = false, writable = false;
    std::string canonical;
    char kind = 0;
    for (char c : mode) {
        if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
            if (kind) return err_format(ValueError, "must have exactly one of create/read/write/append mode");
            kind = c;
        } else if (c == 't') {
            continue;
        } else if (c == 'b' || c == '+') {
            return err_format(ValueError, "mode '%s' is not supported by pygen's open()", std::string(mode).c_str());
        } else {
            return err_format(ValueError, "invalid mode: '%s'", std::string(mode).c_str());
        }
    }
    switch (kind) {
        case 'r': flags = O_RDONLY; readable = true; break;
        case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; writable = true; break;
        case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; writable = true; break;
        case 'x': flags = O_WRONLY | O_CREAT | O_EXCL; writable = true; break;
        default: return err_format(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    canonical.push_back(kind);
    int fd;
    do {
        fd = ::open(str_cstr(path), flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_os_error(errno, path);
    Object* file = new_text_file(fd, path, canonical.c_str(), "UTF-8", "strict");
    if (!file) {
        ::close(fd);
        return nullptr;
    }
    TextFileObject* f = as_file(file);
    f->owns_fd = true;
    f->is_readable = readable;
    f->is_writable = writable;
    return file;
}

void sys_flush_stdout() { flush_stdout_at_exit(); }

void sys_write_stderr(std::string_view text) {
    sys_flush_stdout();
    (void)write_all(2, text.data(), text.size());
}

bool sys_stderr_write(std::string_view text) {
    Object* err = sys_get_object("stderr");
    if (!err) {
        sys_write_stderr(text);
        return true;
    }
    if (err == None) return true;
    if (is_text_file(err)) return text_file_write(err, text) >= 0;
    Ref<> s = Ref<>::steal(str_from(text));
    if (!s) return false;
    Ref<> r = Ref<>::steal(call_method1(err, "write", s.get()));
    return static_cast<bool>(r);
}

// Creates the three standard stream objects (new references in out[0..3): stdin, stdout, stderr).
// Internal to sys.cpp.
void sys_set_unbuffered_stdout(bool unbuffered) { g_unbuffered_stdout = unbuffered; }

bool sys_make_std_streams(Object** out) {
    if (!init_text_file_type()) return false;
    static const char* const kNames[] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char* const kModes[] = {"r", "w", "w"};
    static const char* const kErrors[] = {"strict", "strict", "backslashreplace"};
    for (int fd = 0; fd < 3; fd++) {
        Ref<> name = Ref<>::steal(str_from_cstr(kNames[fd]));
        out[fd] = name ? new_text_file(fd, name.get(), kModes[fd], "utf-8", kErrors[fd]) : nullptr;
        if (!out[fd]) {
            for (int k = 0; k < fd; k++) decref(out[k]);
            return false;
        }
        TextFileObject* f = as_file(out[fd]);
        f->is_readable = fd == 0;
        f->is_writable = fd != 0;
        f->is_write_through = fd == 2 || (fd == 1 && g_unbuffered_stdout);
        f->is_line_buffered = fd == 1 && ::isatty(1) == 1;
    }
    if (!g_stdout) {
        g_stdout = static_cast<TextFileObject*>(newref(out[1]));
        runtime_slot(&g_stdout);
        static const bool flush_registered = std::atexit(flush_stdout_at_exit) == 0;   // once per process
        (void)flush_registered;
    }
    return true;
}

}  // namespace pygen
