package press.duet.read.epub;

import java.util.ArrayList;
import java.util.List;
import press.duet.read.Declared;
import press.duet.report.DuetException;

/**
 * An EPUB opened for reading: its archive checked against hostile input and for DRM, its package
 * document, its table of contents, and what its metadata declares.
 *
 * <pre>{@code
 * EpubBook book = EpubBook.open("book.epub", bytes);
 * }</pre>
 *
 * @param languages every language the package declares
 * @param names     the declared titles and authors, which a title page bears
 */
record EpubBook(EpubArchive archive, BookPackage opf, TableOfContents toc, Declared declared, List<String> languages,
                List<String> names) {
    /** @throws DuetException naming the book and what is wrong with it */
    static EpubBook open(String name, byte[] bytes) {
        EpubArchive archive = EpubArchive.read(name, bytes);
        Encryption.check(archive);
        BookPackage opf = BookPackage.read(archive);
        Declared declared = PackageMetadata.declared(opf.metadata());
        TableOfContents toc = TableOfContents.read(archive, opf);
        List<String> names = new ArrayList<>(PackageMetadata.titles(opf.metadata()));
        names.addAll(declared.authors());
        return new EpubBook(archive, opf, toc, declared, PackageMetadata.languages(opf.metadata()), List.copyOf(names));
    }

    String name() {
        return archive.name();
    }
}
