package press.duet.realtexts;

/**
 * One metadata check of one text: what the gold says, what Duet found, and whether they agree;
 * {@code right} is null when the check does not apply (the text gives no such field and Duet found
 * none, or the model has no such field yet).
 */
record Check(String expected, String found, Boolean right) {
    static Check notApplicable(String found) {
        return new Check("", found, null);
    }

    String mark() {
        if (right == null) {
            return "n/a";
        }
        return right ? "yes" : "no";
    }
}
