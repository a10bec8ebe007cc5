// C++ side of warnings: hands the warning to warnings.warn in lib/warnings.py.
#include "modules/warnings.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/import.h"

namespace pygen {

bool warn_message(TypeObject* category, const std::string& message, Object* source) {
    Ref<> mod = Ref<>::steal(import_module("warnings"));
    if (!mod) return false;
    Ref<> warn = Ref<>::steal(object_getattr_str(mod.get(), "warn"));
    if (!warn) return false;
    Ref<> msg = Ref<>::steal(str_from(message));
    Object* args[3] = {msg.get(), category, source ? source : None};
    Ref<> kw = Ref<>::steal(tuple_pack({str_intern("source")}));
    Ref<> r = Ref<>::steal(call(warn.get(), args, 2, kw.get()));
    return static_cast<bool>(r);
}

}  // namespace pygen
