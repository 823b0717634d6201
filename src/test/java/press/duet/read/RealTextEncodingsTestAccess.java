package press.duet.read;

/** Lets tests in other packages wrap a text as {@link RealTextEncodingsTest} does. */
public final class RealTextEncodingsTestAccess {
    private RealTextEncodingsTestAccess() {
    }

    public static String hardWrapped(String text) {
        return RealTextEncodingsTest.hardWrapped(text);
    }
}
