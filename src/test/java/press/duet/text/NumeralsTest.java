package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumeralsTest {
    @Test
    void readsChineseNumeralsWithPlaceWordsAndDigitByDigit() {
        assertEquals(1, Numerals.chinese("一"));
        assertEquals(13, Numerals.chinese("十三"));
        assertEquals(20, Numerals.chinese("二十"));
        assertEquals(105, Numerals.chinese("一百零五"));
        assertEquals(2, Numerals.chinese("兩"));
        assertEquals(1949, Numerals.chinese("一九四九"));
        assertEquals(12, Numerals.chinese("１２"));
        assertEquals(-1, Numerals.chinese("上"));
    }

    @Test
    void readsRomanNumeralsOnlyInTheirStandardForm() {
        assertEquals(12, Numerals.roman("XII"));
        assertEquals(4, Numerals.roman("iv"));
        assertEquals(1910, Numerals.roman("MCMX"));
        assertEquals(-1, Numerals.roman("MILD"));
        assertEquals(-1, Numerals.roman("IIII"));
        assertEquals(-1, Numerals.roman("DIM"));
    }

    @Test
    void readsEnglishNumberWords() {
        assertEquals(2, Numerals.english("Two"));
        assertEquals(21, Numerals.english("twenty-one"));
        assertEquals(3, Numerals.english("THIRD"));
        assertEquals(14, Numerals.english("XIV"));
        assertEquals(7, Numerals.english("7"));
        assertEquals(-1, Numerals.english("of"));
    }
}
