// Reading one line of REPL input: with libedit (line editing, history in ~/.pygen_history, tab
// completion through a callback) when stdin is a terminal and pygen was built with it, else plain
// reads from stdin. Ctrl-C while reading is reported as Interrupted, as python3's prompt does; what
// Ctrl-C does while code runs belongs to the signal handling of the runtime, not to this file.
#pragma once

#include <functional>
#include <string>

namespace pygen::cli {

class LineEditor {
public:
    enum class Result { Line, Interrupted, Eof };
    // complete(text, state) -> the state-th completion of text, or false when there are no more
    // (readline's completer protocol, which rlcompleter.Completer.complete follows).
    using Completer = std::function<bool(const std::string& text, int state, std::string* match)>;

    // use_terminal: edit with libedit (only honoured when stdin is a tty and libedit is built in).
    explicit LineEditor(bool use_terminal);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    void set_completer(Completer completer) { completer_ = std::move(completer); }
    // Reads one line without its newline. The prompt goes to stdout on a terminal, to stderr
    // otherwise (python3 -i with piped input writes its prompts to stderr).
    Result read(const std::string& prompt, std::string* line);
    bool is_editing() const { return editing_; }

private:
    Result read_plain(const std::string& prompt, std::string* line);
    Result read_edited(const std::string& prompt, std::string* line);
    bool editing_ = false;
    std::string history_path_;
    Completer completer_;
};

}  // namespace pygen::cli
