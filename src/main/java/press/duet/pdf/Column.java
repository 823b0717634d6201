package press.duet.pdf;

/** Where text may stand on a sheet: on which of its pages, from which x, how wide. */
record Column(int page, float left, float width) {
}
