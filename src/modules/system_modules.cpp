// Registers the C++ modules that face the operating system and the import system (_imp, posix,
// _io, errno, signal, _socket, _select,
// _posixsubprocess), kept apart from registry.cpp so each family has one list.
#include "objects/module.h"

namespace pygen {

Object* make_imp_module();     // imp_module.cpp
Object* make_posix_module();   // posix_module.cpp
Object* make_errno_module();   // errno_module.cpp
Object* make_signal_module();  // signal/signal_module.cpp
Object* make_socket_module();  // socket/socket_module.cpp
Object* make_select_module();  // select/select_module.cpp
Object* make_posixsubprocess_module();  // subprocess/posixsubprocess_module.cpp

void register_system_modules() {
    register_builtin_module("_imp", make_imp_module);
    register_builtin_module("posix", make_posix_module);
    register_builtin_module("errno", make_errno_module);
    register_builtin_module("_signal", make_signal_module);
    register_builtin_module("_socket", make_socket_module);
    register_builtin_module("_select", make_select_module);
    register_builtin_module("_posixsubprocess", make_posixsubprocess_module);
}

}  // namespace pygen
