package press.duet.furniture;

/** What kind of page furniture a line is, as {@code duet inspect} gives the reason for dropping it. */
public enum FurnitureKind {
    BREADCRUMB("breadcrumb or location line"),
    MENU("menu or navigation line"),
    PAGE_INFO("source, editor, date or count line"),
    SHARE("share or scan prompt"),
    PREVIOUS_NEXT("previous or next article link"),
    RELATED("related-articles list"),
    COPYRIGHT("copyright, licence, imprint or reprint notice"),
    SITE("site name, address or slogan"),
    WATERMARK("watermark repeated through the text"),
    SEPARATOR("separator rule"),
    CONTENTS("table of contents copied with the page"),
    LINE_NUMBER("page or line number"),
    READING("pinyin reading of a line"),
    LABEL("label of a version or of an exercise's part"),
    HEAD_NOTE("place, hall, office, speaker or time line of a speech's head"),
    SIGN_OFF("sign-off: the writer's name and the date under a text"),
    CAPTION("caption of a photo the copy left out, with its credit"),
    LEAD_IN("editor's note or lead-in to the text");

    private final String reason;

    FurnitureKind(String reason) {
        this.reason = reason;
    }

    /**
     * Whether a line of this kind stands only above an article's title, so that the title is below it:
     * a menu, a breadcrumb, a site's name. A notice or an imprint closes a title page; a speech's head
     * notes, an article's share and print tools, an editor's note or lead-in and a rule of stars (a
     * release's headline is underlined so) stand under the title as often as over it.
     */
    public boolean standsAboveTitle() {
        return switch (this) {
            case COPYRIGHT, HEAD_NOTE, SHARE, LEAD_IN, SEPARATOR -> false;
            default -> true;
        };
    }

    /** The reason in words: "breadcrumb or location line". */
    public String reason() {
        return reason;
    }
}
