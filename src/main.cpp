// The pygen command line, shaped like python3's: `pygen FILE [ARGS]`, `pygen -c CODE [ARGS]`,
// `pygen -m MODULE [ARGS]`, `pygen -` (program on stdin), `pygen` (the REPL on a terminal, else the
// program on stdin), `-i` (the REPL after the program; src/cli/repl.cpp), `pygen --version`.
// Only option parsing and dispatch live here. The interpreter runs on a thread with a large stack so deep (but legal) C++ recursion — nested calls through built-ins, generator resumption —
// reaches Python's RecursionError long before the C++ stack ends.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/disassembler.h"
#include "cli/repl.h"
#include "modules/sys_module.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/import.h"
#include "vm/pythonrun.h"
#include "vm/runtime.h"
#include "vm/signals.h"
#include "vm/source_text.h"

namespace {

constexpr size_t kInterpreterStackBytes = size_t{1} << 30;   // reserved, touched only as used

struct Invocation {
    int argc;
    char** argv;
    int status = 0;
};

// os.path.abspath: CPython 3.9+ runs the main script under its absolute path (tracebacks, __file__).
std::string absolute_path(const std::string& path) {
    std::string joined = path;
    if (path.empty() || path[0] != '/') {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd)) return path;
        joined = std::string(cwd) + "/" + path;
    }
    std::vector<std::string> parts;
    size_t i = 0;
    while (i <= joined.size()) {
        size_t j = joined.find('/', i);
        if (j == std::string::npos) j = joined.size();
        std::string part = joined.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    std::string out;
    for (const std::string& p : parts) out += "/" + p;
    return out.empty() ? "/" : out;
}

// sys.path: the script's folder ('' for -c and stdin, the current folder for -m), then the
// PYTHONPATH entries made absolute (an empty entry is the current folder), then the embedded
// library.
// Isolated mode (-I) leaves out the script's folder, as python3 -I does.
std::vector<std::string> search_path(const std::string& first, bool ignore_environment, bool isolated = false) {
    std::vector<std::string> path;
    if (!isolated) path.push_back(first);
    if (const char* env = ignore_environment ? nullptr : std::getenv("PYTHONPATH"); env && *env) {
        std::string all = env;
        size_t i = 0;
        while (i <= all.size()) {
            size_t j = all.find(':', i);
            if (j == std::string::npos) j = all.size();
            path.push_back(absolute_path(all.substr(i, j - i)));
            i = j + 1;
        }
    }
    path.emplace_back(pygen::kEmbeddedLibPath);
    return path;
}

void usage() {
    std::fprintf(stderr,
                 "usage: pygen [-b] [-i] [-q] [-s] [-S] [-u] [-E] [-I] [-W arg] [-X opt] [-c cmd | -m mod | file | -] [arg] ...\n"
                 "       pygen --version\n       pygen --dis file\n"
                 "       pygen --dis-quickened file [arg] ...\n"
                 "       pygen --trace-gen file outdir\n");
}

// The options before the program, as python3 reads them: single letters may be grouped (-iq),
// -c/-m/-X take the rest of their word or the next argument.
struct Options {
    bool inspect = false;          // -i: the REPL after the program
    bool quiet = false;            // -q: no banner
    bool unbuffered = false;       // -u
    bool ignore_environment = false;   // -E: PYTHONPATH, PYTHONUNBUFFERED, PYTHONINSPECT ignored
    bool isolated = false;         // -I: -E, -s, and no script folder on sys.path
    bool no_site = false;          // -S (pygen has no site module: only sys.flags shows it)
    bool no_user_site = false;     // -s (no user site-packages either)
    int bytes_warning = 0;         // -b, -bb
    std::vector<std::string> warnoptions;   // -W
    bool has_command = false, has_module = false;
    std::string command, module;
    std::vector<std::string> xoptions;
    int next = 1;                  // index of the first argument after the options
};

