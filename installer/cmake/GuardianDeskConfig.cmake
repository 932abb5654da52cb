# One INTERFACE target carries the language standard, warnings, hardening and strict Qt
# defines. Every GuardianDesk target links it.
add_library(gd_common_cfg INTERFACE)
target_compile_features(gd_common_cfg INTERFACE cxx_std_20)

target_compile_options(gd_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
    $<$<BOOL:${GD_WERROR}>:-Werror>
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
target_link_options(gd_common_cfg INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

target_compile_definitions(gd_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GD_VERSION="${PROJECT_VERSION}")

include(GuardianDeskLayers)   # gd_forbid_link (transitive) and gd_layer_include_root

# gd_add_library(<name> SOURCES ... LINKS ... [INCLUDE_AS <folder>]): a layer library with the
# common config. Its headers are included as "<folder>/X.h" (default: the name of the source
# folder), and only by targets that link it.
function(gd_add_library name)
    cmake_parse_arguments(ARG "" "INCLUDE_AS" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC gd_common_cfg ${ARG_LINKS})
    if(NOT ARG_INCLUDE_AS)
        get_filename_component(ARG_INCLUDE_AS ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    endif()
    gd_layer_include_root(${name} ${ARG_INCLUDE_AS} ${CMAKE_CURRENT_SOURCE_DIR})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
endfunction()
