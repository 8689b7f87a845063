# One place for the language level, warnings and Qt strictness: every target links vigie_flags.
add_library(vigie_flags INTERFACE)
target_compile_features(vigie_flags INTERFACE cxx_std_20)
target_compile_options(vigie_flags INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(vigie_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_STRICT_ITERATORS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)
