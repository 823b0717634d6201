package press.duet.epub;

/** A file the package lists in its manifest, beyond the pages Duet always writes. */
record ManifestItem(String id, String href, String mediaType, String properties) {
}
