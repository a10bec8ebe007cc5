// Hostile scripts against the sandbox (include/pygen/sandbox.h, README "Sandbox: what is
// guaranteed"): each escape attempt must end in a Python exception of the expected type, and the
// host must be unharmed (its process, files, environment, working folder and signal handlers as
// they were). The import allowlist is tried in this process; removing system access is one-way
// per runtime, so those attempts run in a child process (a death test that must exit 0).
#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

struct Attempt {
    const char* what;
    const char* source;
    const char* expected;   // the Python exception's type name, or "no error"
};

// Runs each attempt in a fresh namespace (after `prelude`); returns one line per attempt that
// ended otherwise than expected.
std::string run_attempts(const std::vector<Attempt>& attempts, const std::string& prelude = "") {
    std::string failures;
    for (const Attempt& a : attempts) {
        std::string got = "no error", message;
        try {
            Value ns = new_namespace("__main__");
            exec(prelude + a.source, ns, "<escape>");
        } catch (const Error& e) {
            got = e.type_name();
            message = e.message();
        } catch (const std::exception& e) {
            got = std::string("C++ exception: ") + e.what();
        }
        if (got != a.expected)
            failures += std::string(a.what) + ": expected " + a.expected + ", got " + got + " (" + message + ")\n";
    }
    return failures;
}

class ApiSandboxEscape : public test::RuntimeFixture {
protected:
    void TearDown() override { set_import_allowlist({}); }
};

// The allowlist governs what script code imports, by the absolute name, whatever route asks for
// it; the modules an allowed library module imports for itself load but stay unimportable.
TEST_F(ApiSandboxEscape, AllowlistCannotBeSidestepped) {
    import("os");   // the host's own imports are not the script's
    set_import_allowlist({"json", "math", "pickle"});
    const std::string bootstrap =
        "import json\n"
        "g = type(json.__spec__).__init__.__globals__\n";   // importlib._bootstrap's namespace
    std::vector<Attempt> attempts = {
        {"allowed module", "import json, math\njson.dumps([math.pi])\nfrom json import decoder\n", "no error"},
        {"a module json imported", "import json\nimport re\n", "ImportError"},
        {"a module the host imported", "import os\n", "ImportError"},
        {"__import__", "__import__('os')\n", "ImportError"},
        {"__import__ with a level", "__import__('subprocess', {'__package__': 'asyncio'}, None, (), 1)\n", "ImportError"},
        {"relative import with a forged __package__", "__package__ = 'asyncio'\nfrom . import subprocess\n",
         "ImportError"},
        {"forged __file__ of the library", "__file__ = '<pygen>/lib/evil.py'\nimport os\n", "ImportError"},
        {"compile() with a library file name", "exec(compile('import os', '<frozen json>', 'exec'))\n", "ImportError"},
        {"exec in an allowed module's namespace", "import json\nexec('import os', json.__dict__)\n", "ImportError"},
        {"library function run on forged globals",
         "import json\nf = type(json.__spec__).__init__\n"
         "exec('import os', {'__builtins__': f.__globals__['__builtins__']})\n",
         "ImportError"},
        {"_imp.import_absolute", "g['_imp'].import_absolute('os')\n", "ImportError"},
        {"importlib's _gcd_import", "g['_gcd_import']('os')\n", "ImportError"},
        {"FrozenImporter.find_spec", "g['FrozenImporter'].find_spec('os')\n", "ImportError"},
        {"fresh module from the frozen code",
         "spec = g['ModuleSpec']('os', g['FrozenImporter'])\n"
         "m = g['module_from_spec'](spec)\ng['FrozenImporter'].exec_module(m)\n",
         "ImportError"},
        {"_imp.get_frozen_source", "g['_imp'].get_frozen_source('subprocess')\n", "ImportError"},
        {"BuiltinImporter.create_module",
         "g['BuiltinImporter'].create_module(g['ModuleSpec']('posix', g['BuiltinImporter']))\n", "ImportError"},
        {"pickle's find_class", "import pickle\npickle.loads(b\"cos\\nsystem\\n(S'true'\\ntR.\")\n", "ImportError"},
        {"builtins' __import__ through a function's globals",
         "b = (lambda: 0).__globals__['__builtins__']\n"
         "b = b if isinstance(b, dict) else b.__dict__\nb['__import__']('os')\n",
         "ImportError"},
    };
    std::string failures;
    for (Attempt& a : attempts) {
        std::string src = std::string(a.source);
        if (src.find("g[") != std::string::npos) src = bootstrap + src;
        failures += run_attempts({{a.what, src.c_str(), a.expected}});
    }
    EXPECT_EQ(failures, "");
    // The message and the name, as CPython's import errors carry it.
    try {
        Value ns = new_namespace("__main__");
        exec("import os.path\n", ns);
        FAIL() << "import os.path succeeded";
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "ImportError");
        EXPECT_EQ(e.message(), "import of 'os' is not allowed");
        EXPECT_EQ(e.exception().attr("name").to_string(), "os");
    }
    // An allowed module that imports a library module through __import__ at its top level.
    set_import_allowlist({"typing", "concurrent"});
    EXPECT_EQ(run_attempts({{"typing", "import typing\ntyping.Deque[int]\ntyping.Pattern[str]\n", "no error"},
                            {"concurrent.futures (loads its executors lazily)",
                             "import concurrent.futures as cf\n"
                             "assert cf.ThreadPoolExecutor().submit(sum, [1, 2]).result() == 3\n",
                             "no error"}}),
              "");
}

