// The C++ modules importable by name beyond builtins/sys/time/math (which runtime_init registers
// itself). One line per module keeps the list in one place.
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/weakref.h"
#include "vm/gc.h"

namespace pygen {

void register_system_modules();   // system_modules.cpp: _imp, os/posix, io, errno, signal
Object* make_pygen_module();   // pygen_module.cpp
Object* make_sre_module();     // re/re_module.cpp
Object* make_random_module();  // random/random_module.cpp
#ifdef PYGEN_NO_HASHLIB
// Built without OpenSSL (the WebAssembly playground, -DPYGEN_HASHLIB=OFF): importing hashlib
// says why it is missing rather than "No module named".
static Object* make_hashlib_module() {
    return err_set_string(ImportError, "hashlib is not available: this pygen was built without OpenSSL (PYGEN_HASHLIB=OFF, as in the WebAssembly playground)");
}
static Object* make_blake2_module() {
    return err_set_string(ImportError, "_blake2 is not available: this pygen was built without hashlib (PYGEN_HASHLIB=OFF)");
}
#else
Object* make_hashlib_module(); // hashlib/hashlib_module.cpp
Object* make_blake2_module();  // hashlib/blake2_module.cpp
#endif
#ifdef PYGEN_NO_BZ2
static Object* make_bz2_module() {
    return err_set_string(ImportError, "_bz2 is not available: this pygen was built without libbz2 (PYGEN_BZ2=OFF, as in the WebAssembly playground)");
}
#else
Object* make_bz2_module();     // bz2/bz2_module.cpp
#endif
#ifdef PYGEN_NO_LZMA
static Object* make_lzma_module() {
    return err_set_string(ImportError, "_lzma is not available: this pygen was built without liblzma (PYGEN_LZMA=OFF, as in the WebAssembly playground)");
}
#else
Object* make_lzma_module();    // lzma/lzma_module.cpp
#endif
Object* make_struct_module();  // struct/struct_module.cpp
Object* make_binascii_module(); // binascii/binascii_module.cpp
Object* make_zlib_module();    // zlib/zlib_module.cpp
Object* make_asyncio_module();  // asyncio/asyncio_module.cpp
Object* make_contextvars_module();  // contextvars/contextvars.cpp
Object* make_cmath_module();   // cmath.cpp
Object* make_ast_module();     // ast_module.cpp
Object* make_tracemalloc_module();  // tracemalloc_module.cpp
Object* make_heapq_module();   // heapq/heapq_module.cpp
Object* make_bisect_module();  // bisect/bisect_module.cpp
Object* make_operator_module();  // operator/operator_module.cpp
Object* make_collections_module();  // collections/collections_module.cpp
Object* make_functools_module();  // functools/functools_module.cpp
Object* make_itertools_module();  // itertools/itertools_module.cpp
Object* make_json_module();    // json/json_module.cpp
Object* make_pickle_accel_module();  // pickle/pickle_accel.cpp
Object* make_decimal_accel_module();  // decimal/decimal_accel.cpp
Object* make_datetime_accel_module();  // datetime/datetime_accel.cpp
Object* make_stringio_module();  // io/stringio.cpp
Object* make_csv_module();     // csv/csv_module.cpp
Object* make_array_module();   // array/array_object.cpp
Object* make_statistics_module();  // statistics/statistics_module.cpp
Object* make_unicodedata_module();  // unicodedata/unicodedata_module.cpp

void register_extra_modules() {
    register_system_modules();
    register_builtin_module("_weakref", make_weakref_module);
    register_builtin_module("gc", make_gc_module);
    register_builtin_module("pygen", make_pygen_module);
    register_builtin_module("_sre", make_sre_module);
    register_builtin_module("_random", make_random_module);
    register_builtin_module("_hashlib", make_hashlib_module);
    register_builtin_module("_blake2", make_blake2_module);
    register_builtin_module("_struct", make_struct_module);
    register_builtin_module("_binascii", make_binascii_module);
    register_builtin_module("_zlib", make_zlib_module);
    register_builtin_module("_bz2", make_bz2_module);
    register_builtin_module("_lzma", make_lzma_module);
    register_builtin_module("_asyncio", make_asyncio_module);
    register_builtin_module("_contextvars", make_contextvars_module);
    register_builtin_module("cmath", make_cmath_module);
    register_builtin_module("_ast", make_ast_module);
    register_builtin_module("_tracemalloc", make_tracemalloc_module);
    register_builtin_module("_heapq", make_heapq_module);
    register_builtin_module("_bisect", make_bisect_module);
    register_builtin_module("_operator", make_operator_module);
    register_builtin_module("_collections", make_collections_module);
    register_builtin_module("_functools", make_functools_module);
    register_builtin_module("_itertools", make_itertools_module);
    register_builtin_module("_json", make_json_module);
    register_builtin_module("_pickle_accel", make_pickle_accel_module);
    register_builtin_module("_decimal_accel", make_decimal_accel_module);
    register_builtin_module("_datetime_accel", make_datetime_accel_module);
    register_builtin_module("_stringio", make_stringio_module);
    register_builtin_module("_csv", make_csv_module);
    register_builtin_module("array", make_array_module);
    register_builtin_module("_statistics", make_statistics_module);
    register_builtin_module("unicodedata", make_unicodedata_module);
}

}  // namespace pygen
