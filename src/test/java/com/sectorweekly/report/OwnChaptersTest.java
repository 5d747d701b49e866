package com.sectorweekly.report;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Heading;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Trees;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A week's own chapters (chapters.yaml): every kind of block, with its figures read from YAML rows,
 * a CSV file, an Excel sheet and picture files, in every format; and what check says of broken ones.
 */
class OwnChaptersTest {

    private static final Path FIXTURES = Path.of("src/test/resources/chapters");

    @TempDir
    static Path shared;
    private static ExampleWeek week;
    private static ExampleReport report;
    private static Document document;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildTheWeekWithItsOwnChapters() throws IOException {
        week = withOwnChapters(shared);
        report = ExampleReport.of(week.weekDir());
        document = report.report;
    }

    /** The example week with the fixtures' chapters, their files, and an Excel sheet as iFind exports one. */
    static ExampleWeek withOwnChapters(Path temp) throws IOException {
        ExampleWeek copy = ExampleWeek.copyInto(temp);
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.weekDir().resolve(file.getFileName()));
            }
        }
        try (OutputStream out = Files.newOutputStream(copy.weekDir().resolve("valuation.xlsx"))) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            workbook.newWorksheet("说明").value(0, 0, "iFind 导出");
            Worksheet sheet = workbook.newWorksheet("估值");
            sheet.value(0, 0, "iFind 导出，截至2026-03-27");
            sheet.value(1, 0, "证券简称");
            sheet.value(1, 1, "总市值(亿元)");
            sheet.value(1, 2, "PE(TTM)");
            Object[][] rows = {{"中际旭创", 1662.4, 35.2}, {"新易盛", 698.0, 29.81}, {"天孚通信", 402.55, 41.0}};
            for (int r = 0; r < rows.length; r++) {
                sheet.value(r + 2, 0, (String) rows[r][0]);
                sheet.value(r + 2, 1, (Double) rows[r][1]);
                sheet.value(r + 2, 2, (Double) rows[r][2]);
            }
            sheet.value(5, 0, "数据来源：iFind");
            workbook.finish();
        }
        return copy;
    }

    @Test
    void aTableRowMayLeaveACellEmpty() {
        ExampleWeek copy = ExampleWeek.copyInto(temp);
        copy.write("chapters.yaml", "chapters:\n  - title: 附录\n    blocks:\n      - table:\n          caption: 个股\n"
                + "          rows:\n            - [代码, 名称, 涨幅]\n            - [\"300308.SZ\", 中际旭创, \"\"]\n"
                + "          sources: [Wind]\n");
        assertEquals(List.of(), copy.findings().stream().filter(f -> f.startsWith("error")).toList());
    }

    @Test
    void aTableCellQuotingNoKpiIsNamedInItsFileSoTheBuildCannotFailOnIt() throws IOException {
        ExampleWeek copy = ExampleWeek.copyInto(temp);
        Files.writeString(copy.weekDir().resolve("cells.csv"), "公司,收入\n中际旭创,{no_such_kpi}\n");
        copy.write("chapters.yaml", "chapters:\n  - title: 附录\n    blocks:\n      - table:\n          caption: 行\n"
                + "          rows:\n            - [指标, 数值]\n            - [收入, \"{telecom_revenue.trend_x}\"]\n"
                + "          sources: [Wind]\n      - table:\n          caption: 文件\n          csv: cells.csv\n"
                + "          sources: [Wind]\n");
        List<String> errors = copy.findings().stream().filter(f -> f.startsWith("error")).toList();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("error 2026-W13/cells.csv:2 {no_such_kpi} names no KPI; core-data.yaml defines: "),
                errors::toString);
        assertTrue(errors.get(1).startsWith("error 2026-W13/chapters.yaml:" + copy.lineOf("chapters.yaml", "[收入,")
                + ":15 {telecom_revenue.trend_x}: unknown field 'trend_x'"), errors::toString);
    }

    @Test
    void theWeekWithItsOwnChaptersChecksClean() {
        assertEquals(List.of(), week.findings());
    }

    @Test
    void ownChaptersStandWhereTheOutlineSaysAndAreNumberedOn() {
        List<String> headings = document.outline().stream().map(Heading::text).toList();
        int news = headings.indexOf("4.3 海内外大厂重点跟踪");
        assertEquals(List.of("五、光模块产业链专题", "5.1 图与数据", "风险提示"), headings.subList(news + 1, news + 4));
        Section chapter = Trees.section(document, "optical");
        assertEquals(List.of("电信业务收入累计 2904亿元，光模块出口延续高增。", "这是第二段：1.6T 产品开始送样。"),
                Trees.paragraphs(chapter.blocks()).subList(0, 2), "a blank line starts a new paragraph; placeholders are filled");
        ItemList bullets = Trees.all(chapter.blocks(), ItemList.class).get(0);
        assertEquals(List.of("800G 出货翻倍", "1.6T 开始送样"), bullets.items().stream().map(i -> Trees.spaced(i.lead().text().text())).toList());
        assertEquals("硅光方案占比提升", ((ItemList) bullets.items().get(1).rest().get(0)).items().get(0).lead().text().text());
        ItemList numbered = Trees.all(chapter.blocks(), ItemList.class).get(2);
        assertEquals(List.of("1)", "2)"), numbered.items().stream().map(ItemList.Item::marker).toList());
    }

    @Test
    void tablesFromRowsCsvAndExcel() {
        List<TableFigure> tables = Trees.all(Trees.section(document, "optical").blocks(), TableFigure.class);
        TableFigure rows = tables.get(0);
        assertEquals("图表 19：光模块厂商经营数据", Trees.spaced(rows.title()));
        assertEquals(List.of("公司", "营收（亿元）", "毛利率"), rows.columns().stream().map(TableFigure.Column::title).toList());
        assertEquals(List.of(false, true, true), rows.columns().stream().map(TableFigure.Column::numeric).toList(),
                "columns of numbers are set right, a dash for no figure included");
        assertEquals("注：剔除*ST 公司", Trees.spaced(rows.note()));
        TableFigure csv = tables.get(1);
        assertEquals(List.of("年份", "出货量（万只） 400G", "出货量（万只） 800G", "出货量（万只） 1.6T"), csv.flatTitles());
        assertEquals(List.of("2026E", "1100", "3000", "900"), csv.rows().get(3));
        TableFigure excel = tables.get(2);
        assertEquals(List.of("证券简称", "总市值（亿元）", "PE(TTM)"), excel.columns().stream().map(TableFigure.Column::title).toList());
        assertEquals(List.of(List.of("中际旭创", "1662.4", "35.2"), List.of("新易盛", "698", "29.81"),
                List.of("天孚通信", "402.55", "41")), excel.rows(), "the sheet and range named, numbers as written");
    }

    @Test
    void picturesKeepTheirBytesAndSize() throws IOException {
        List<PictureFigure> pictures = document.pictures();
        assertEquals(List.of("image/png", "image/jpeg", "image/svg+xml"), pictures.stream().map(PictureFigure::mediaType).toList());
        assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("photo.jpg")), pictures.get(1).bytes());
        assertEquals(640, pictures.get(1).width());
        assertEquals(List.of(false, false, true), pictures.stream().map(PictureFigure::wide).toList());
        assertEquals("注：图片经裁剪", pictures.get(1).note());
    }

    @Test
    void chartsOfEveryKindFromTheirData() {
        List<ChartFigure> charts = document.charts().stream()
                .filter(c -> c.anchor().startsWith("figure-") && Integer.parseInt(c.anchor().substring(7)) > 18).toList();
        Chart.Lines lines = (Chart.Lines) charts.get(0).chart();
        assertEquals(List.of("通信（申万）", "沪深 300"), lines.series().stream().map(s -> Trees.spaced(s.name())).toList());
        assertEquals(new BigDecimal("0.00"), lines.series().get(0).points().get(0).value(), "cumulative from the base date");
        assertEquals(new BigDecimal("9.87"), lines.series().get(0).points().get(12).value(), "3428.6 against 3120.5");
        assertEquals("%", lines.unit());
        Chart.Bars stacked = (Chart.Bars) charts.get(1).chart();
        assertTrue(stacked.stacked());
        assertEquals(3, stacked.forecastFrom(), "2026E on is forecast");
        Chart.Bars withLine = (Chart.Bars) charts.get(2).chart();
        assertEquals(List.of("占比"), withLine.lines().stream().map(Chart.Bars.Series::name).toList());
        assertFalse(withLine.wide());
        Chart.Ranking ranking = (Chart.Ranking) charts.get(3).chart();
        assertEquals(List.of("Kimi", "文心一言", "豆包"), ranking.bars().stream().map(Chart.Ranking.Bar::label).toList());
        assertEquals(Chart.Tone.HIGHLIGHT, ranking.bars().get(2).tone());
        Chart.Pie donut = (Chart.Pie) charts.get(4).chart();
        assertTrue(donut.donut());
        assertEquals(4, donut.slices().size());
    }

    @Test
    void theForecastTableComputesWhatIsNotGiven() {
        TableFigure forecast = Trees.all(Trees.section(document, "optical").blocks(), TableFigure.class).get(3);
        assertEquals("图表 30：重点公司盈利预测（截至 2026年3月27日）", Trees.spaced(forecast.title()));
        assertEquals(List.of("代码", "名称", "股价（元）", "总市值（亿元）", "EPS（元） 2025E", "EPS（元） 2026E",
                "EPS（元） 2027E", "P/E 2025E", "P/E 2026E", "P/E 2027E"), forecast.flatTitles());
        assertEquals(List.of("300308.SZ", "中际旭创", "150.2", "1662", "5.01", "7.12", "8.80", "30.0", "21.1", "17.1"),
                forecast.rows().get(0), "P/E as the price over each year's EPS");
        assertEquals("32.6", forecast.rows().get(1).get(7), "P/E as given");
    }

    @Test
    void everyFormatPrintsTheBlocks() throws IOException {
        String md = new String(report.bytes(Format.MD), StandardCharsets.UTF_8);
        assertTrue(md.contains("![技术演进时间线](telecom-weekly-2026-W13-figure-22.png)"), md);
        assertTrue(md.contains("| 年份 | 出货量（万只） 400G |"), md);
        assertTrue(md.contains("注：剔除\\*ST\u2009公司"), md);

        org.jsoup.nodes.Document html = Jsoup.parse(new String(report.bytes(Format.HTML), StandardCharsets.UTF_8));
        assertTrue(html.selectFirst("figure#figure-23 img").attr("src").startsWith("data:image/jpeg;base64,/9j/"));
        assertEquals("出货量（万只）", html.selectFirst("figure#figure-20 th.group").text());
        assertEquals("3", html.selectFirst("figure#figure-20 th.group").attr("colspan"));
        assertEquals("注：剔除*ST 公司", Trees.spaced(html.selectFirst("figure#figure-19 p.note").text()));
        assertEquals(2, html.select("h2#optical ~ ol.list > li").size());

        try (PDDocument pdf = Loader.loadPDF(report.bytes(Format.PDF))) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertEquals(2, images.size(), "the PNG and the JPEG; the SVG is drawn as vectors");
            PDImageXObject jpeg = images.stream().filter(i -> "jpg".equals(i.getSuffix())).findFirst().orElseThrow();
            try (InputStream in = jpeg.getCOSObject().createRawInputStream()) {
                assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("photo.jpg")), in.readAllBytes(),
                        "the JPEG is embedded as it was, not recompressed");
            }
        }
        String pdf = report.text(Format.PDF);
        assertTrue(pdf.contains("图表20：各速率光模块出货量"), pdf);
    }

    @Test
    void checkNamesWhatCannotBePrintedWhereItStands() throws IOException {
        ExampleWeek broken = withOwnChapters(temp);
        broken.replace("chapters.yaml", "          csv: shipments.csv\n          columns:", "          csv: shipments.csv\n"
                + "          rows: [[a, b], [c, d]]\n          columns:");
        broken.replace("chapters.yaml", "line_series: [占比]", "line_series: [占 比]");
        broken.replace("chapters.yaml", "highlight: 豆包", "highlight: 豆苞");
        broken.replace("chapters.yaml", "image: photo.jpg", "image: ../../photo.jpg");
        broken.replace("chapters.yaml", "eps: [3.02, 4.35, 5.10]", "eps: [3.02, 4.35]");
        broken.replace("chapters.yaml", "累计{telecom_revenue}", "累计{telecom_revenu}");
        Files.writeString(broken.weekDir().resolve("index-vs-csi300.csv"),
                Files.readString(broken.weekDir().resolve("index-vs-csi300.csv")).replace("2026-01-09,", "2026-13-09,"));
        assertEquals(List.of(
                "error 2026-W13/chapters.yaml:" + broken.lineOf("chapters.yaml", "../../photo.jpg") + ":"
                        + broken.columnOf("chapters.yaml", "../../photo.jpg")
                        + " '../../photo.jpg' is outside the content folder; refer to files beside the week's YAML"),
                broken.findings(), "a file outside the content folder stops the loading");

        broken.replace("chapters.yaml", "image: ../../photo.jpg", "image: photo.jpg");
        List<String> findings = broken.findings();
        assertTrue(findings.contains("error 2026-W13/chapters.yaml:" + broken.lineOf("chapters.yaml", "- >-")
                + ":9 {telecom_revenu} names no KPI; core-data.yaml defines: " + String.join(", ",
                report.loaded.week().coreData().kpisById().keySet())), findings.toString());

        broken.replace("chapters.yaml", "累计{telecom_revenu}", "累计{telecom_revenue}");
        findings = broken.findings();
        assertEquals(List.of(
                "error " + at(broken, "caption: 各速率光模块出货量")
                        + " a table's figures come from one of rows, csv or xlsx; this gives 2",
                "error " + at(broken, "占 比]") + " line_series names '占 比', "
                        + "which is not a column; the columns are: 800G, 占比",
                "error " + at(broken, "豆苞") + " highlight '豆苞' "
                        + "is not among the chart's names; did you mean '豆包'?",
                "error " + at(broken, "[3.02, 4.35]") + " 新易盛 has 2 EPS "
                        + "figures for 3 years (2025E, 2026E, 2027E)",
                "error 2026-W13/index-vs-csi300.csv:3 '2026-13-09' is not a date; a line chart's first column holds dates, "
                        + "written 2026-01-02 (or 2026/1/2, or 2026-01 for a month)"), findings);
    }

    @Test
    void aValueOutsideItsChoicesIsNamedWithTheChoicesAndTheNearestOne() throws IOException {
        ExampleWeek broken = withOwnChapters(temp);
        broken.replace("chapters.yaml", "kind: donut", "kind: donnut");
        broken.replace("chapters.yaml", "photo.jpg, sources: [公司官网], width: half", "photo.jpg, sources: [公司官网], width: halve");
        assertEquals(List.of(
                "error " + at(broken, "halve") + " width 'halve' is not a figure width; did you mean 'half'? expected one of: full, half",
                "error " + at(broken, "donnut") + " kind 'donnut' is not a chart this tool draws; did you mean 'donut'? "
                        + "expected one of: line, bar, ranking, pie, donut"), broken.findings());
    }

    private static String at(ExampleWeek week, String text) {
        return "2026-W13/chapters.yaml:" + week.lineOf("chapters.yaml", text) + ":" + week.columnOf("chapters.yaml", text);
    }
}
