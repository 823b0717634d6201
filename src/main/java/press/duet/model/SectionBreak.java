package press.duet.model;

/** A break between sections of a chapter (a Markdown thematic break, a "* * *" line). */
public record SectionBreak() implements Block {
}
