# Build-time tables generated from Debian's data packages (build dependencies: iso-codes for
# the ISO 3166 JSON, wamerican and wbritish for the word list: news is written in both
# spellings, and "Defence" is as common a word as "Defense"), embedded like the files of lib/data.
find_package(Python3 COMPONENTS Interpreter QUIET)
set(dossier_python /usr/bin/python3)
if(Python3_Interpreter_FOUND)
  set(dossier_python ${Python3_EXECUTABLE})
endif()
set(DOSSIER_ISO_CODES_DIR /usr/share/iso-codes/json CACHE PATH "iso-codes JSON directory")
set(DOSSIER_WORDLISTS /usr/share/dict/american-english /usr/share/dict/british-english
    CACHE STRING "word lists (wamerican, wbritish)")
# DOSSIER_WORDLIST, the one word list of earlier versions, is no longer read: a build that
# chose its own list would otherwise get the default lists without a word said.
if(DEFINED DOSSIER_WORDLIST AND NOT DOSSIER_WORDLIST STREQUAL "/usr/share/dict/american-english")
  message(FATAL_ERROR "DOSSIER_WORDLIST is no longer read: set DOSSIER_WORDLISTS (a list) to ${DOSSIER_WORDLIST} "
                      "and the other word lists wanted")
endif()
foreach(f ${DOSSIER_ISO_CODES_DIR}/iso_3166-1.json ${DOSSIER_ISO_CODES_DIR}/iso_3166-2.json ${DOSSIER_WORDLISTS})
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "missing ${f}: install the Debian packages iso-codes, wamerican and wbritish")
  endif()
endforeach()
set(dossier_entities_gen
    entities/countries.jsonl entities/words_lower.txt entities/words_proper.txt)
set(dossier_entities_gen_abs "")
foreach(f IN LISTS dossier_entities_gen)
  list(APPEND dossier_entities_gen_abs ${CMAKE_CURRENT_BINARY_DIR}/gen/${f})
endforeach()
add_custom_command(
  OUTPUT ${dossier_entities_gen_abs}
  COMMAND ${dossier_python} ${CMAKE_CURRENT_SOURCE_DIR}/gen/entities_tables.py ${CMAKE_CURRENT_BINARY_DIR}/gen
          ${DOSSIER_ISO_CODES_DIR}/iso_3166-1.json ${DOSSIER_ISO_CODES_DIR}/iso_3166-2.json ${DOSSIER_WORDLISTS}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/gen/entities_tables.py ${DOSSIER_ISO_CODES_DIR}/iso_3166-1.json
          ${DOSSIER_ISO_CODES_DIR}/iso_3166-2.json ${DOSSIER_WORDLISTS}
  COMMENT "Generating entity tables from iso-codes and the word lists"
  VERBATIM)
list(APPEND dossier_generated_data ${dossier_entities_gen})
list(APPEND dossier_generated_data_deps ${dossier_entities_gen_abs})
