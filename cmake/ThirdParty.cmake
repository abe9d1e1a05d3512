# libxlsxwriter (writing .xlsx) and minizip (reading .xlsx).
# On Debian both come through pkg-config; on Windows (vcpkg or a manual install) through find_library.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(XLSXWRITER IMPORTED_TARGET xlsxwriter)
  pkg_check_modules(MINIZIP IMPORTED_TARGET minizip)
endif()

if(TARGET PkgConfig::XLSXWRITER)
  add_library(cd_xlsxwriter ALIAS PkgConfig::XLSXWRITER)
else()
  find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
  find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter REQUIRED)
  add_library(cd_xlsxwriter_imported UNKNOWN IMPORTED)
  set_target_properties(cd_xlsxwriter_imported PROPERTIES
    IMPORTED_LOCATION ${XLSXWRITER_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${XLSXWRITER_INCLUDE_DIR})
  add_library(cd_xlsxwriter ALIAS cd_xlsxwriter_imported)
endif()

if(TARGET PkgConfig::MINIZIP)
  add_library(cd_minizip ALIAS PkgConfig::MINIZIP)
else()
  find_path(MINIZIP_INCLUDE_DIR minizip/unzip.h REQUIRED)
  find_library(MINIZIP_LIBRARY NAMES minizip REQUIRED)
  add_library(cd_minizip_imported UNKNOWN IMPORTED)
  set_target_properties(cd_minizip_imported PROPERTIES
    IMPORTED_LOCATION ${MINIZIP_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${MINIZIP_INCLUDE_DIR})
  add_library(cd_minizip ALIAS cd_minizip_imported)
endif()

# ICU (pinyin transliteration, C API only).
# Linux and other Unix: pkg-config icu-i18n icu-uc, else CMake's FindICU.
# Windows: Windows 10 1903+ ships ICU itself (icu.dll, header <icu.h> and import library icu.lib
# in the Windows 10 SDK); core/roster/pinyin.cpp includes <icu.h> on _WIN32, so link that one.
if(WIN32)
  find_library(ICU_WINDOWS_LIBRARY NAMES icu REQUIRED)
  add_library(cd_icu INTERFACE)
  target_link_libraries(cd_icu INTERFACE ${ICU_WINDOWS_LIBRARY})
else()
  if(PkgConfig_FOUND)
    pkg_check_modules(ICU IMPORTED_TARGET icu-i18n icu-uc)
  endif()
  if(TARGET PkgConfig::ICU)
    add_library(cd_icu ALIAS PkgConfig::ICU)
  else()
    find_package(ICU REQUIRED COMPONENTS i18n uc)
    add_library(cd_icu INTERFACE)
    target_link_libraries(cd_icu INTERFACE ICU::i18n ICU::uc)
  endif()
endif()
