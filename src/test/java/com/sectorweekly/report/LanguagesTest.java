package com.sectorweekly.report;

import com.sectorweekly.format.Labels;
import com.sectorweekly.render.Format;
import com.sectorweekly.document.Document;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An English-language desk gets an English report from the same templates: headings, table
 * headers, set phrases, numerals, punctuation, dates and numbers with their units.
 */
class LanguagesTest {

    private static final ExampleReport ENGLISH = ExampleReport.of(Path.of("content/examples/english/2026-W13"));
    /** Chinese characters and full-width punctuation. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]+");
    private static final Document REPORT = ENGLISH.report;

    /** Read as files: a bundle would fill a key English lacks from the Chinese one. */
    @Test
    void englishHasEveryLabelChineseHas() throws IOException {
        assertEquals(keys("i18n/labels.properties"), keys("i18n/labels_en.properties"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void aChineseDeskStaysChineseOnAnEnglishMachine() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("风险提示", Labels.forLocale(Locale.forLanguageTag("zh-CN")).get("section.risks"));
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void theEnglishWeekChecksClean() throws IOException {
        assertEquals(List.of(), ENGLISH.findings());
    }

    @Test
    void headingsFiguresDatesAndNumbersAreEnglish() {
        assertEquals("1. Segment views", REPORT.outline().get(0).text());
        assertEquals("2.1 Operators: More users on gigabit and 5G", REPORT.outline().get(2).text());
        assertEquals("Figure 1: Server index (8841058.WI)", REPORT.figures().get(0).title());
        assertEquals("27 March 2026", REPORT.masthead().date());
        assertEquals("Overweight (Maintain)", REPORT.cover().rating());
        assertEquals("Telecom revenue for Jan–Feb 2026 was 290.4 bn yuan, down 1.7% year on year. Optical module exports "
                + "rose 26.57% in February. Fourth-quarter capex at Microsoft, Google and Amazon was 29.9 bn USD, 27.9 bn USD "
                + "and 39.5 bn USD.", Trees.paragraphs(REPORT.cover().summary().get(2).blocks()).get(0));
        assertTrue(Trees.paragraphs(Trees.section(REPORT, "disclaimer").blocks()).contains("Published: 27 March 2026 07:30"));
        String review = Trees.paragraphs(Trees.section(REPORT, "market").blocks()).get(0);
        assertTrue(review.startsWith("Over the week (23 Mar – 27 Mar) the Telecom sector moved -1.42%"), review);
    }

    /** The words 证券研究报告 stay: the regulator asks for them in any language. */
    @Test
    void noChineseIsLeftInAnyFormatButTheDocumentType() throws Exception {
        for (Format format : List.of(Format.MD, Format.HTML, Format.PDF)) {
            String text = ENGLISH.text(format);
            Set<String> chinese = new TreeSet<>();
            Matcher m = CHINESE.matcher(text.replace("证券研究报告", ""));
            while (m.find()) {
                chinese.add(m.group());
            }
            assertEquals(Set.of(), chinese, format + " has Chinese wording left");
        }
        String html = new String(ENGLISH.bytes(Format.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"en\""), "the page says its language");
        String rixml = new String(ENGLISH.bytes(Format.RIXML), StandardCharsets.UTF_8);
        assertTrue(rixml.contains("language=\"eng\""), rixml);
    }
}