// Returns false (usage printed, status 2) on a bad option.
bool parse_options(int argc, char** argv, Options* o) {
    int i = 1;
    while (i < argc) {
        std::string a = argv[i];
        if (a.size() < 2 || a[0] != '-' || a == "-") break;
        if (a == "--") {
            ++i;
            break;
        }
        bool ends_options = false;
        for (size_t k = 1; k < a.size() && !ends_options; ++k) {
            char c = a[k];
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                std::string value;
                if (k + 1 < a.size()) {
                    value = a.substr(k + 1);
                } else if (i + 1 < argc) {
                    value = argv[++i];
                } else {
                    std::fprintf(stderr, "Argument expected for the -%c option\n", c);
                    usage();
                    return false;
                }
                k = a.size();
                if (c == 'X' || c == 'W') {
                    (c == 'X' ? o->xoptions : o->warnoptions).push_back(value);
                    continue;
                }
                (c == 'c' ? o->command : o->module) = value;
                (c == 'c' ? o->has_command : o->has_module) = true;
                ends_options = true;
            } else if (c == 'i') {
                o->inspect = true;
            } else if (c == 'q') {
                o->quiet = true;
            } else if (c == 'u') {
                o->unbuffered = true;
            } else if (c == 'E') {
                o->ignore_environment = true;
            } else if (c == 'I') {
                o->ignore_environment = true;
                o->isolated = true;
                o->no_user_site = true;
            } else if (c == 's') {
                o->no_user_site = true;
            } else if (c == 'S') {
                o->no_site = true;
            } else if (c == 'b') {
                ++o->bytes_warning;
            } else if (c == 'B') {
                // pygen writes no .pyc files: nothing to change.
            } else {
                std::fprintf(stderr, "Unknown option: -%c\n", c);
                usage();
                return false;
            }
        }
        ++i;
        if (ends_options) break;
    }
    o->next = i;
    return true;
}

// sys.flags and sys.warnoptions from the options; sys.warnoptions in CPython's order of
// precedence, lowest first: PYTHONWARNINGS's comma-separated entries, the -W options, then the
// BytesWarning filter of -b ('default') or -bb ('error').
// An option already given is not added again (CPython's config_add_warnoption).
void add_warnoption(pygen::SysCommandLineFlags* f, const std::string& option) {
    for (const std::string& w : f->warnoptions)
        if (w == option) return;
    f->warnoptions.push_back(option);
}

pygen::SysCommandLineFlags command_line_flags(const Options& o, bool interactive, const char* env_warnings) {
    pygen::SysCommandLineFlags f;
    f.inspect = o.inspect;
    f.interactive = interactive;
    f.no_user_site = o.no_user_site;
    f.no_site = o.no_site;
    f.ignore_environment = o.ignore_environment;
    f.bytes_warning = o.bytes_warning;
    f.quiet = o.quiet;
    f.isolated = o.isolated;
    f.safe_path = o.isolated;
    for (const std::string& x : o.xoptions) {
        if (x == "utf8" || x == "utf8=1") f.utf8_mode = 1;
        else if (x == "utf8=0") f.utf8_mode = 0;
    }
    if (env_warnings) {
        std::string all = env_warnings;
        size_t i = 0;
        while (i <= all.size()) {
            size_t j = all.find(',', i);
            if (j == std::string::npos) j = all.size();
            if (j > i) add_warnoption(&f, all.substr(i, j - i));
            i = j + 1;
        }
    }
    for (const std::string& w : o.warnoptions) add_warnoption(&f, w);
    if (o.bytes_warning) add_warnoption(&f, o.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning");
    return f;
}

// sys._xoptions from -X name[=value] (True without a value).
void set_xoptions(const std::vector<std::string>& xoptions) {
    pygen::Object* dict = pygen::sys_get_object("_xoptions");
    if (!dict) return;
    for (const std::string& x : xoptions) {
        size_t eq = x.find('=');
        pygen::Ref<> key = pygen::Ref<>::steal(pygen::str_from(x.substr(0, eq)));
        pygen::Ref<> value = eq == std::string::npos ? pygen::Ref<>::steal(pygen::bool_from(true))
                                                     : pygen::Ref<>::steal(pygen::str_from(x.substr(eq + 1)));
        if (!key || !value || pygen::dict_setitem(dict, key.get(), value.get()) < 0) pygen::err_clear();
    }
}

// The limit on decimal digits of int/str conversions from PYTHONINTMAXSTRDIGITS and
// -X int_max_str_digits=N (which wins); as in CPython each given one must be valid, and a bad
// value stops start-up with CPython's fatal error.
bool parse_int_max_str_digits(const std::string& value, const char* source, int* out) {
    errno = 0;
    char* end = nullptr;
    long digits = value.empty() ? -1 : std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno == ERANGE || digits > INT_MAX || digits < 0 ||
        (digits != 0 && digits < 640)) {
        std::fprintf(stderr,
                     "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; must be >= 640 or 0 "
                     "for unlimited.\nPython runtime state: preinitialized\n\n",
                     source);
        return false;
    }
    *out = static_cast<int>(digits);
    return true;
}

