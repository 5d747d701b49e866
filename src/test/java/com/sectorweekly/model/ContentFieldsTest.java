package com.sectorweekly.model;

import com.sectorweekly.content.ContentLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The model's own description of its fields: which texts are prose, and what each period renews. */
class ContentFieldsTest {

    @Test
    void textsAreFoundWithTheirPointersAndHowTheyAreMarked() {
        News news = new News(List.of(new News.Item(null, null, null, "行业新闻")),
                List.of(new News.Item("腾讯", null, "公告", "公司新闻")), List.of());
        assertEquals(List.of(new ContentFields.Text("/industry/0/text", "行业新闻", prose(News.Item.class)),
                        new ContentFields.Text("/company/0/text", "公司新闻", prose(News.Item.class))),
                ContentFields.texts(news));

        Chapters chapters = new Chapters(List.of(new Chapters.Chapter(null, "第一章", null,
                List.of(Chapters.Block.of("段落")), List.of(new Chapters.Chapter(null, "1.1", null,
                List.of(Chapters.Block.of("小节段落")), List.of())))));
        List<ContentFields.Text> texts = ContentFields.texts(chapters);
        assertEquals(List.of("/chapters/0/title", "/chapters/0/blocks/0/paragraph", "/chapters/0/sections/0/title",
                "/chapters/0/sections/0/blocks/0/paragraph"), texts.stream().map(ContentFields.Text::pointer).toList());
        assertEquals(List.of(true, false, true, false), texts.stream().map(t -> t.prose().label()).toList());
    }

    @Test
    void aTextListGivesEachItemItsPointer() {
        Segment segment = new Segment("服务器", null, null, null, "评述", null, List.of(), null);
        assertEquals(List.of("/commentary"), ContentFields.texts(segment).stream().map(ContentFields.Text::pointer).toList());
        CoreData.KpiGroup group = new CoreData.KpiGroup("运营商", "标题", List.of("第一段", "第二段"), List.of(), List.of());
        assertEquals(List.of("/paragraphs/0", "/paragraphs/1"),
                ContentFields.texts(group).stream().map(ContentFields.Text::pointer).toList());
    }

    @Test
    void chosenValuesAreFoundWithTheirPointersAndTheirChoice() {
        Outline outline = new Outline(List.of(), List.of("sector_rank"), List.of(new Outline.Part(null, "section.market", null, null, "compliance",
                List.of("market_review", "movers_chart"), List.of(), null)), List.of("chapter"));
        assertEquals(List.of(
                        new ContentFields.Chosen("/panel/0", "sector_rank", Choice.BLOCK),
                        new ContentFields.Chosen("/chapters/0/style", "compliance", Choice.PART_STYLE),
                        new ContentFields.Chosen("/chapters/0/holds/0", "market_review", Choice.BLOCK),
                        new ContentFields.Chosen("/chapters/0/holds/1", "movers_chart", Choice.BLOCK),
                        new ContentFields.Chosen("/numbering/0", "chapter", Choice.NUMBERING)),
                ContentFields.choices(outline));
    }

