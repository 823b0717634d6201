package press.duet.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The size of an SVG image in CSS pixels, from its root's {@code width} and {@code height} (px, pt, pc,
 * in, cm, mm or no unit) or else its {@code viewBox}. The file is parsed as XML with no external DTD or
 * entity loaded, must have an {@code svg} root in the SVG namespace, and must hold no script (a book
 * does not run one).
 */
final class SvgSize {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|in|cm|mm)?\\s*");

    private SvgSize() {
    }

    /** Whether the file opens as XML whose first element is an svg. */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        head = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String trimmed = head.stripLeading();
        return (trimmed.startsWith("<?xml") || trimmed.startsWith("<svg") || trimmed.startsWith("<!--")
                || trimmed.startsWith("<!DOCTYPE")) && head.contains("<svg");
    }

    static int[] of(byte[] bytes) throws ImageProbe.Unusable {
        Element root = parse(bytes);
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new ImageProbe.Unusable("is not an SVG image (its root element is not svg in the SVG namespace)");
        }
        refuseScripts(root);
        double width = length(root.getAttribute("width"));
        double height = length(root.getAttribute("height"));
        if (width <= 0 || height <= 0) {
            String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
            if (box.length == 4) {
                width = number(box[2]);
                height = number(box[3]);
            }
        }
        if (!(width > 0) || !(height > 0)) {
            throw new ImageProbe.Unusable("has no size: its svg element has neither width and height nor a viewBox");
        }
        return new int[] {(int) Math.max(1, Math.round(width)), (int) Math.max(1, Math.round(height))};
    }

    private static Element parse(byte[] bytes) throws ImageProbe.Unusable {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // not printed on the console: the caller words the one warning
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException e) {
            throw new ImageProbe.Unusable("is not well-formed SVG (" + e.getMessage() + ")");
        } catch (IOException | ParserConfigurationException e) {
            throw new ImageProbe.Unusable("cannot be parsed as SVG (" + e.getMessage() + ")");
        }
    }

    private static void refuseScripts(Element root) throws ImageProbe.Unusable {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = -1; i < all.getLength(); i++) {
            Element element = i < 0 ? root : (Element) all.item(i);
            if ("script".equals(element.getLocalName())) {
                throw new ImageProbe.Unusable("holds a script, which a book does not run");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    throw new ImageProbe.Unusable("holds a script (an " + name + " attribute), which a book does not run");
                }
            }
        }
    }

    /** A length in CSS pixels; 0 for a percentage, an em or anything else without a fixed size. */
    private static double length(String value) {
        Matcher m = LENGTH.matcher(value);
        if (value.isBlank() || !m.matches()) {
            return 0;
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return number * switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16.0;
            case "in" -> 96.0;
            case "cm" -> 96.0 / 2.54;
            case "mm" -> 96.0 / 25.4;
            default -> 1.0;
        };
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
