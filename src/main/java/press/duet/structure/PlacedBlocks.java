package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.read.DraftBlock;
import press.duet.report.Finding;

/**
 * Puts the blocks a format places between pairs (figures, section breaks, tables) back into the
 * chapters, where they stood in their file. They are taken out before any paragraph is found, so no
 * language identification, alignment or length model ever sees them, and come back by their source
 * lines: after the last block that the file has before them. Which side of a pair counts is the
 * language of the paragraph the block follows: a figure in the English run of a text in blocks goes
 * after the pair whose English it follows, one in an alternating text after its neighbours' pair.
 *
 * <pre>{@code
 * List<Chapter> placed = PlacedBlocks.place(chapters, starts, "book.md", paragraphs, file.placed(), chinese);
 * }</pre>
 */
final class PlacedBlocks {
    private PlacedBlocks() {
    }

    /**
     * @param chapters   the chapters made of the file (others may be among them: their blocks name other files)
     * @param starts     for each chapter the line of the heading that opens it in the file, 0 when unknown
     * @param paragraphs the file's paragraphs in source order, to tell which language a placed block follows
     * @param placed     the file's placed blocks in source order ({@link HeadSplit#placed})
     * @param findings   where a row of a table of pairs without one of its sides is reported
     */
    static List<Chapter> place(List<Chapter> chapters, List<Integer> starts, String file, List<Paragraph> paragraphs,
                               List<List<DraftBlock>> placed, Lang chinese, List<Finding> findings) {
        if (placed.isEmpty() || chapters.isEmpty()) {
            return chapters;
        }
        List<Item> items = new ArrayList<>();
        for (List<DraftBlock> run : placed) {
            if (run.get(0).kind() == DraftBlock.Kind.ROW) {
                for (Pair pair : TablePairer.pairs(run, file, chinese, findings)) {
                    Segment side = pair.zh() != null ? pair.zh() : pair.en();
                    items.add(new Item(side.paras().get(0).source().line(), pair));
                }
            } else {
                items.add(new Item(run.get(0).line(), model(run.get(0), chinese)));
            }
        }
        List<List<List<Block>>> before = new ArrayList<>();
        for (Chapter chapter : chapters) {
            List<List<Block>> slots = new ArrayList<>();
            for (int i = 0; i <= chapter.blocks().size(); i++) {
                slots.add(new ArrayList<>());
            }
            before.add(slots);
        }
        for (Item block : items) {
            boolean chineseSide = followsChinese(paragraphs, block.line());
            int chapterAt = 0;
            int slotAt = 0;
            for (int c = 0; c < chapters.size(); c++) {
                if (starts.get(c) > 0 && starts.get(c) < block.line()) {
                    chapterAt = c;
                    slotAt = 0;
                }
                List<Block> blocks = chapters.get(c).blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    int line = lineOf(blocks.get(i), file, chineseSide);
                    if (line > 0 && line < block.line()) {
                        chapterAt = c;
                        slotAt = i + 1;
                    }
                }
            }
            before.get(chapterAt).get(slotAt).add(block.block());
        }
        List<Chapter> out = new ArrayList<>(chapters.size());
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i <= chapter.blocks().size(); i++) {
                blocks.addAll(before.get(c).get(i));
                if (i < chapter.blocks().size()) {
                    blocks.add(chapter.blocks().get(i));
                }
            }
            blocks = withoutIdleBreaks(blocks);
            out.add(blocks.size() == chapter.blocks().size() ? chapter : new Chapter(chapter.title(), blocks));
        }
        return out;
    }

    /**
     * The blocks without the section breaks that part nothing: one opening or closing its chapter
     * (a rule drawn in text between a page's Chinese and English blocks ends up there once the two are
     * aligned), or one right after another.
     */
    private static List<Block> withoutIdleBreaks(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            boolean idle = block instanceof press.duet.model.SectionBreak
                    && (kept.isEmpty() || kept.get(kept.size() - 1) instanceof press.duet.model.SectionBreak);
            if (!idle) {
                kept.add(block);
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1) instanceof press.duet.model.SectionBreak) {
            kept.remove(kept.size() - 1);
        }
        return kept.size() == blocks.size() ? blocks : kept;
    }

    /** A block to place and the line it stands at. */
    private record Item(int line, Block block) {
    }

    /** Whether the last paragraph with letters before the line is Chinese (true too when there is none). */
    private static boolean followsChinese(List<Paragraph> paragraphs, int line) {
        boolean chinese = true;
        for (Paragraph p : paragraphs) {
            if (p.line() >= line) {
                break;
            }
            if (p.lang().isPresent()) {
                chinese = p.isChinese();
            }
        }
        return chinese;
    }

    /** The line in {@code file} that a block comes from, on the side asked for when it is a pair; 0 when unknown. */
    private static int lineOf(Block block, String file, boolean chineseSide) {
        return switch (block) {
            case Pair pair -> lineOf(chineseSide ? pair.zh() : pair.en(), file);
            case Heading heading -> Math.max(lineOf(heading.text().zh(), file), lineOf(heading.text().en(), file));
            default -> 0;
        };
    }

    private static int lineOf(Segment side, String file) {
        if (side == null) {
            return 0;
        }
        SourceLine source = side.paras().get(0).source();
        return source.file().equals(file) ? source.line() : 0;
    }

    /** The model's block of a placed draft block, a figure's caption on its languages' sides. */
    private static Block model(DraftBlock block, Lang chinese) {
        if (block.item() instanceof Figure figure && figure.caption() != null) {
            return new Figure(figure.image(), figure.alt(), caption(figure.caption(), chinese), figure.source());
        }
        return block.item();
    }

    /**
     * A caption the reader gives as one plain text holding both languages ("春天 Spring comes") is cut
     * into its two sides as a chapter title is; one in one language goes to that language's side; the
     * Chinese side is in the book's variety.
     */
    static BilingualText caption(BilingualText caption, Lang chinese) {
        Segment only = caption.zh() == null ? caption.en() : caption.en() == null ? caption.zh() : null;
        BilingualText out = caption;
        if (only != null && only.isPlain() && only.paras().size() == 1 && only.text().indexOf('\n') < 0) {
            BilingualText split = ChapterSplitter.splitMixed(only.text(), chinese);
            SourceLine source = only.paras().get(0).source();
            out = located(split, source.file(), source.line());
        }
        if (out.zh() != null && out.zh().lang() != chinese) {
            out = new BilingualText(new Segment(chinese, out.zh().paras()), out.en());
        }
        return out;
    }

    /** A heading's text with the place of its line, so that placed blocks can be put after it. */
    static BilingualText located(BilingualText text, String file, int line) {
        return new BilingualText(located(text.zh(), file, line), located(text.en(), file, line));
    }

    private static Segment located(Segment side, String file, int line) {
        if (side == null) {
            return null;
        }
        List<Para> paras = side.paras().stream()
                .map(p -> new Para(p.form(), p.content(), new SourceLine(file, Math.max(0, line)))).toList();
        return new Segment(side.lang(), paras);
    }
}
