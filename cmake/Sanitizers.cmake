# Sanitizer and fuzzing builds (the CI build uses both; see CMakePresets.json).

if(KNUTEPUNKT_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KNUTEPUNKT_FUZZ needs clang (libFuzzer); configure with the 'ci' preset")
endif()

if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
        message(FATAL_ERROR "clang ${CMAKE_CXX_COMPILER_VERSION} cannot compile std::expected; use clang 16 (Debian: clang-16)")
    endif()
    # libstdc++ 12 offers std::expected only when __cpp_concepts >= 202002L.
    # clang 16 implements what that header needs (P0848, conditionally
    # trivial special members) but still reports 201907L, so without this
    # <expected> is empty and nothing of ours compiles.
    if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
        add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L)
    endif()
endif()

if(KNUTEPUNKT_SANITIZE)
    # Every target, ours and the tests: a sanitizer that sees only half the
    # program misses the other half's errors. Any finding stops the program
    # (no recover), so a test with undefined behaviour fails.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