// Reaches a module object through a walk over every class's functions' globals, as an attacker
// does when imports are closed: type(...).__subclasses__ and __globals__.
constexpr const char* kReach = R"(
def reach(name):
    seen = set()
    todo = [object]
    while todo:
        cls = todo.pop()
        if id(cls) in seen:
            continue
        seen.add(id(cls))
        try:
            todo.extend(type.__subclasses__(cls))
        except TypeError:
            pass
        for attr in list(vars(cls).values()):
            g = getattr(attr, '__globals__', None)
            if isinstance(g, dict):
                m = g.get(name)
                if m is not None and type(m).__name__ == 'module':
                    return m
    raise LookupError(name)

mods = reach('sys').modules
)";

TEST_F(ApiSandboxEscape, RemovedSystemAccessCannotBeReachedByAnyRoute) {
    EXPECT_EXIT(
        {
            char cwd_before[4096];
            if (!getcwd(cwd_before, sizeof cwd_before)) std::exit(2);
            std::string secret = "/tmp/pygen_escape_secret_" + std::to_string(getpid()) + ".py";
            std::string marker = "/tmp/pygen_escape_marker_" + std::to_string(getpid());
            std::string folder = "/tmp/pygen_escape_dir_" + std::to_string(getpid());
            {
                std::ofstream(secret) << "SECRET_LINE = 'the host keeps this'\n";
                mkdir(folder.c_str(), 0700);
                std::ofstream(folder + "/hostile_helper.py") << "X = 1\n";
            }
            setenv("PYGEN_ESCAPE_ENV", "host-secret", 1);
            auto before_sigint = std::signal(SIGINT, SIG_DFL);
            std::signal(SIGINT, before_sigint);
            Interpreter py;
            // A host that used these modules before locking the runtime down.
            for (const char* m : {"os", "io", "pathlib", "shutil", "tempfile", "subprocess", "socket", "select",
                                  "signal", "time", "importlib", "importlib.util", "asyncio", "pickle", "traceback"})
                import(m);
            remove_system_access();
            auto attempt = [&](const char* what, std::string body, const char* expected) {
                std::string b = body;
                size_t at;
                while ((at = b.find("SECRET")) != std::string::npos) b.replace(at, 6, secret);
                while ((at = b.find("MARKER")) != std::string::npos) b.replace(at, 6, marker);
                while ((at = b.find("FOLDER")) != std::string::npos) b.replace(at, 6, folder);
                return run_attempts({{what, b.c_str(), expected}}, kReach);
            };
            std::string f;
            // Names.
            f += attempt("open()", "open('SECRET')\n", "NameError");
            f += attempt("input()", "input()\n", "NameError");
            for (const char* m : {"os", "posix", "sys", "io", "_io", "subprocess", "socket", "_socket", "select", "signal",
                                  "importlib", "_imp", "shutil", "pathlib", "tempfile", "builtins"})
                f += attempt(m, std::string("import ") + m + "\n", "ImportError");
            f += attempt("__import__", "__import__('os')\n", "ImportError");
            f += attempt("importlib.import_module", "mods['importlib'].import_module('os')\n", "ImportError");
            f += attempt("the builtins dict", "mods['builtins'].__dict__['open']\n", "KeyError");
            // os, reached by walking the class graph; every system call refuses.
            for (const char* call : {"os.system('touch MARKER')", "os.listdir('/')", "os.open('SECRET', 0)", "os.getcwd()",
                                     "os.chdir('/')", "os.mkdir('MARKER')", "os.remove('SECRET')", "os.kill(1, 0)",
                                     "os.fork()", "os._exit(3)", "os.execv('/bin/true', ['true'])", "os.stat('SECRET')",
                                     "os.putenv('PYGEN_ESCAPE_ENV', 'changed')", "os.unsetenv('PYGEN_ESCAPE_ENV')",
                                     "os.write(1, b'x')", "os.read(0, 1)", "os.pipe()", "os.dup(1)", "os.close(1)",
                                     "os.scandir('/')", "os.umask(0)"})
                f += attempt(call, std::string("os = reach('os')\n") + call + "\n", "PermissionError");
            f += attempt("the posix module itself", "mods['posix'].system('touch MARKER')\n", "PermissionError");
            f += attempt("os.environ is empty",
                         "os = reach('os')\nassert len(os.environ) == 0 and os.getenv('PYGEN_ESCAPE_ENV') is None\n"
                         "assert os.environb.get(b'PATH') is None\n",
                         "no error");
            f += attempt("os.environ write", "mods['os'].environ['PYGEN_ESCAPE_ENV'] = 'changed'\n", "PermissionError");
            // Files through the library.
            f += attempt("io.open", "mods['io'].open('SECRET')\n", "PermissionError");
            f += attempt("io.FileIO", "mods['io'].FileIO('SECRET')\n", "PermissionError");
            f += attempt("pathlib read", "mods['pathlib'].Path('SECRET').read_text()\n", "PermissionError");
            f += attempt("pathlib write", "mods['pathlib'].Path('MARKER').write_text('x')\n", "PermissionError");
            f += attempt("pathlib iterdir", "list(mods['pathlib'].Path('/').iterdir())\n", "PermissionError");
            // shutil opens files with the builtin open, which is gone.
            f += attempt("shutil.copyfile", "mods['shutil'].copyfile('SECRET', 'MARKER')\n", "NameError");
            f += attempt("shutil.rmtree", "mods['shutil'].rmtree('FOLDER')\n", "PermissionError");
            f += attempt("tempfile.mkstemp", "mods['tempfile'].mkstemp(dir='/tmp')\n", "PermissionError");
            f += attempt("_imp.read_file", "mods['_imp'].read_file('SECRET')\n", "PermissionError");
            f += attempt("importlib SourceFileLoader",
                         "mods['importlib.util'].spec_from_file_location('x', 'SECRET').loader.get_source('x')\n",
                         "PermissionError");
            f += attempt("the import system's folder search",
                         "mods['sys'].path.insert(0, 'FOLDER')\nimport hostile_helper\n", "ModuleNotFoundError");
            f += attempt("fresh os from the frozen code", "mods['_imp'].get_frozen_object('os')\n", "ImportError");
            f += attempt("source lines through a traceback",
                         "import traceback\ntry:\n    exec(compile('1/0', 'SECRET', 'exec'))\nexcept ZeroDivisionError:\n"
                         "    text = traceback.format_exc()\nassert 'host keeps' not in text, text\n",
                         "no error");
            // Processes, network, signals, blocking.
            f += attempt("subprocess.run", "mods['subprocess'].run(['touch', 'MARKER'])\n", "PermissionError");
            f += attempt("_posixsubprocess.fork_exec", "mods['_posixsubprocess'].fork_exec()\n", "PermissionError");
            f += attempt("asyncio subprocess",
                         "import asyncio\nc = asyncio.create_subprocess_exec('touch', 'MARKER')\n"
                         "try:\n    asyncio.run(c)\nfinally:\n    c.close()\n",
                         "PermissionError");
            f += attempt("socket", "mods['socket'].socket()\n", "PermissionError");
            f += attempt("socket connect", "mods['socket'].create_connection(('127.0.0.1', 9))\n", "PermissionError");
            f += attempt("DNS", "mods['socket'].getaddrinfo('localhost', 80)\n", "PermissionError");
            f += attempt("select", "mods['select'].select([0], [], [], 60)\n", "PermissionError");
            f += attempt("signal handler", "s = mods['signal']\ns.signal(s.SIGINT, lambda *a: None)\n", "PermissionError");
            f += attempt("alarm", "mods['signal'].alarm(1)\n", "PermissionError");
            f += attempt("raise_signal", "mods['signal'].raise_signal(15)\n", "PermissionError");
            f += attempt("time.sleep", "mods['time'].sleep(60)\n", "PermissionError");
            f += attempt("stdin", "mods['sys'].stdin.read()\n", "PermissionError");
            f += attempt("closing stdout", "mods['sys'].stdout.close()\n", "PermissionError");
            f += attempt("unbound method", "t = type(mods['sys'].stdin)\nt.readline(mods['sys'].stdin)\n",
                         "PermissionError");
            // The library still works where it needs no system access.
            f += attempt("harmless library",
                         "import json, re, typing, collections, asyncio, dataclasses, decimal, threading, logging\n"
                         "import random, datetime, enum, functools, itertools, heapq, textwrap, string\n"
                         "json.loads(json.dumps({'a': [1, 2]}))\nre.sub('a', 'b', 'aa')\nprint('', end='')\n"
                         "random.random()\ndatetime.datetime.now()\nlogging.getLogger('sandboxed').info('x')\n",
                         "no error");
            // The host: alive, its files, environment, folder and signal handler as they were.
            bool host_ok = access(marker.c_str(), F_OK) != 0 && access(secret.c_str(), F_OK) == 0 &&
                           access((folder + "/hostile_helper.py").c_str(), F_OK) == 0;
            const char* env = getenv("PYGEN_ESCAPE_ENV");
            host_ok = host_ok && env && std::string(env) == "host-secret";
            char cwd_after[4096];
            host_ok = host_ok && getcwd(cwd_after, sizeof cwd_after) && std::string(cwd_after) == cwd_before;
            auto sigint_now = std::signal(SIGINT, SIG_DFL);
            host_ok = host_ok && sigint_now == before_sigint;
            // An Error's traceback, formatted for the host, reads no source file either.
            try {
                Value ns = new_namespace("__main__");
                exec("exec(compile('1/0', '" + secret + "', 'exec'))\n", ns);
            } catch (const Error& e) {
                if (e.traceback().find("host keeps") != std::string::npos) f += "traceback read the file\n";
            }
            std::remove(secret.c_str());
            std::remove((folder + "/hostile_helper.py").c_str());
            rmdir(folder.c_str());
            if (!host_ok) f += "the host was harmed\n";
            std::fputs(f.c_str(), stderr);
            std::exit(f.empty() ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace pygen
