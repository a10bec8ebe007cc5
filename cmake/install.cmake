# Install rules of the embedding package, included by the top CMakeLists.txt.
#   lib/libpygen_runtime.a, lib/libpygen_frontend.a   the interpreter (compiler, VM, modules, lib/*.py)
#   include/pygen/*.h                                 the public API, nothing private
#   lib/cmake/pygen/                                  pygenConfig.cmake: find_package(pygen), pygen::pygen
#   lib/pkgconfig/pygen.pc                            pkg-config --cflags --libs pygen
#   bin/pygen                                         the command line
include(CMakePackageConfigHelpers)

# pygen::pygen, the one target hosts link: the runtime and everything it needs.
add_library(pygen_embed INTERFACE)
target_link_libraries(pygen_embed INTERFACE pygen_runtime)
set_target_properties(pygen_embed PROPERTIES EXPORT_NAME pygen)
target_compile_features(pygen_embed INTERFACE cxx_std_20)

install(TARGETS pygen_embed pygen_runtime pygen_frontend EXPORT pygenTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS pygen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/include/pygen DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")

set(PYGEN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pygen)
install(EXPORT pygenTargets NAMESPACE pygen:: DESTINATION ${PYGEN_CMAKE_DIR})
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/pygenConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/pygenConfig.cmake INSTALL_DESTINATION ${PYGEN_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/pygenConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/pygenConfig.cmake ${CMAKE_BINARY_DIR}/pygenConfigVersion.cmake
        DESTINATION ${PYGEN_CMAKE_DIR})

# lib/pkgconfig -> ../.. (or deeper for multiarch library folders), so the file is relocatable.
file(RELATIVE_PATH PYGEN_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${CMAKE_SOURCE_DIR}/cmake/pygen.pc.in ${CMAKE_BINARY_DIR}/pygen.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/pygen.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
