package press.duet.model;

/** The languages Duet sets, each with the BCP 47 tag used in EPUB and PDF metadata. */
public enum Lang {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag, for example {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this != EN;
    }
}
