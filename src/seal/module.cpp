// Keeps doorway_seal a valid library until its feature's sources land.
namespace doorway::seal {
int moduleAnchor() { return 0; }
}  // namespace doorway::seal
