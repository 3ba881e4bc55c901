# The Debian package (CPack's DEB generator): ./dev.sh package writes
# doorway_<version>_amd64.deb into the build folder.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME doorway)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Doorway contributors")
set(CPACK_PACKAGE_CONTACT "${DOORWAY_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private, offline workbook for inviting a partner to couples therapy")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # doorway_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DOORWAY_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The long description; CPack puts the summary above it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Doorway is a private workbook for one person who would like couples
therapy when their partner won't go. Worksheets help you understand what
they are saying no to, shrink the ask to one small step, and tell over
the months whether the no comes from fear or from not wanting to change.

A timed rehearsal with a phrasing score that explains itself, role-play
of common objections, and speech recognised on this computer only.
Workbooks are plain files that can be locked with a passphrase, and
print as PDF, HTML or Markdown. Doorway has no network code at all.")
# Libraries from what the binary links (dpkg-shlibdeps), then the data it
# reads at run time: the speech model and the fonts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pocketsphinx-en-us, fonts-dejavu-core")
# sphinxtrain: its bw and mllr_solve learn a voice ("Teach Doorway your voice");
# without it that one step says what to install and everything else works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-droid-fallback, fonts-nanum, fonts-symbola, xdg-utils, sphinxtrain")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups-client")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
