package com.sectorweekly.check;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.Problem;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report must carry every part the regulation asks for: taking one out of desk.yaml or the week
 * stops the check with an error that names the part.
 */
class RequiredPartsTest {

    @TempDir
    Path temp;

    /** Each row: the file, the text taken out (or changed), what replaces it, and the part the error must name. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            desk.yaml | document_type: 证券研究报告\\n        |                                       | the words 证券研究报告 is missing
            desk.yaml | document_type: 证券研究报告           | document_type: 研究报告                 | the words 证券研究报告 are missing from document_type
            desk.yaml | house: 衡川证券股份有限公司\\n         |                                       | the firm's name is missing
            desk.yaml | licence_statement:                   | licence_note:                         | the firm's statement of its securities-advisory licence (证券投资咨询业务资格) is missing
            desk.yaml | analyst_certification:               | analyst_statement:                    | the analyst certification (分析师声明) is missing
            desk.yaml | information_sources:                 | sources_statement:                    | the statement of information sources (信息来源) is missing
            desk.yaml | licence: S0990524070001              | licence: ''                           | the analyst's registration number (执业证书编号) is empty
            desk.yaml | licence: S0990524070001              | licence: S099052407                   | the registration number of lin-zhiyuan, 'S099052407', is not S followed by 13 digits
            desk.yaml | '  horizon: 未来 3–6 个月\\n'            |                                       | the rating horizon is missing
            desk.yaml | '  benchmark: 沪深 300 指数\\n'          |                                       | the rating benchmark is missing
            week.yaml | publication_time: "07:30"\\n         |                                       | the publication time is missing
            week.yaml | report_date: 2026-03-27              | report_date: ''                       | the publication date is empty
            week.yaml | risks: [ai-monetisation, technology, supply-chain, trade-policy, competition] | risks: [] | the risk warning (风险提示) is missing
            """)
    void takingAPartOutNamesIt(String file, String part, String replacement, String message) throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        week.replace(file, part.replace("\\n", "\n"), replacement == null ? "" : replacement);
        List<String> errors = errors(week);
        assertTrue(errors.stream().anyMatch(e -> e.contains(message)), () -> "expected an error naming '" + message + "': " + errors);
    }

    private static List<String> errors(ExampleWeek week) throws IOException {
        ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.builtIn());
        List<String> errors = new ArrayList<>();
        try {
            build.check(build.load(week.weekDir())).stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(Finding::toString).forEach(errors::add);
        } catch (ContentException e) {
            e.problems().stream().map(Problem::toString).forEach(errors::add);
        }
        return errors;
    }
}
