// Traceback objects (one per frame an exception passed through) and printing of uncaught
// exceptions the way CPython does: chained sections, "File ..., line N, in f", the source line,
// and the "Type: message" line.
// CPython counterparts: Python/traceback.c, Python/pythonrun.c (print_exception_recursive).
#pragma once

#include <string>

#include "objects/object.h"
#include "vm/frame.h"

namespace pygen {

struct TracebackObject : Object {
    Object* next;      // strong TracebackObject or null: the frame the exception came from
    Frame* frame;      // strong
    int lasti;         // instruction index in frame->code
    int lineno;
};

extern TypeObject TracebackType;
inline bool is_traceback(Object* o) { return o->type == &TracebackType; }

// Tracebacks start untracked by the cycle collector (they are made on every raise): the exception
// that is a traceback's only owner visits, through this, what the chain holds. Once Python code
// can hold a traceback on its own (a local `tb = e.__traceback__`, sys.exc_info(), __exit__'s
// arguments) it is tracked, so a cycle through it alone (frame -> local tb -> frame) is found:
// traceback_exposed does that, and returns tb (borrowed, or None for null).
void traceback_traverse_if_owned(Object* tb, VisitFn visit, void* arg);
Object* traceback_exposed(Object* tb);

// Prepends an entry for `f` to the traceback of the pending exception (PyTraceBack_Here).
void traceback_here(Frame* f);

// Line `lineno` of `filename`, stripped as traceback.format_list shows it; "" when unknown.
std::string source_line_stripped(const std::string& filename, int lineno);
// The same line as it stands in the file, with its newline (a SyntaxError's text); empty when unreadable.
std::string source_line_with_newline(const std::string& filename, int lineno);

// Prints exc with its chain, as an uncaught exception, to stderr.
void print_exception_to_stderr(Object* exc);
// The text print_exception_to_stderr would write.
std::string format_exception(Object* exc);
// "module.Qualname" as CPython prints exception types (builtins and __main__ rules).
std::string exception_type_display_name(TypeObject* type);

// CPython 3.11's caret anchors for a one-line source segment: for a binary operation the end of the
// left operand and the start of the operator's right side, for a subscript the end of the value and
// the end of the slice; false for anything else. Offsets are in characters.
bool traceback_caret_anchors(const std::string& segment, int* left_end, int* right_start);

void init_traceback_type();

}  // namespace pygen
