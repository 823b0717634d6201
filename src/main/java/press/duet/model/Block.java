package press.duet.model;

/** A unit of a chapter's body. */
public sealed interface Block permits Pair, Heading, Figure, SectionBreak, Table {
}
