// Keeps doorway_print a valid library until its feature's sources land.
namespace doorway::print {
int moduleAnchor() { return 0; }
}  // namespace doorway::print
