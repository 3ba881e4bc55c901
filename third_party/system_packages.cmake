# CMake glue for Debian bookworm's packages. Nothing here is third-party
# source: every library comes from apt (see scripts/setup.sh).
find_package(PkgConfig REQUIRED)
find_package(Boost 1.81 REQUIRED COMPONENTS json)

pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo cairo-pdf)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(PORTAUDIO REQUIRED IMPORTED_TARGET portaudio-2.0)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
# Debian's sphinxbase.pc names /usr/include/sphinxbase, which the package
# does not ship (the headers are under the multiarch include dir), so build
# the target by hand from the paths that exist.
pkg_check_modules(POCKETSPHINX_PC REQUIRED pocketsphinx sphinxbase)
set(_ps_includes)
foreach(_dir ${POCKETSPHINX_PC_INCLUDE_DIRS})
  if(EXISTS ${_dir})
    list(APPEND _ps_includes ${_dir})
  endif()
endforeach()
find_library(POCKETSPHINX_LIB pocketsphinx REQUIRED)
find_library(SPHINXBASE_LIB sphinxbase REQUIRED)
find_library(SPHINXAD_LIB sphinxad)
add_library(PkgConfig::POCKETSPHINX INTERFACE IMPORTED)
target_include_directories(PkgConfig::POCKETSPHINX INTERFACE ${_ps_includes})
target_link_libraries(PkgConfig::POCKETSPHINX INTERFACE ${POCKETSPHINX_LIB} ${SPHINXBASE_LIB})
# The speech front end: noise suppression, gain control and voice activity.
pkg_check_modules(WEBRTC_APM REQUIRED IMPORTED_TARGET webrtc-audio-processing)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
find_package(OpenGL REQUIRED)

# Debian's libimgui.a already holds the GLFW and OpenGL3 backends; it needs
# stb for its font rasteriser.
find_library(IMGUI_LIB NAMES imgui REQUIRED)
find_library(STB_LIB NAMES stb REQUIRED)
find_path(IMGUI_INCLUDE NAMES imgui.h PATH_SUFFIXES imgui REQUIRED)
add_library(Doorway::imgui INTERFACE IMPORTED)
target_include_directories(Doorway::imgui INTERFACE ${IMGUI_INCLUDE} ${IMGUI_INCLUDE}/backends /usr/include/stb)
target_link_libraries(Doorway::imgui INTERFACE ${IMGUI_LIB} ${STB_LIB} m)

add_library(Doorway::glfw_gl INTERFACE IMPORTED)
target_link_libraries(Doorway::glfw_gl INTERFACE PkgConfig::GLFW OpenGL::GL ${CMAKE_DL_LIBS})

# Snowball stemmers (libstemmer-dev) ship no pkg-config file either.
find_path(STEMMER_INCLUDE NAMES libstemmer.h REQUIRED)
find_library(STEMMER_LIB NAMES stemmer REQUIRED)
add_library(Doorway::stemmer INTERFACE IMPORTED)
target_include_directories(Doorway::stemmer INTERFACE ${STEMMER_INCLUDE})
target_link_libraries(Doorway::stemmer INTERFACE ${STEMMER_LIB})

# Flite ships no pkg-config file.
find_path(FLITE_INCLUDE NAMES flite/flite.h REQUIRED)
set(_flite_libs)
foreach(_lib flite_cmu_us_slt flite_cmu_us_kal16 flite_cmu_us_rms flite_cmu_us_awb flite_cmu_us_kal flite_usenglish flite_cmulex flite)
  find_library(_path_${_lib} NAMES ${_lib} REQUIRED)
  list(APPEND _flite_libs ${_path_${_lib}})
endforeach()
add_library(Doorway::flite INTERFACE IMPORTED)
target_include_directories(Doorway::flite INTERFACE ${FLITE_INCLUDE})
target_link_libraries(Doorway::flite INTERFACE ${_flite_libs} m)

set(DOORWAY_PS_MODEL_DIR "/usr/share/pocketsphinx/model/en-us" CACHE PATH "PocketSphinx model folder")
find_package(Catch2 2 QUIET)
