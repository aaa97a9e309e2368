# Shared build settings: warnings and sanitizers for our own targets only.
function(dossier_target_defaults target)
  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
      -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough>)
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
