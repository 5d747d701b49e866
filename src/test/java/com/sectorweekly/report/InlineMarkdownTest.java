package com.sectorweekly.report;

import com.sectorweekly.document.RichText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prose takes bold from Markdown and nothing else: the rest prints as the analyst typed it. */
class InlineMarkdownTest {

    @Test
    void boldIsReadAndEverythingElseIsText() {
        assertEquals(List.of(RichText.Run.plain("7*7*7 与 [链接](http://example.com)、"), new RichText.Run("加粗", true, null),
                        RichText.Run.plain("、\\* 与 `代码` 及 <b>标签</b>")),
                InlineMarkdown.parse("7*7*7 与 [链接](http://example.com)、**加粗**、\\* 与 `代码` 及 <b>标签</b>").runs());
    }

    @Test
    void aLeadingNumberOrHashIsNotAListOrAHeading() {
        assertEquals(List.of(RichText.Run.plain("1. 运营商资本开支继续下降")), InlineMarkdown.parse("1. 运营商资本开支继续下降").runs());
        assertEquals(List.of(RichText.Run.plain("# 第一点"), new RichText.Run("重点", true, null)),
                InlineMarkdown.parse("# 第一点**重点**").runs());
    }
}
