# Shared build settings: warnings and sanitizers for our own targets only.
function(dossier_target_defaults target)
  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
      -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough>)
endfunction()

# dossier_unity_by_folder(target root source...): with -DCMAKE_UNITY_BUILD=ON (as .ci/run
# builds) the sources of one folder below root compile as one unit, so the headers they share
# (the standard library, nlohmann/json, Catch2) are parsed and their templates compiled once
# per folder instead of once per file. A folder is one module, so names in the anonymous
# namespaces of a module's files must differ; sources outside root, or given without a
# folder, compile alone.
function(dossier_unity_by_folder target root)
  set_target_properties(${target} PROPERTIES UNITY_BUILD_MODE GROUP)
  foreach(src IN LISTS ARGN)
    file(RELATIVE_PATH rel ${root} ${src})
    if(rel MATCHES "^\\.\\.")
      continue()
    endif()
    get_filename_component(folder ${rel} DIRECTORY)
    if(folder STREQUAL "")
      set(folder .)
    endif()
    set_source_files_properties(${src} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${target}:${folder})
  endforeach()
endfunction()

if(DOSSIER_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(DOSSIER_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# add_tool(name): tools/<name>.cc becomes build/tools/<name>.
function(add_tool name)
  add_executable(${name} ${name}.cc)
  target_link_libraries(${name} PRIVATE dossier_cli)
  dossier_target_defaults(${name})
  if(DOSSIER_INSTALL)
    install(TARGETS ${name} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
  endif()
endfunction()
