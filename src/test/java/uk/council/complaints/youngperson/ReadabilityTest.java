package uk.council.complaints.youngperson;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How easy the young person's words are to read: average sentence length and the Flesch reading
 * ease of every text in the young person's bundle (questions, hints, errors, leaflet, confirmation).
 * Syllables are counted with the usual vowel-group rule. Figures are printed for the issue note;
 * the limits are the plain-language targets (sentences under 15 words; Flesch 70+ is "easy").
 */
class ReadabilityTest {
    private static final Pattern WORD = Pattern.compile("[A-Za-z’']+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    @Test
    void theYoungPersonsWordsAreEasyToRead() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.youngperson", Locale.UK);
        List<String> texts = new ArrayList<>();
        for (String key : bundle.keySet()) {
            if (!key.startsWith("error.") && !key.endsWith(".option.yes") && !key.endsWith(".option.no")) {
                texts.add(bundle.getString(key).replaceAll("\\{\\d}", "it"));
            }
        }
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int longest = 0;
        for (String text : texts) {
            for (String sentence : text.split("[.!?]+\\s*")) {
                List<String> w = words(sentence);
                if (w.isEmpty()) {
                    continue;
                }
                sentences++;
                words += w.size();
                longest = Math.max(longest, w.size());
                syllables += w.stream().mapToInt(ReadabilityTest::syllables).sum();
            }
        }
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        double flesch = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        System.out.printf(Locale.UK, "Young person's words: %d texts, %d sentences, %d words, %.1f words a sentence "
                + "(longest %d), %.2f syllables a word, Flesch reading ease %.0f%n",
                texts.size(), sentences, words, wordsPerSentence, longest, syllablesPerWord, flesch);
        assertTrue(wordsPerSentence < 15, "sentences average " + wordsPerSentence + " words");
        assertTrue(flesch >= 70, "Flesch reading ease " + flesch);
    }

    private static List<String> words(String sentence) {
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            w.add(m.group().toLowerCase(Locale.UK));
        }
        return w;
    }

    static int syllables(String word) {
        String w = word.replaceAll("[’']", "");
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        }
        Matcher m = VOWEL_GROUP.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
