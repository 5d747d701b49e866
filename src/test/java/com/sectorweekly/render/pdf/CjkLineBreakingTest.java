package com.sectorweekly.render.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a PDF line may end: '|' marks each place in the text after which a break is allowed. */
class CjkLineBreakingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "收|入|累|计 |2904亿|元，|同|比 |-1.7%# body",
            "第3名，|截|至 |2026年3月27日# body",
            "流|量 |666.7亿GB，|增长# body",
            "趋|势|正|在|变化。# body",
            "来源：|工信部，|C114 |通信网，|衡川证券研究所# sources",
    })
    void breaksOnlyWhereTheTextAllows(String marked, String kind) {
        CjkLineBreaking rule = "sources".equals(kind.strip()) ? CjkLineBreaking.SOURCES : CjkLineBreaking.INSTANCE;
        char[] text = marked.replace("|", "").toCharArray();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0, at = -1; i < marked.length(); i++) {
            if (marked.charAt(i) == '|') {
                expected.add(at);
            } else {
                at++;
            }
        }
        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < text.length - 1; i++) {
            if (rule.isSplitCharacter(0, i, text.length, text, null)) {
                allowed.add(i);
            }
        }
        assertEquals(expected, allowed, marked);
    }
}
