// Keeps doorway_speech a valid library until its feature's sources land.
namespace doorway::speech {
int moduleAnchor() { return 0; }
}  // namespace doorway::speech
