package com.sectorweekly.render;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Heading;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.document.RichText;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.format.Labels;
import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.testing.Texts;
import com.sectorweekly.testing.Trees;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every block type in every format, from a document made by hand: a chapter three levels deep with
 * a minor heading, paragraphs with bold and marked runs, a numbered list holding a bullet list,
 * terms and definitions, a table, charts and contacts.
 */
class BlockFormatsTest {

    private static final ReportBuild BUILD = new ReportBuild(Path.of(""), TemplateSource.builtIn());
    private static final byte[] PNG = png();
    private static final Document DOCUMENT = sample();

    private static Document sample() {
        ChartFigure chart = new ChartFigure("figure-1", "图表1", "光模块出口", "图表1：光模块出口", null,
                "来源：海关总署，样例研究所", "sample-figure-1.svg", new Chart.History("出口金额（亿元）", null,
                List.of(new Chart.History.Period("2025", BigDecimal.ONE, null),
                        new Chart.History.Period("2026E", BigDecimal.TEN, null)), false));
        PictureFigure picture = new PictureFigure("figure-3", "图表3", "技术路线", "图表3：技术路线", "注：示意",
                "来源：公司官网，样例研究所", "sample-figure-3.png", "image/png", PNG, 480, 240, false);
        TableFigure table = new TableFigure("figure-2", "图表2", "盈利预测", "图表2：盈利预测",
                List.of(TableFigure.Column.text("公司", 2), TableFigure.Column.number("EPS（元）", 1)),
                List.of(List.of("中际旭创", "4.01"), List.of("新易盛", "2.87")), "注：剔除*ST公司", "来源：Wind，样例研究所");
        Paragraph lead = new Paragraph(new RichText(List.of(RichText.Run.bold("光模块"),
                RichText.Run.plain("：高速率产品放量。"))), null);
        ItemList bullets = new ItemList(false, null, List.of(
                new ItemList.Item(null, List.of(Paragraph.of(RichText.plain("800G 出货翻倍")))),
                new ItemList.Item(null, List.of(Paragraph.of(RichText.plain("1.6T 开始送样"))))));
        ItemList numbered = new ItemList(true, null, List.of(
                new ItemList.Item("（1）", List.of(Paragraph.of(RichText.plain("需求端：云厂商资本开支上修。")), bullets)),
                new ItemList.Item("（2）", List.of(Paragraph.of(RichText.plain("供给端：光芯片仍偏紧。"))))));
        Paragraph news = new Paragraph(new RichText(List.of(new RichText.Run("3月24日", false, "date"),
                RichText.Run.plain(" 样例公司发布新品。 "), new RichText.Run("来源：公司公告", false, "source"))), "news");
        Section deepest = new Section(new Heading("h-1-1-1", 3, "1.1.1", "供需测算", "1.1.1 供需测算"), null,
                List.of(numbered, table));
        Section minor = new Section(new Heading(null, 3, "", "样例公司", "样例公司"), null, List.of(news));
        Section second = new Section(new Heading("h-1-1", 2, "1.1", "光模块", "1.1 光模块"), null,
                List.of(lead, new Figures(List.of(chart)), deepest, new Figures(List.of(picture)), minor));
        Section chapter = new Section(new Heading("h-1", 1, "一", "硬件端", "一、硬件端"), null, List.of(second));
        Section compliance = new Section(new Heading("h-ratings", 1, "", "投资评级说明", "投资评级说明"), "compliance",
                List.of(new DefinitionList("rating-definition", List.of(
                        new DefinitionList.Definition("推荐", RichText.plain("相对基准指数涨幅 15% 以上。")))),
                        new Contacts(List.of(new Contacts.Office("上海", List.of("电话：021-0000 0000"))))));
        Labels labels = Labels.forLocale(Locale.forLanguageTag("zh-CN"));
        return new Document("sample", "2026-W13",
                new Document.Info("样例专题", "样例分析师", "样例", "样例", "zh-CN", "样例研究所",
                        LocalDate.of(2026, 3, 27), ZoneId.of("Asia/Shanghai")),
                new Document.Masthead("样例证券", "通信行业研究", "专题报告", "证券研究报告", "通信组", "2026年3月27日",
                        "样例证券 · 专题报告", "证券研究报告 · 2026年3月27日"),
                new Document.Cover("推荐（维持评级）", List.of(new Document.AnalystLine("样例", "执业 S0000000000001", "a@b.example")),
                        "研究助理：样例甲", "样例标题", List.of(new Section(new Heading(null, 1, "", "投资要点", "投资要点"), null,
                        List.of(Paragraph.of(RichText.plain("要点一。"))))), null),
                List.of(chapter, compliance),
                new Document.Colors("#8C1D2B", "#C9A227", "#C8372D", "#2E8B57"),
                new Document.Distribution("样例证券", "样例", "通信", "telecom", "通信专题报告", "专题报告", "date", "推荐", "维持", List.of(), List.of(),
                        OffsetDateTime.of(2026, 3, 27, 7, 30, 0, 0, ZoneOffset.ofHours(8)), "样例"),
                labels.asMap());
    }

