// Exit hook for lib/atexit.py: the registry lives in Python; this only calls
// atexit._run_exitfuncs() at finalisation, and only when the program imported atexit (so programs
// that never do pay nothing).
#include "modules/atexit_hook.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/module.h"

namespace pygen {

void run_atexit_callbacks() {
    Object* modules = sys_modules();
    if (!modules) return;
    Object* atexit = dict_getitem_str(modules, "atexit");
    if (!atexit) {
        if (err_occurred()) err_clear();
        return;
    }
    Ref<> atexit_ref = Ref<>::borrow(atexit);   // a callback may remove it from sys.modules
    Object* result = call_method0(atexit, "_run_exitfuncs");
    if (result) {
        decref(result);
    } else {
        err_write_unraisable(atexit);
    }
}

}  // namespace pygen
