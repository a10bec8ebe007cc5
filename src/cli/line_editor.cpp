// See line_editor.h. libedit (BSD licence) is used through its readline-compatible API, in the
// callback form (rl_callback_read_char) so a select() loop can also watch a self-pipe written by
// our SIGINT handler: Ctrl-C then cancels the line whichever thread the signal landed on.
// CPython counterpart: Modules/readline.c (readline_until_enter_or_signal).
#include "cli/line_editor.h"

#include <signal.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef PYGEN_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

namespace pygen::cli {

namespace {

int g_sigint_pipe[2] = {-1, -1};   // written by on_sigint, drained by the reader

void on_sigint(int) {
    int saved = errno;
    char c = 'i';
    if (write(g_sigint_pipe[1], &c, 1) < 0) {
    }
    errno = saved;
}

// Installs on_sigint for the duration of one read, restoring whatever the runtime had.
class SigintScope {
public:
    SigintScope() {
        if (g_sigint_pipe[0] < 0 && pipe(g_sigint_pipe) != 0) g_sigint_pipe[0] = g_sigint_pipe[1] = -1;
        struct sigaction sa {};
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        installed_ = g_sigint_pipe[0] >= 0 && sigaction(SIGINT, &sa, &old_) == 0;
        drain();
    }
    ~SigintScope() {
        if (installed_) sigaction(SIGINT, &old_, nullptr);
    }
    static void drain() {
        if (g_sigint_pipe[0] < 0) return;
        char buf[16];
        fd_set fds;
        timeval zero{};
        for (;;) {
            FD_ZERO(&fds);
            FD_SET(g_sigint_pipe[0], &fds);
            if (select(g_sigint_pipe[0] + 1, &fds, nullptr, nullptr, &zero) <= 0) return;
            if (::read(g_sigint_pipe[0], buf, sizeof buf) <= 0) return;
        }
    }

private:
    struct sigaction old_ {};
    bool installed_ = false;
};

// Waits until stdin is readable (true) or Ctrl-C was pressed (false).
bool wait_for_input() {
    for (;;) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        int maxfd = 0;
        if (g_sigint_pipe[0] >= 0) {
            FD_SET(g_sigint_pipe[0], &fds);
            maxfd = g_sigint_pipe[0];
        }
        int n = select(maxfd + 1, &fds, nullptr, nullptr, nullptr);
        if (n < 0) {
            if (errno == EINTR) continue;
            return true;   // let the read report the error
        }
        if (g_sigint_pipe[0] >= 0 && FD_ISSET(g_sigint_pipe[0], &fds)) {
            SigintScope::drain();
            return false;
        }
        if (FD_ISSET(0, &fds)) return true;
    }
}

#ifdef PYGEN_HAVE_LIBEDIT
// Terminal echo off from before the prompt is drawn until the line is read. libedit draws the
// prompt first and only then puts the terminal in raw mode, so keys typed the moment the prompt
// shows were echoed by the terminal as well as drawn by libedit (a garbled line). The terminal's
// own settings come back afterwards, for code that reads with input() or sys.stdin.
class EchoOffScope {
public:
    EchoOffScope() {
        saved_ok_ = tcgetattr(0, &saved_) == 0;
        if (!saved_ok_) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHONL);
        tcsetattr(0, TCSANOW, &quiet);
    }
    ~EchoOffScope() {
        if (saved_ok_) tcsetattr(0, TCSANOW, &saved_);
    }

private:
    termios saved_ {};
    bool saved_ok_ = false;
};

// The callback API hands the finished line to a function; these carry it back to read_edited.
char* g_line = nullptr;
bool g_line_done = false;
LineEditor::Completer* g_completer = nullptr;

void on_line(char* line) {
    g_line = line;
    g_line_done = true;
    rl_callback_handler_remove();   // no prompt is redrawn after the line
}

char* completion_entry(const char* text, int state) {
    std::string match;
    if (!g_completer || !*g_completer || !(*g_completer)(text, state, &match)) return nullptr;
    return strdup(match.c_str());
}

char** attempt_completion(const char* text, int, int) {
    rl_attempted_completion_over = 1;   // never fall back to file-name completion
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, completion_entry);
}
#endif

}  // namespace

LineEditor::LineEditor(bool use_terminal) {
#ifdef PYGEN_HAVE_LIBEDIT
    editing_ = use_terminal && isatty(0) && isatty(1);
    if (editing_) {
        rl_catch_signals = 0;
        rl_readline_name = const_cast<char*>("python");
        rl_initialize();
        // rlcompleter completes dotted names, so '.' must not break words.
        static char breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
        rl_completer_word_break_characters = breaks;
        rl_attempted_completion_function = attempt_completion;
        if (const char* home = std::getenv("HOME"); home && *home) {
            history_path_ = std::string(home) + "/.pygen_history";
            read_history(history_path_.c_str());
        }
        stifle_history(1000);
    }
#else
    (void)use_terminal;
#endif
}

LineEditor::~LineEditor() {
#ifdef PYGEN_HAVE_LIBEDIT
    if (editing_ && !history_path_.empty()) write_history(history_path_.c_str());
#endif
}

LineEditor::Result LineEditor::read(const std::string& prompt, std::string* line) {
    SigintScope sigint;
    return editing_ ? read_edited(prompt, line) : read_plain(prompt, line);
}

LineEditor::Result LineEditor::read_plain(const std::string& prompt, std::string* line) {
    std::FILE* out = isatty(0) ? stdout : stderr;
    std::fputs(prompt.c_str(), out);
    std::fflush(out);
    line->clear();
    for (;;) {
        if (!wait_for_input()) {
            std::fputc('\n', out);
            return Result::Interrupted;
        }
        char c;
        ssize_t n = ::read(0, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return line->empty() ? Result::Eof : Result::Line;
        if (c == '\n') return Result::Line;
        line->push_back(c);
    }
}

LineEditor::Result LineEditor::read_edited(const std::string& prompt, std::string* line) {
#ifdef PYGEN_HAVE_LIBEDIT
    g_completer = &completer_;
    g_line = nullptr;
    g_line_done = false;
    std::fflush(stdout);
    EchoOffScope echo_off;
    rl_callback_handler_install(prompt.c_str(), on_line);
    while (!g_line_done) {
        if (!wait_for_input()) {
            // python3 leaves the typed text on screen and starts a fresh line.
            rl_free_line_state();
            rl_callback_handler_remove();
            rl_replace_line("", 0);
            std::fputc('\n', stdout);
            std::fflush(stdout);
            return Result::Interrupted;
        }
        // Readable with nothing to read is end of file: Ctrl-D that reached the terminal while it
        // was in canonical mode, which libedit's callback reader would swallow without a line.
        int available = 0;
        if (ioctl(0, FIONREAD, &available) == 0 && available == 0) {
            rl_callback_handler_remove();
            std::fputc('\n', stdout);
            return Result::Eof;
        }
        rl_callback_read_char();
    }
    if (!g_line) {
        std::fputc('\n', stdout);   // Ctrl-D: python3 ends the prompt line before exiting
        return Result::Eof;
    }
    *line = g_line;
    std::free(g_line);
    g_line = nullptr;
    if (!line->empty()) {
        add_history(line->c_str());
        if (!history_path_.empty()) write_history(history_path_.c_str());
    }
    return Result::Line;
#else
    return read_plain(prompt, line);
#endif
}

}  // namespace pygen::cli
