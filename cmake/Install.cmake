# What `cmake --install` puts under the prefix: the tools in bin/, their man pages in
# share/man/man1 and man7, the library and its public headers, and a CMake package, so
# that another project says find_package(dossier) and links dossier::dossier. CPack turns
# the same into a Debian package: `cpack -G DEB` in the build tree.
include(CMakePackageConfigHelpers)

file(GLOB dossier_man1 CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
file(GLOB dossier_man7 CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.7)
install(FILES ${dossier_man1} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tools)
install(FILES ${dossier_man7} DESTINATION ${CMAKE_INSTALL_MANDIR}/man7 COMPONENT tools)

install(TARGETS dossier EXPORT dossierTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/dossier ${PROJECT_BINARY_DIR}/lib/include/dossier
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development FILES_MATCHING PATTERN "*.h")

set(dossier_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/dossier)
install(EXPORT dossierTargets NAMESPACE dossier:: DESTINATION ${dossier_cmake_dir} COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/dossierConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dossierConfig.cmake INSTALL_DESTINATION ${dossier_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dossierConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dossierConfig.cmake ${PROJECT_BINARY_DIR}/dossierConfigVersion.cmake
  DESTINATION ${dossier_cmake_dir} COMPONENT development)

set(CPACK_PACKAGE_NAME dossier)
set(CPACK_PACKAGE_VENDOR "dossier")
set(CPACK_PACKAGE_CONTACT "dossier maintainers <dossier@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# The run-time libraries (RE2, fmt, utf8proc, simdjson) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
