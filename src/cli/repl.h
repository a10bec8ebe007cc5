// The interactive loop of `pygen` (no arguments on a terminal) and `pygen -i FILE`: prompts from
// sys.ps1/sys.ps2, CPython's rules for when typed input is a complete statement, each statement
// compiled in 'single' mode and run in __main__, tracebacks printed without leaving the loop.
// Line reading is LineEditor's job (line_editor.h). CPython counterpart: Python/pythonrun.c
// (PyRun_InteractiveLoopFlags) and the parts of Modules/main.c that start it.
#pragma once

#include <string>

namespace pygen::cli {

struct ReplOptions {
    bool show_banner = true;   // false with -q, or when a file or -c ran first (-i)
    bool use_terminal = true;  // edit lines with libedit when stdin is a terminal
};

// Runs the loop in sys.modules['__main__'] (made when missing) until end of input or SystemExit.
// Returns the process exit status. The runtime must be initialised.
int run_repl(const ReplOptions& options);

// How a buffer of typed lines stands (exposed for the unit tests).
enum class InputState {
    Complete,      // run it now
    NeedMore,      // show sys.ps2 and read another line
    Error,         // compile it now to report the SyntaxError
};
// source: the lines typed so far, each ending in '\n'; last_line_blank: the line just typed was
// empty (it ends a compound statement).
InputState classify_input(const std::string& source, bool last_line_blank);

}  // namespace pygen::cli
