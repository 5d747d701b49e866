package com.sectorweekly.report;

import com.sectorweekly.check.Finding;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Folders;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second house with other scales (sector 推荐 / 中性 / 回避; company 推荐 / 谨慎推荐 / 中性 / 回避,
 * 6–12 months) builds the example week's data into a correct report with no code of its own.
 */
class OtherHouseTest {

    private static final Path WEEK = Path.of("content/examples/jinghua/2026-W13");
    private static final ExampleReport OTHER_HOUSE = ExampleReport.of(WEEK);
    private static final Document REPORT = OTHER_HOUSE.report;

    @Test
    void theWeekChecksCleanOnThisHousesScales() throws IOException {
        assertEquals(List.of(), OTHER_HOUSE.findings());
    }

    @Test
    void bothScalesAreDefinedWithTheirHorizonAndBenchmark() {
        Section ratings = Trees.section(REPORT, "ratings");
        assertEquals("投资评级的说明", ratings.heading().text());
        List<Section> scales = Trees.all(ratings.blocks(), Section.class);
        assertEquals(List.of("行业评级", "公司评级"), scales.stream().map(s -> s.heading().text()).toList());
        assertEquals(List.of("推荐", "中性", "回避"), names(scales.get(0)));
        assertEquals(List.of("推荐", "谨慎推荐", "中性", "回避"), names(scales.get(1)));
        assertEquals("评级基准：未来 6–12个月相对沪深 300 指数的表现。", Trees.paragraphs(scales.get(0).blocks()).get(0));
        assertTrue(Trees.paragraphs(scales.get(1).blocks()).get(0).contains("恒生指数"));
        assertEquals("推荐（维持评级）", REPORT.cover().rating());
    }

    @Test
    void theCoveredCompaniesAreATableInEveryFormat() throws Exception {
        Section companies = Trees.section(REPORT, "companies");
        assertEquals("五、重点公司评级", companies.heading().text());
        TableFigure table = Trees.all(companies.blocks(), TableFigure.class).get(0);
        assertEquals(List.of("688205.SH", "德科立", "谨慎推荐", "首次"), table.rows().get(1));
        assertEquals(REPORT.figures().get(REPORT.figures().size() - 1), table);
        for (Format format : List.of(Format.MD, Format.HTML, Format.PDF)) {
            String text = OTHER_HOUSE.text(format);
            for (String expected : List.of("重点公司评级", "688205.SH", "德科立", "谨慎推荐", "公司评级", "行业评级")) {
                assertTrue(text.contains(expected), format + " shows " + expected);
            }
        }
        String rixml = new String(OTHER_HOUSE.bytes(Format.RIXML), StandardCharsets.UTF_8);
        assertTrue(rixml.contains("<PublisherDefinedValue>推荐</PublisherDefinedValue>"), rixml);
        // Each covered company is an issuer whose share carries its rating and action.
        int name = rixml.indexOf("<NameValue>德科立</NameValue>");
        String dekeli = rixml.substring(rixml.lastIndexOf("<Issuer ", name), rixml.indexOf("</Issuer>", name));
        assertTrue(dekeli.contains("<SecurityID idType=\"PublisherDefined\" idValue=\"688205.SH\" publisherDefinedValue=\"ExchangeCode\"/>"), dekeli);
        assertTrue(dekeli.contains("ratingAction=\"Initiate\""), dekeli);
        assertTrue(dekeli.contains("<PublisherDefinedValue>谨慎推荐</PublisherDefinedValue>"), dekeli);
        assertEquals(4, rixml.split("<Issuer ", -1).length - 1, rixml);
    }

    @Test
    void aCompanyRatingOffTheCompanyScaleIsNamed(@TempDir Path temp) throws IOException {
        Path copy = Folders.copy(WEEK.getParent(), temp.resolve("jinghua"));
        Path meta = copy.resolve("2026-W13/week.yaml");
        Files.writeString(meta, Files.readString(meta).replace("name: 德科立, rating: 谨慎推荐", "name: 德科立, rating: 买入"));
        List<String> findings = ExampleReport.of(copy.resolve("2026-W13")).findings().stream().map(Finding::toString).toList();
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("error ") && f.contains(
                "company rating '买入' is not on the desk's company scale (company_rating_scale); expected one of: 推荐, 谨慎推荐, 中性, 回避")),
                findings.toString());
    }

    private static List<String> names(Section scale) {
        return Trees.all(scale.blocks(), DefinitionList.class).get(0).definitions().stream()
                .map(DefinitionList.Definition::term).toList();
    }
}
