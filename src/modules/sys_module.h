// What the rest of pygen needs from the sys module: setting argv and path at start-up, reading sys
// attributes from C++, the standard streams (print's fast path, flushing at exit and before
// anything goes to stderr), the small named-tuple types behind sys.version_info / sys.flags /
// time.struct_time, and calling sys.unraisablehook.
// CPython counterparts: Python/sysmodule.c (PySys_GetObject, PySys_WriteStderr),
// Objects/structseq.c, Modules/_io/textio.c (only what sys.stdout & co. need).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "objects/object.h"

namespace pygen {

// ---- Start-up (runtime_init) ----
// May be called before or after make_sys_module(); the values are kept and applied to the module.
// sys.argv = [argv[0], ..., argv[argc-1]] verbatim, so pass what the program should see: the script
// path first, without the interpreter's own name or options (CPython: `pygen x.py a` -> ['x.py', 'a']).
void sys_set_argv(int argc, char** argv);
void sys_set_path(const std::vector<std::string>& entries);  // sys.path = list(entries); script dir first
void sys_set_executable(const char* path);                 // sys.executable

// Borrowed attribute of the sys module, or null (without an exception) when it or sys is missing.
Object* sys_get_object(const char* name);
// The attributes CPython's finalize_modules sets to None before modules go (sys.path,
// meta_path, argv, ...): from then on, importing a module not yet loaded fails.
void sys_clear_special_at_exit();
// Shutdown, before the last collections: flushes stdout and sets sys.stdout and sys.stderr to
// None. CPython clears the sys module at that point, so what finalisers print then is lost.
void sys_detach_streams_at_exit();

// ---- Standard streams ----
// Output to fd 1 through sys.stdout is buffered in-process. Everything that writes to fd 1 or 2
// by other means (traceback printing, fatal errors) must call sys_flush_stdout() first so output
// keeps its order. An atexit handler flushes too, and runtime_finalize should call it explicitly.
void sys_flush_stdout();
// `pygen -u` (or PYTHONUNBUFFERED): sys.stdout writes through. Call before runtime_init.
void sys_set_unbuffered_stdout(bool unbuffered);
// Flushes stdout, then writes text to fd 2 unbuffered (PySys_WriteStderr without formatting).
void sys_write_stderr(std::string_view text);
// Writes through the current sys.stderr, as PyErr_Display and sys.unraisablehook do, so a program
// that replaced it sees the text: fd 2 when sys.stderr is missing, nothing when it is None.
// Returns false with the write's exception pending.
bool sys_stderr_write(std::string_view text);
// What sys.flags.int_max_str_digits reports: the start-up setting (-X int_max_str_digits or
// PYTHONINTMAXSTRDIGITS), -1 when there was none. Call before runtime_init.
void sys_set_int_max_str_digits_flag(int digits);
// The command line's settings that sys.flags and sys.warnoptions report (-i, -s, -S, -E, -b, -q,
// -I, -X utf8; PYTHONWARNINGS and -W). Call before runtime_init.
struct SysCommandLineFlags {
    int inspect = 0, interactive = 0, no_user_site = 0, no_site = 0, ignore_environment = 0, bytes_warning = 0;
    int quiet = 0, isolated = 0, utf8_mode = 0;
    bool safe_path = false;
    std::vector<std::string> warnoptions;
};
void sys_set_command_line_flags(const SysCommandLineFlags& flags);

// The text-file type of sys.stdin/stdout/stderr and of open() ("_io.TextIOWrapper").
extern TypeObject TextIOWrapperType;
inline bool is_text_file(Object* o) { return o->type == &TextIOWrapperType; }
// Writes UTF-8 text to a text file object: 0 ok, -1 with an exception (closed file, not writable,
// OS error). The print() fast path.
int text_file_write(Object* file, std::string_view text);
int text_file_flush(Object* file);
// One line including its '\n' (empty str at end of file) as a new str reference, or null.
Object* text_file_readline(Object* file);
// open(path, mode) for text modes "r", "w", "a", "x" (optionally with "t"); raises the OSError
// subclass matching errno ("[Errno 2] No such file or directory: 'x'"). New reference or null.
Object* text_file_open(Object* path, std::string_view mode);

// ---- Named tuples (CPython's struct sequences) ----
// A tuple subclass whose items are also readable as attributes and whose repr is
// "name(field=value, ...)". The type lives for the whole run. Null with an exception on failure.
TypeObject* structseq_new_type(const char* name, const char* const* fields, int field_count);
// New instance; steals a reference to every value (each may be null after a failed allocation, in
// which case the others are released and null is returned with the pending exception).
Object* structseq_new(TypeObject* type, Object* const* values_stolen, int count);
// Lets Python code build instances from a sequence of exactly the field count, as
// time.struct_time((...)) does; other struct sequences (sys.flags, ...) stay uncreatable.
void structseq_allow_new(TypeObject* type);

// ---- sys.unraisablehook ----
// Builds the UnraisableHookArgs record (exc_type, exc_value, exc_traceback, err_msg, object) and
// calls sys.unraisablehook with it. exc is borrowed (an exception instance); err_msg and obj are
// borrowed and may be null (None). Returns false, with an exception set, when the hook is missing
// or failed, so err_write_unraisable can fall back to its own output.
[[nodiscard]] bool sys_call_unraisablehook(Object* exc, Object* err_msg, Object* obj);

// ---- breakpoint(), sys.breakpointhook, sys.__interactivehook__ (modules/sys_breakpoint.cpp) ----
int add_sys_breakpointhook(Object* sys);

// ---- sys.displayhook (modules/sys_displayhook.cpp) ----
// Adds displayhook and __displayhook__ to the sys module (runtime_init): 0 ok, -1 error.
int add_sys_displayhook(Object* sys);
// sys.excepthook and sys.__excepthook__ (sys_excepthook.cpp).
int add_sys_excepthook(Object* sys);
// An uncaught exception's report (PyErr_Print): sets sys.last_type/last_value/last_traceback,
// then calls sys.excepthook, reporting a hook that fails and then the original exception.
void sys_print_uncaught(Object* exc);
// What PRINT_EXPR does with the value of an expression statement in 'single' mode: calls
// sys.displayhook(value) (value borrowed). False with an exception set when the hook is missing
// ("lost sys.displayhook") or raised.
[[nodiscard]] bool sys_call_displayhook(Object* value);

}  // namespace pygen
