package press.duet.realtexts;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import press.duet.model.Metadata;

/**
 * Reads the people a book's metadata names. Authors are part of the model today; translators may be
 * added by another change, so they are looked up by name: a method {@code translators()} returning a
 * list of names (or of records whose {@code toString()} or {@code name()} gives the name). When the
 * model has no such method the field is reported as not applicable.
 */
final class MetadataView {
    private MetadataView() {
    }

    static List<String> authors(Metadata metadata) {
        return metadata.authors().stream().map(PlainText::of).toList();
    }

    /** The translators, or empty when the model does not record translators at all. */
    static Optional<List<String>> translators(Metadata metadata) {
        Method method;
        try {
            method = metadata.getClass().getMethod("translators");
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        try {
            Object value = method.invoke(metadata);
            if (value instanceof Optional<?> optional) {
                value = optional.isPresent() ? optional.get() : List.of();
            }
            if (!(value instanceof List<?> list)) {
                return Optional.empty();
            }
            return Optional.of(list.stream().map(MetadataView::name).map(PlainText::of).toList());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Metadata.translators() cannot be read", e);
        }
    }

    private static String name(Object person) {
        if (person instanceof String name) {
            return name;
        }
        try {
            return String.valueOf(person.getClass().getMethod("name").invoke(person));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(person);
        }
    }
}