    @Test
    void recordsAreFoundAtAnyDepthAndTheirKeysPlaced() {
        Chapters chapters = new Chapters(List.of(new Chapters.Chapter(null, "第一章", null,
                List.of(Chapters.Block.of("段落")), List.of(new Chapters.Chapter(null, "1.1", null,
                List.of(Chapters.Block.of("小节段落")), List.of())))));
        List<ContentFields.Placed<Chapters.Block>> blocks = ContentFields.find(chapters, Chapters.Block.class);
        assertEquals(List.of("/chapters/0/blocks/0", "/chapters/0/sections/0/blocks/0"),
                blocks.stream().map(ContentFields.Placed::pointer).toList());
        assertEquals("/chapters/0/sections/0/blocks/0/paragraph", blocks.get(1).at("paragraph"));
        assertEquals("/chapters/0/sections/0/title", ContentFields.find(chapters, Chapters.Chapter.class).get(1).at("title"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> blocks.get(0).at("paragraf"));
        assertEquals("Block has no key 'paragraf'", wrong.getMessage());
    }

    @Test
    void aTextIsRenewedWhereItIsOrLiesWithinARenewedValue() {
        Class<?> segments = ContentLoader.FILE_TYPES.get(ContentLoader.SEGMENTS_FILE);
        org.junit.jupiter.api.Assertions.assertTrue(ContentFields.isRenewed(segments, "/segments/1/commentary"));
        org.junit.jupiter.api.Assertions.assertFalse(ContentFields.isRenewed(segments, "/sentiment/rows/0/reason"),
                "a 景气度 reason may stand");
        org.junit.jupiter.api.Assertions.assertTrue(ContentFields.isRenewed(News.class, "/industry/3/text"), "within a renewed list");
        org.junit.jupiter.api.Assertions.assertTrue(ContentFields.isRenewed(Chapters.class, "/chapters/0/sections/1/blocks/2/paragraph"));
        org.junit.jupiter.api.Assertions.assertFalse(ContentFields.isRenewed(Chapters.class, "/chapters/0/title"));
    }

    @Test
    void whatEachPeriodRenewsIsReadFromTheRecordTypes() {
        assertEquals(List.of(
                        new ContentFields.RenewedPath("segments/*/week_change", ContentFields.Renewal.FIGURE),
                        new ContentFields.RenewedPath("segments/*/month_to_date_change", ContentFields.Renewal.FIGURE),
                        new ContentFields.RenewedPath("segments/*/commentary", ContentFields.Renewal.TEXT),
                        new ContentFields.RenewedPath("segments/*/summary", ContentFields.Renewal.TEXT)),
                ContentFields.renewed(ContentLoader.FILE_TYPES.get(ContentLoader.SEGMENTS_FILE)));
        assertEquals(List.of(
                        new ContentFields.RenewedPath("headline", ContentFields.Renewal.TEXT),
                        new ContentFields.RenewedPath("views", ContentFields.Renewal.LIST),
                        new ContentFields.RenewedPath("summary", ContentFields.Renewal.LIST)),
                ContentFields.renewed(WeekMeta.class));
        assertEquals(List.of(
                        new ContentFields.RenewedPath("chapters/**/blocks/*/paragraph", ContentFields.Renewal.TEXT),
                        new ContentFields.RenewedPath("chapters/**/blocks/*", ContentFields.Renewal.TEXT_ITEM)),
                ContentFields.renewed(Chapters.class), "a chapter's sections nest at any depth; a paragraph may be written as text");
        assertEquals(List.of(), ContentFields.renewed(CoreData.class), "the core data carries over");
        assertEquals(List.of(
                        new ContentFields.RenewedPath("sector_change", ContentFields.Renewal.FIGURE),
                        new ContentFields.RenewedPath("rank", ContentFields.Renewal.FIGURE),
                        new ContentFields.RenewedPath("gainers", ContentFields.Renewal.LIST),
                        new ContentFields.RenewedPath("losers", ContentFields.Renewal.LIST),
                        new ContentFields.RenewedPath("industries/*/change", ContentFields.Renewal.FIGURE)),
                ContentFields.renewed(MarketReview.class));
    }

    @Test
    void theNewsListsAreNamedByTheirKeysAndEachHasItsBlock() {
        News news = new News(List.of(), List.of(new News.Item("腾讯", null, null, "公司新闻")), List.of());
        assertEquals(List.copyOf(ContentFields.keys(News.class).keySet()), List.copyOf(news.lists().keySet()));
        assertEquals(List.of("industry_news", "company_news", "big_tech_news"), News.BLOCKS);
        assertEquals(news.company(), news.listOf("company_news"));
    }

    private static Prose prose(Class<?> record) {
        return ContentFields.keys(record).get("text").getAnnotation(Prose.class);
    }
}
