# The WebAssembly build (included by CMakeLists.txt when the toolchain is cmake/emscripten.cmake).
# Debian ships none of pygen's native libraries compiled for WebAssembly, and emscripten's "ports"
# download their sources, which the build machines cannot do. So:
#   * GMP  -> GMP's own mini-gmp (same API, one portable C file, from Debian's gmp source package)
#             plus cmake/wasm/gmp.h, which adapts it to wasm32's 32-bit `long`;
#   * zlib -> zlib compiled from Debian's zlib source package (zlib and binascii.crc32 work);
#   * OpenSSL libcrypto -> left out: `import hashlib` raises ImportError saying why;
#   * libbz2, liblzma -> left out the same way (`import bz2`, `import lzma` raise ImportError);
#   * mimalloc, libedit -> left out (the C library's malloc; the REPL is not used in a browser).
# tools/fetch_wasm_sources.sh puts those sources in PYGEN_WASM_SOURCES (build-wasm/deps).
enable_language(C)
set(PYGEN_WASM_SOURCES "${CMAKE_BINARY_DIR}/deps" CACHE PATH "mini-gmp/ and zlib/ sources (tools/fetch_wasm_sources.sh)")
if(NOT EXISTS ${PYGEN_WASM_SOURCES}/mini-gmp/mini-gmp.c OR NOT EXISTS ${PYGEN_WASM_SOURCES}/zlib/inflate.c)
  message(FATAL_ERROR "run tools/fetch_wasm_sources.sh ${PYGEN_WASM_SOURCES} first (or tools/build_playground.sh)")
endif()

set(PYGEN_MIMALLOC OFF)
set(PYGEN_LIBEDIT OFF)
set(PYGEN_TESTS OFF)
set(PYGEN_HASHLIB OFF)
set(PYGEN_BZ2 OFF)
set(PYGEN_LZMA OFF)

# -O2, not -O3: a third less compile time for about the same speed in the browser.
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG")
# pygen catches C++ exceptions (bad_alloc, re's parse errors): native WebAssembly exceptions cost
# nothing until thrown, unlike emscripten's JavaScript-based ones (Chromium 95+, Node 17+).
add_compile_options(-fwasm-exceptions)
# Floating-point std::to_chars/from_chars, which this libc++ lacks (see the header).
string(APPEND CMAKE_CXX_FLAGS " -include ${CMAKE_SOURCE_DIR}/cmake/wasm/charconv_compat.h")
add_link_options(-fwasm-exceptions)

# mini-gmp, and the Linux calls emscripten's C library lacks (cmake/wasm/posix_shims.c): linked
# wherever GMP is.
add_library(pygen_wasm_support STATIC ${PYGEN_WASM_SOURCES}/mini-gmp/mini-gmp.c
            ${CMAKE_SOURCE_DIR}/cmake/wasm/mini_mpq.c ${CMAKE_SOURCE_DIR}/cmake/wasm/posix_shims.c)
target_include_directories(pygen_wasm_support PRIVATE ${PYGEN_WASM_SOURCES}/mini-gmp)
set_source_files_properties(${PYGEN_WASM_SOURCES}/mini-gmp/mini-gmp.c ${CMAKE_SOURCE_DIR}/cmake/wasm/mini_mpq.c
                            PROPERTIES COMPILE_OPTIONS -w)
set(GMP_LIBRARY pygen_wasm_support)
set(GMP_INCLUDE_DIR ${CMAKE_SOURCE_DIR}/cmake/wasm ${PYGEN_WASM_SOURCES}/mini-gmp)

set(PYGEN_WASM_ZLIB_FILES adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast
    inflate inftrees trees uncompr zutil)
list(TRANSFORM PYGEN_WASM_ZLIB_FILES PREPEND ${PYGEN_WASM_SOURCES}/zlib/)
list(TRANSFORM PYGEN_WASM_ZLIB_FILES APPEND .c)
add_library(pygen_wasm_zlib STATIC ${PYGEN_WASM_ZLIB_FILES})
target_include_directories(pygen_wasm_zlib PUBLIC ${PYGEN_WASM_SOURCES}/zlib)
target_compile_options(pygen_wasm_zlib PRIVATE -w)
target_compile_definitions(pygen_wasm_zlib PRIVATE HAVE_UNISTD_H)
add_library(ZLIB::ZLIB ALIAS pygen_wasm_zlib)

# The page runs pygen in a Web Worker: one fresh instance per run (MODULARIZE), main() called by
# the worker with the program's arguments, files in emscripten's in-memory file system.
add_link_options(
  -sMODULARIZE=1 -sEXPORT_NAME=createPygen -sINVOKE_RUN=0 -sEXIT_RUNTIME=1
  -sEXPORTED_RUNTIME_METHODS=callMain,FS
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sTOTAL_STACK=8388608
  -sENVIRONMENT=web,worker,node)
