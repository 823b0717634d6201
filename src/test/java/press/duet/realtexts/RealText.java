package press.duet.realtexts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * One text of the real-text corpus, read from its folder: the input files as a user would give them,
 * {@code gold.tsv} (the right pairs, Chinese TAB English, one side empty for a paragraph without
 * translation), {@code junk.txt} (the furniture lines that must not be published) and
 * {@code meta.properties} (what the text says about itself, its source and licence). The corpus
 * README describes the format.
 *
 * <pre>{@code
 * RealText text = RealText.load(Path.of("src/test/resources/realtexts/voa-2008-independence-day"));
 * }</pre>
 */
record RealText(String id, Path folder, Properties meta, List<Path> inputs, List<GoldPair> gold,
                List<String> junk, List<Charset> encodings) {

    static RealText load(Path folder) {
        String id = folder.getFileName().toString();
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot read meta.properties", e);
        }
        List<Path> inputs = new ArrayList<>();
        for (String name : list(meta.getProperty("files"))) {
            Path input = folder.resolve(name);
            if (!Files.isRegularFile(input)) {
                throw new IllegalStateException(folder + "/meta.properties: the input " + name + " is missing");
            }
            inputs.add(input);
        }
        if (inputs.isEmpty()) {
            throw new IllegalStateException(folder + "/meta.properties: no input files named (files=…)");
        }
        List<Charset> encodings = list(meta.getProperty("encodings")).stream().map(Charset::forName).toList();
        return new RealText(id, folder, meta, inputs, readGold(folder.resolve("gold.tsv")),
                readJunk(folder.resolve("junk.txt")), encodings);
    }

    String get(String key) {
        String value = meta.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The gold units that are scored as pairs: all but a unit that only repeats the title (the title
     * line a text opens with), which the title check scores instead.
     */
    List<GoldPair> body() {
        GoldPair title = new GoldPair(get("title_zh"), get("title_en"));
        return gold.stream().filter(unit -> !((unit.zh().isEmpty() || unit.zh().equals(title.zh()))
                && (unit.en().isEmpty() || unit.en().equals(title.en())))).toList();
    }

    boolean heldOut() {
        return Boolean.parseBoolean(get("held_out"));
    }

    /** Persons as the meta lists them: "孔子|Confucius; 曾子|Zengzi", each with the names it may be given by. */
    List<List<String>> persons(String key) {
        String value = get(key);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(person -> Arrays.stream(person.split("\\|")).map(PlainText::of).filter(s -> !s.isEmpty()).toList())
                .toList();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<GoldPair> readGold(Path file) {
        List<GoldPair> gold = new ArrayList<>();
        int number = 0;
        for (String line : lines(file)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("\t", -1);
            if (sides.length != 2 || (sides[0].isBlank() && sides[1].isBlank())) {
                throw new IllegalStateException(file + ":" + number + ": a gold line is Chinese TAB English, one side at least");
            }
            gold.add(new GoldPair(sides[0], sides[1]));
        }
        if (gold.isEmpty()) {
            throw new IllegalStateException(file + ": no gold pairs");
        }
        return gold;
    }

    private static List<String> readJunk(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return lines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(PlainText::of).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }
}