bool configure_int_max_str_digits(const std::vector<std::string>& xoptions, const char* env_value) {
    int digits = -1;
    if (env_value && !parse_int_max_str_digits(env_value, "PYTHONINTMAXSTRDIGITS", &digits)) return false;
    for (const std::string& x : xoptions) {
        if (x != "int_max_str_digits" && x.rfind("int_max_str_digits=", 0) != 0) continue;
        std::string value = x.size() > 19 ? x.substr(19) : "";
        if (!parse_int_max_str_digits(value, "-X int_max_str_digits", &digits)) return false;
    }
    if (digits < 0) return true;
    pygen::int_max_str_digits = digits;
    pygen::sys_set_int_max_str_digits_flag(digits);
    return true;
}

std::string read_all_stdin() {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
}

void* run(void* arg) {
    auto* inv = static_cast<Invocation*>(arg);
    int argc = inv->argc;
    char** argv = inv->argv;
    std::string source, filename, script_dir, run_module;
    bool source_is_file = false;   // the program's bytes came from a file or stdin
    std::vector<char*> py_argv;
    std::string a1 = argc > 1 ? argv[1] : "";
    if (a1 == "--dis") {
        // pygen --dis FILE: print the bytecode the compiler makes for FILE.
        if (argc < 3) {
            usage();
            inv->status = 2;
            return nullptr;
        }
        std::ifstream in(argv[2], std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        if (!pygen::runtime_init(1, argv)) {
            inv->status = 1;
            return nullptr;
        }
        pygen::CodeObject* code = pygen::compile_source(ss.str(), argv[2], pygen::CompileMode::Exec);
        if (!code) {
            inv->status = pygen::handle_uncaught_exception();
            return nullptr;
        }
        std::fputs(pygen::disassemble(code).c_str(), stdout);
        pygen::decref(code);
        return nullptr;
    }
    // pygen --dis-quickened FILE [ARGS]: run FILE, then print its bytecode as the specializing
    // interpreter left it (quickened forms such as LOAD_ATTR_INSTANCE where sites were specialized).
    bool dis_quickened = false;
    if (a1 == "--dis-quickened") {
        if (argc < 3) {
            usage();
            inv->status = 2;
            return nullptr;
        }
        dis_quickened = true;
        ++argv;
        --argc;
    }
    if (a1 == "--trace-gen") {
        // pygen --trace-gen FILE OUTDIR: run FILE, one SVG per generator resume/suspension plus
        // OUTDIR/index.html stepping through them (lib/_pygen_trace.py does the work).
        if (argc != 4) {
            usage();
            inv->status = 2;
            return nullptr;
        }
        if (!pygen::runtime_init(3, argv + 1)) {
            inv->status = 1;
            return nullptr;
        }
        std::string file = absolute_path(argv[2]);
        pygen::sys_set_path(search_path(file.substr(0, file.rfind('/')), false));
        pygen::sys_set_executable(argv[0]);
        inv->status = pygen::run_main_source(
            "import sys, _pygen_trace\nsys.exit(_pygen_trace.main(sys.argv[1], sys.argv[2]))\n", "<trace-gen>");
        pygen::runtime_finalize();
        return nullptr;
    }
    if (a1 == "--version" || a1 == "-V") {
        std::printf("pygen 0.1.0 (Python 3.11)\n");
        return nullptr;
    }
    Options opt;
    if (!parse_options(argc, argv, &opt)) {
        inv->status = 2;
        return nullptr;
    }
    auto env = [&](const char* name) -> const char* {
        const char* v = opt.ignore_environment ? nullptr : std::getenv(name);
        return v && *v ? v : nullptr;
    };
    if (!configure_int_max_str_digits(opt.xoptions, env("PYTHONINTMAXSTRDIGITS"))) {
        inv->status = 1;
        return nullptr;
    }
    bool interactive = opt.inspect;   // -i itself, not PYTHONINSPECT
    if (env("PYTHONINSPECT")) opt.inspect = true;
    if (env("PYTHONUNBUFFERED")) opt.unbuffered = true;
    int first = opt.next;
    bool repl = false;
    if (opt.has_command) {
        source = opt.command;
        filename = "<string>";
        static char dash_c[] = "-c";
        py_argv.push_back(dash_c);
    } else if (opt.has_module) {
        run_module = opt.module;
        static char dash_m[] = "-m";
        py_argv.push_back(dash_m);
        char cwd[4096];
        script_dir = getcwd(cwd, sizeof cwd) ? cwd : "";
    } else if (first < argc && std::string(argv[first]) == "-") {
        source = read_all_stdin();
        source_is_file = true;
        filename = "<stdin>";
        py_argv.push_back(argv[first++]);
    } else if (first < argc) {
        std::string path = argv[first];
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            int err = errno;
            char cwd[4096];
            std::string abs = path;
            if (path[0] != '/' && getcwd(cwd, sizeof cwd)) abs = std::string(cwd) + "/" + path;
            std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], abs.c_str(), err, std::strerror(err));
            inv->status = 2;
            return nullptr;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        source = ss.str();
        source_is_file = true;
        filename = absolute_path(path);
        size_t slash = filename.rfind('/');
        script_dir = filename.substr(0, slash == 0 ? 1 : slash);
        py_argv.push_back(argv[first++]);
    } else if (isatty(0) || opt.inspect) {
        // No program: the REPL, as python3 (sys.argv == ['']).
        static char empty[] = "";
        py_argv.push_back(empty);
        repl = true;
    } else {
        // No program and stdin is not a terminal: the program is stdin (`echo 'print(1)' | pygen`).
        source = read_all_stdin();
        source_is_file = true;
        filename = "<stdin>";
        static char empty[] = "";
        py_argv.push_back(empty);
    }
    for (int i = first; i < argc; ++i) py_argv.push_back(argv[i]);
    pygen::sys_set_unbuffered_stdout(opt.unbuffered);
    pygen::SysCommandLineFlags flags = command_line_flags(opt, interactive, env("PYTHONWARNINGS"));
    pygen::sys_set_command_line_flags(flags);
    if (!pygen::runtime_init(static_cast<int>(py_argv.size()), py_argv.data())) {
        std::fprintf(stderr, "pygen: runtime initialisation failed\n");
        inv->status = 1;
        return nullptr;
    }
    pygen::sys_set_path(search_path(script_dir, opt.ignore_environment, opt.isolated));
    pygen::sys_set_executable(argv[0]);
    set_xoptions(opt.xoptions);
    if (!flags.warnoptions.empty()) {
        // As CPython, warnings is imported at start-up to apply the options (and report bad ones).
        if (pygen::Object* warnings = pygen::import_module("warnings")) pygen::decref(warnings);
        else pygen::err_clear();
    }
    try {
        pygen::CodeObject* ran = nullptr;
        pygen::cli::ReplOptions repl_options;
        repl_options.show_banner = repl && !opt.quiet && isatty(0);
        // A program file may declare its encoding (PEP 263); -c text is already decoded.
        std::string text;
        bool decoded = !source_is_file || pygen::decode_source(source, filename, pygen::SourceOrigin::ProgramFile, &text);
        if (source_is_file && decoded) source = std::move(text);
        if (!decoded) {
            inv->status = pygen::handle_uncaught_exception();
        } else if (repl) {
            inv->status = pygen::cli::run_repl(repl_options);
        } else if (opt.inspect && !opt.has_module) {
            // python3 -i: whatever the program did, the REPL follows in its __main__.
            pygen::run_main_source_then_inspect(source, filename);
            inv->status = pygen::cli::run_repl(repl_options);
        } else if (opt.has_module) {
            inv->status = pygen::run_module_as_main(run_module, argv[0]);
            if (opt.inspect) inv->status = pygen::cli::run_repl(repl_options);
        } else {
            inv->status = pygen::run_main_source(source, filename, dis_quickened ? &ran : nullptr);
        }
        if (ran) {
            std::fflush(stdout);
            std::fputs(pygen::disassemble(ran).c_str(), stdout);
            pygen::decref(ran);
        }
        pygen::runtime_finalize();
    } catch (const std::bad_alloc&) {
        // Only reached when memory ran out outside the eval loop (which turns it into
        // MemoryError), e.g. while reporting an uncaught exception or finalising at exit.
        std::fprintf(stderr, "MemoryError\n");
        inv->status = 1;
    }
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    // Allocators that report failure through the new-handler (mimalloc does) must throw, so the
    // eval loop can turn it into MemoryError instead of the process aborting.
    std::set_new_handler([] { throw std::bad_alloc(); });
    Invocation inv{argc, argv};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kInterpreterStackBytes);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run, &inv) != 0) {
        run(&inv);   // fall back to the main thread's stack
    } else {
        // Signals go to the interpreter thread, so its blocking calls see EINTR and run handlers.
        sigset_t all;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, nullptr);
        pthread_join(thread, nullptr);
    }
    pthread_attr_destroy(&attr);
    std::fflush(stdout);
    if (pygen::g_exit_by_sigint) {
        // CPython 3.11 (exit_sigint): an uncaught KeyboardInterrupt ends the process by SIGINT.
        std::fflush(stderr);
        signal(SIGINT, SIG_DFL);
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
        kill(getpid(), SIGINT);
        return 128 + SIGINT;
    }
    return inv.status;
}
