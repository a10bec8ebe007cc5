# Toolchain for the WebAssembly build of pygen (the browser playground), with Debian's emscripten:
#   cmake -S . -B build-wasm -G Ninja --toolchain cmake/emscripten.cmake -DCMAKE_BUILD_TYPE=Release
# tools/build_playground.sh does this and the rest. The WebAssembly specifics (which libraries and
# modules, link settings) are in cmake/wasm.cmake, which CMakeLists.txt includes under EMSCRIPTEN.
if(NOT EMSCRIPTEN_ROOT)
  find_program(PYGEN_EM_CONFIG em-config)
  if(PYGEN_EM_CONFIG)
    execute_process(COMMAND ${PYGEN_EM_CONFIG} EMSCRIPTEN_ROOT OUTPUT_VARIABLE EMSCRIPTEN_ROOT
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
  endif()
  if(NOT EMSCRIPTEN_ROOT)
    set(EMSCRIPTEN_ROOT /usr/share/emscripten)
  endif()
endif()
if(NOT EXISTS ${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake)
  message(FATAL_ERROR "emscripten not found (apt-get install emscripten)")
endif()
include(${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake)

# Debian's emscripten runs its JavaScript optimizer with `node`, which must find Debian's acorn
# (node-acorn in /usr/share/nodejs); a Node.js that is not Debian's (NodeSource's) does not look
# there, so the link step is given NODE_PATH.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_C_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
