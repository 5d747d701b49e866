package com.sectorweekly.render.html;

import com.sectorweekly.render.Format;
import com.sectorweekly.testing.CollectedErrors;
import com.sectorweekly.testing.ExampleReport;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTML of every example (weekly, monthly, thematic) passes the Nu Html Checker (the W3C's validator) with no errors. */
class HtmlCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"content/2026-W13", "content/2026-03", "content/examples/jinghua/2025-02-10-deepseek"})
    void theExamplesHaveNoHtmlErrors(String report, @TempDir Path temp) throws Exception {
        Path file = temp.resolve("report.html");
        Files.write(file, ExampleReport.of(Path.of(report)).bytes(Format.HTML));
        CollectedErrors collect = new CollectedErrors();
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        checker.setUpValidatorAndParsers(collect, true, false);
        checker.checkHtmlFile(file.toFile(), true);
        assertEquals(List.of(), collect.errors());
    }
}