    private static byte[] png() {
        try {
            return java.nio.file.Files.readAllBytes(Path.of("src/test/resources/chapters/timeline.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(Format format) throws RenderException {
        return new String(BUILD.render(DOCUMENT, format).document(), StandardCharsets.UTF_8);
    }

    @Test
    void markdownWritesEachBlockAsMarkdown() throws RenderException {
        String md = text(Format.MD);
        assertTrue(md.contains("\n## 一、硬件端\n\n<a id=\"h-1-1\"></a>\n\n### 1.1 光模块\n\n**光模块**：高速率产品放量。\n"), md);
        assertTrue(md.contains("\n#### 1.1.1 供需测算\n\n（1） 需求端：云厂商资本开支上修。\n\n  - 800G 出货翻倍\n\n  - 1.6T"), md);
        assertTrue(md.contains("\n（2） 供给端：光芯片仍偏紧。\n"), md);
        assertTrue(md.contains("\n| 公司 | EPS（元） |\n| --- | ---: |\n| 中际旭创 | 4.01 |\n"), md);
        assertTrue(md.contains("**图表1：光模块出口**\n\n![光模块出口](sample-figure-1.svg)\n\n来源：海关总署，样例研究所\n"), md);
        assertTrue(md.contains("\n#### 样例公司\n\n3月24日 样例公司发布新品。 来源：公司公告\n"), md);
        assertTrue(md.contains("\n**图表3：技术路线**\n\n![技术路线](sample-figure-3.png)\n\n注：示意\n\n来源：公司官网，样例研究所\n"), md);
        assertTrue(md.contains("\n注：剔除\\*ST公司\n\n来源：Wind，样例研究所\n"), md);
        assertTrue(md.contains("\n- **推荐**：相对基准指数涨幅 15% 以上。\n"), md);
        assertTrue(md.contains("\n**上海** 电话：021-0000 0000\n"), "one colon a contact line: " + md);
        assertTrue(md.contains("\n    - [1.1.1 供需测算](#h-1-1-1)\n"), "the contents indent the third level and link: " + md);
        assertTrue(md.contains("\n<a id=\"h-1-1-1\"></a>\n\n#### 1.1.1 供需测算\n"), "a listed heading carries its anchor: " + md);
        assertTrue(md.contains("\n- [图表1：光模块出口](#figure-1)\n") && md.contains("\n<a id=\"figure-1\"></a>\n\n**图表1：光模块出口**"),
                "the list of figures links to each figure: " + md);
    }

    @Test
    void htmlWritesEachBlockAsItsElement() throws RenderException {
        org.jsoup.nodes.Document html = Jsoup.parse(text(Format.HTML));
        assertEquals("一、硬件端", html.selectFirst("section.chapter > h2#h-1").text());
        assertEquals("1.1 光模块", html.selectFirst("h3#h-1-1").text());
        assertEquals("1.1.1 供需测算", html.selectFirst("h4#h-1-1-1").text());
        Element minor = html.select("h4").stream().filter(h -> h.text().equals("样例公司")).findFirst().orElseThrow();
        assertEquals("", minor.id(), "a minor heading has no anchor");
        assertEquals("光模块", html.selectFirst("p > strong").text());
        Element numbered = html.selectFirst("ol.list");
        assertEquals("（1）", numbered.selectFirst("li > span.marker").text());
        assertEquals(List.of("800G 出货翻倍", "1.6T 开始送样"), numbered.select("li ul.list > li").eachText());
        assertEquals(List.of("公司", "EPS（元）"), html.select("figure#figure-2 thead th").eachText());
        assertTrue(html.selectFirst("figure#figure-2 tbody td:eq(1)").hasClass("num"));
        assertNotNull(html.selectFirst("div.charts > figure#figure-1 > div.scroll[role=region][tabindex=0] > svg[role=img]"));
        assertNotNull(html.selectFirst("figure#figure-2 > div.scroll[aria-labelledby=figure-2-caption] > table"), "a table scrolls in its own box");
        assertTrue(html.selectFirst("div.charts > figure#figure-3 > img").attr("src").startsWith("data:image/png;base64,"));
        assertEquals("注：示意", html.selectFirst("figure#figure-3 > p.note").text());
        assertEquals("注：剔除*ST公司", html.selectFirst("figure#figure-2 > p.note").text());
        assertEquals("3月24日", html.selectFirst("p.news > span.date").text());
        assertEquals("来源：公司公告", html.selectFirst("p.news > span.source").text());
        assertEquals("推荐：相对基准指数涨幅 15% 以上。", html.selectFirst("section.compliance p.rating-definition").text());
        assertEquals("上海", html.selectFirst("div.offices p.city").text());
        assertEquals(List.of("一、硬件端", "1.1 光模块", "1.1.1 供需测算", "投资评级说明"),
                html.select("nav.contents li a").eachText().subList(0, 4));
    }

    @Test
    void pdfBookmarksNestAsTheHeadingsDo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BUILD.render(DOCUMENT, Format.PDF).document())) {
            PDOutlineItem cover = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals(List.of("样例标题", "内容目录"), List.of(cover.getTitle(), cover.getNextSibling().getTitle()),
                    "page 1 and the contents are bookmarked first");
            PDOutlineItem chapter = cover.getNextSibling().getNextSibling();
            assertEquals("一、硬件端", chapter.getTitle());
            PDOutlineItem second = chapter.getFirstChild();
            assertEquals("1.1 光模块", second.getTitle());
            assertEquals("1.1.1 供需测算", second.getFirstChild().getTitle());
            assertEquals(second.getFirstChild(), second.getLastChild(), "the minor heading is not bookmarked");
            assertEquals("投资评级说明", chapter.getNextSibling().getTitle());
        }
    }

