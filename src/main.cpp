// The pygen command line, shaped like python3's: `pygen FILE [ARGS]`, `pygen -c CODE [ARGS]`,
// `pygen -m MODULE [ARGS]`, `pygen -` (program on stdin), `pygen --version`. The interpreter runs on a thread with a large
// stack so deep (but legal) C++ recursion — nested calls through built-ins, generator resumption —
// reaches Python's RecursionError long before the C++ stack ends.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
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
#include "modules/sys_module.h"
#include "vm/import.h"
#include "vm/pythonrun.h"
#include "vm/runtime.h"
#include "vm/signals.h"

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
std::vector<std::string> search_path(const std::string& first) {
    std::vector<std::string> path{first};
    if (const char* env = std::getenv("PYTHONPATH"); env && *env) {
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
    std::fprintf(stderr, "usage: pygen [-c cmd | -m mod | file | -] [arg] ...\n       pygen --version\n       pygen --dis file\n"
                         "       pygen --dis-quickened file [arg] ...\n");
}

void* run(void* arg) {
    auto* inv = static_cast<Invocation*>(arg);
    int argc = inv->argc;
    char** argv = inv->argv;
    std::string source, filename, script_dir, run_module;
    std::vector<char*> py_argv;
    int first = 1;
    if (argc < 2) {
        usage();
        inv->status = 2;
        return nullptr;
    }
    std::string a1 = argv[1];
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
        a1 = argv[1];
    }
    if (a1 == "--version" || a1 == "-V") {
        std::printf("pygen 0.1.0 (Python 3.11)\n");
        return nullptr;
    }
    if (a1 == "-c") {
        if (argc < 3) {
            std::fprintf(stderr, "Argument expected for the -c option\n");
            inv->status = 2;
            return nullptr;
        }
        source = argv[2];
        filename = "<string>";
        static char dash_c[] = "-c";
        py_argv.push_back(dash_c);
        first = 3;
    } else if (a1 == "-m") {
        if (argc < 3) {
            std::fprintf(stderr, "Argument expected for the -m option\n");
            usage();
            inv->status = 2;
            return nullptr;
        }
        run_module = argv[2];
        static char dash_m[] = "-m";
        py_argv.push_back(dash_m);
        char cwd[4096];
        script_dir = getcwd(cwd, sizeof cwd) ? cwd : "";
        first = 3;
    } else if (a1 == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        source = ss.str();
        filename = "<stdin>";
        py_argv.push_back(argv[1]);
        first = 2;
    } else if (a1.size() > 1 && a1[0] == '-') {
        std::fprintf(stderr, "Unknown option: %s\n", argv[1]);
        usage();
        inv->status = 2;
        return nullptr;
    } else {
        std::ifstream in(a1, std::ios::binary);
        if (!in) {
            int err = errno;
            char cwd[4096];
            std::string abs = a1;
            if (a1[0] != '/' && getcwd(cwd, sizeof cwd)) abs = std::string(cwd) + "/" + a1;
            std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], abs.c_str(), err, std::strerror(err));
            inv->status = 2;
            return nullptr;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        source = ss.str();
        filename = absolute_path(a1);
        size_t slash = filename.rfind('/');
        script_dir = filename.substr(0, slash == 0 ? 1 : slash);
        py_argv.push_back(argv[1]);
        first = 2;
    }
    for (int i = first; i < argc; ++i) py_argv.push_back(argv[i]);
    if (!pygen::runtime_init(static_cast<int>(py_argv.size()), py_argv.data())) {
        std::fprintf(stderr, "pygen: runtime initialisation failed\n");
        inv->status = 1;
        return nullptr;
    }
    pygen::sys_set_path(search_path(script_dir));
    pygen::sys_set_executable(argv[0]);
    try {
        pygen::CodeObject* ran = nullptr;
        if (!run_module.empty() || a1 == "-m")
            inv->status = pygen::run_module_as_main(run_module, argv[0]);
        else
            inv->status = pygen::run_main_source(source, filename, dis_quickened ? &ran : nullptr);
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
