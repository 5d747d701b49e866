package com.sectorweekly.authoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values replaced in a YAML file's text, with everything else the analyst wrote kept as it was. */
class YamlEditsTest {

    private static String apply(String text, String path, String value) {
        return YamlEdits.apply(text, List.of(new YamlEdits.Edit(path, node -> value)));
    }

    @Test
    void aScalarIsReplacedAndItsLinesCommentStays() {
        String text = "# head\nrank: 22  # 申万一级\ncount: 31\n";
        assertEquals("# head\nrank: ~  # 申万一级\ncount: 31\n", apply(text, "rank", "~"));
    }

    @Test
    void aBlockListBecomesAFlowListOnItsKeysLineKeepingThatLinesComment() {
        String text = "gainers:   # top five\n  - {name: 甲, change: 1.5}\n  - {name: 乙, change: 1.2}\n\n# next key\nlosers: []\n";
        assertEquals("gainers: []  # 待更新  # top five\n\n# next key\nlosers: []\n",
                apply(text, "gainers", "[]  # 待更新"));
    }

    @Test
    void aListOfMappingsIsReplacedWholeUpToItsLastLine() {
        String text = "industry:\n  - date: 2026-03-24\n    text: 一条\n  - date: 2026-03-25\n    text: 两条\ncompany: []\n";
        assertEquals("industry: []\ncompany: []\n", apply(text, "industry", "[]"));
    }

    @Test
    void aStarNamesEveryItemOfAList() {
        String text = "segments:\n  - name: 服务器\n    week_change: -3.25\n  - name: IDC\n    week_change: 2.90\n";
        String edited = YamlEdits.apply(text, List.of(new YamlEdits.Edit("segments/*/week_change",
                node -> "~  # was " + YamlEdits.scalar(node))));
        assertEquals("segments:\n  - name: 服务器\n    week_change: ~  # was -3.25\n  - name: IDC\n    week_change: ~  # was 2.90\n", edited);
    }

    @Test
    void offsetsHoldPastCharactersOutsideTheBasicPlane() {
        // 𠮷 is one code point but two Java chars: SnakeYAML counts the first, String the second.
        String text = "name: 𠮷野家\nrank: 22\n";
        assertEquals("name: 𠮷野家\nrank: 3\n", apply(text, "rank", "3"));
    }

    @Test
    void aPathThatNamesNothingChangesNothing() {
        String text = "rank: 22\n";
        assertEquals(text, apply(text, "industries", "[]"));
    }

    @Test
    void aDoubleStarReachesEveryDepthAndAStarAtTheEndNamesTheItems() {
        String text = "chapters:\n  - title: 一\n    blocks:\n      - >-\n        长段落，\n        折行。\n      - chart: {kind: pie}\n"
                + "    sections:\n      - title: 1.1\n        blocks: [短段落]\n";
        String edited = YamlEdits.apply(text, List.of(new YamlEdits.Edit("chapters/**/blocks/*",
                node -> YamlEdits.scalar(node) == null ? null : "~  # 待更新")));
        assertEquals("chapters:\n  - title: 一\n    blocks:\n      - ~  # 待更新\n      - chart: {kind: pie}\n"
                + "    sections:\n      - title: 1.1\n        blocks: [~]  # 待更新\n", edited);
    }

    @Test
    void aValueInAFlowMappingIsMarkedAtTheEndOfItsLineWhereTheCommentSwallowsNothing() {
        String text = "segments:\n  - {name: IDC, week_change: -2.90, commentary: 评述}\n  - {name: 光模块,\n     week_change: 1.5}  # 已核\n";
        assertEquals("segments:\n  - {name: IDC, week_change: ~, commentary: 评述}  # 待更新，上周 -2.90\n"
                        + "  - {name: 光模块,\n     week_change: ~}  # 已核\n",
                apply(text, "segments/*/week_change", "~  # 待更新，上周 -2.90"), "a line with a comment of its own keeps it");
    }
}