    /** The tree's words are printed by every format, in the tree's order. */
    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void everyWordOfTheTreeInItsOrder(Format format) throws RenderException {
        String text = Texts.of(format, BUILD.render(DOCUMENT, format).document());
        int body = text.indexOf(Texts.squeeze("图表目录"));
        int last = text.indexOf(Texts.squeeze("图表2：盈利预测"), body) + 1;
        List<String> missing = new ArrayList<>();
        for (String word : Trees.words(DOCUMENT).subList(4, Trees.words(DOCUMENT).size())) {
            int at = text.indexOf(Texts.squeeze(word), last);
            if (at < 0) {
                missing.add(word);
            } else {
                last = at;
            }
        }
        assertEquals(List.of(), missing, format + " lacks these words, or prints them out of order");
    }

    @Test
    void everyBlockTypeIsInTheSample() {
        List<Class<? extends Block>> types = List.of(Section.class, Paragraph.class, ItemList.class, DefinitionList.class,
                TableFigure.class, Figures.class, Contacts.class);
        for (Class<? extends Block> type : types) {
            assertTrue(!Trees.all(DOCUMENT.chapters(), type).isEmpty(), type.getSimpleName());
        }
        assertEquals(Block.class.getPermittedSubclasses().length, types.size(), "a new block type needs a case here");
    }
}
