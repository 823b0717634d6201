package press.duet.read.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import press.duet.model.Lang;
import press.duet.read.DraftBlock;
import press.duet.text.LanguageIdentifier;

/**
 * Places the blocks of one piece of a content document, with the level-1 heading that starts a
 * chapter where one starts. The title is the table of contents entry's; when the piece opens with a
 * heading that says the same (the document's own "Chapter 1" under the entry "Chapter 1"), that
 * heading is the chapter's start instead, with the heading after it when that one is its
 * translation ("第一章 春" then "Chapter 1 Spring" in a bilingual book), so its markup and both
 * languages stay. Other headings of the piece become section headings, level 2 or lower.
 *
 * <pre>{@code
 * List<String> titles = ChapterStart.place(converted, entries, false, blocks);
 * }</pre>
 */
final class ChapterStart {
    private ChapterStart() {
    }

    /**
     * @param converted  the piece's blocks
     * @param entries    the table of contents entries that start here, possibly none
     * @param ownHeading whether a heading opening the piece starts a chapter when no entry does
     * @param into       where the blocks go
     * @return the titles of the chapters started here
     */
    static List<String> place(List<DraftBlock> converted, List<TableOfContents.Entry> entries, boolean ownHeading,
                              List<DraftBlock> into) {
        List<String> titles = new ArrayList<>();
        List<DraftBlock> rest = new ArrayList<>(converted);
        int line = rest.isEmpty() ? 1 : rest.get(0).line();
        if (!entries.isEmpty()) {
            String title = entries.get(0).title();
            if (opensWith(rest, title)) {
                DraftBlock heading = rest.remove(0);
                into.add(asLevel(heading, 1));
                titles.add(String.join(" ", heading.lines()));
                if (!rest.isEmpty() && isTranslation(heading, rest.get(0))) {
                    DraftBlock translation = rest.remove(0);
                    into.add(asLevel(translation, 1));
                }
            } else {
                into.add(DraftBlock.heading(line, 1, title));
                titles.add(title);
            }
            for (TableOfContents.Entry more : entries.subList(1, entries.size())) {
                into.add(DraftBlock.heading(line, 2, more.title()));
            }
        } else if (ownHeading && !rest.isEmpty() && rest.get(0).kind() == DraftBlock.Kind.HEADING) {
            DraftBlock heading = rest.remove(0);
            into.add(asLevel(heading, 1));
            titles.add(String.join(" ", heading.lines()));
            if (!rest.isEmpty() && isTranslation(heading, rest.get(0))) {
                into.add(asLevel(rest.remove(0), 1));
            }
        }
        for (DraftBlock block : rest) {
            into.add(block.kind() == DraftBlock.Kind.HEADING ? asLevel(block, Math.max(2, block.level())) : block);
        }
        return titles;
    }

    /** Whether the piece opens with a heading that says what the title says (or part of it). */
    private static boolean opensWith(List<DraftBlock> blocks, String title) {
        if (blocks.isEmpty() || blocks.get(0).kind() != DraftBlock.Kind.HEADING) {
            return false;
        }
        String wanted = squeezed(title);
        String own = squeezed(String.join(" ", blocks.get(0).lines()));
        return own.equals(wanted) || own.length() >= 2 && wanted.length() >= 2 && (wanted.contains(own) || own.contains(wanted));
    }

    private static boolean isTranslation(DraftBlock heading, DraftBlock next) {
        if (next.kind() != DraftBlock.Kind.HEADING) {
            return false;
        }
        Optional<Lang> a = LanguageIdentifier.identify(String.join(" ", heading.lines()));
        Optional<Lang> b = LanguageIdentifier.identify(String.join(" ", next.lines()));
        return a.isPresent() && b.isPresent() && a.get().isChinese() != b.get().isChinese();
    }

    private static DraftBlock asLevel(DraftBlock heading, int level) {
        return heading.level() == level ? heading
                : new DraftBlock(heading.line(), heading.lines(), DraftBlock.Kind.HEADING, level, heading.rich(), null);
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]+", "").toLowerCase(Locale.ROOT);
    }
}
