package press.duet.structure;

import press.duet.read.Draft;
import press.duet.read.Format;

/**
 * One input as the structure stage reads it: running text cut into its head and body
 * ({@link HeadSplit}), or a table of pairs under its head lines ({@link TableHead}).
 *
 * <pre>{@code
 * switch (StructureInput.of(draft, false)) { case HeadSplit text -> …; case TableHead table -> …; }
 * }</pre>
 */
sealed interface StructureInput permits HeadSplit, TableHead {
    /** The input as its reader gave it. */
    Draft draft();

    static StructureInput of(Draft draft, boolean keepFurniture) {
        return draft.is(Format.TABLE) ? TableHead.of(draft) : HeadSplit.of(draft, keepFurniture);
    }
}
