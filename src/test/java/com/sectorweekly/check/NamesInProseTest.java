package com.sectorweekly.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chinese names typed with the pinyin input method's slips, and other names left alone. */
class NamesInProseTest {

    private static final Set<String> NAMES = new TreeSet<>(List.of("亨通光电", "光库科技", "字节跳动", "新易盛"));

    @Test
    void aCharacterOfTheSameSoundOrTwoSwappedIsASlip() {
        assertEquals(List.of("亨通光店 亨通光电 店 and 电 sound alike"), slips("本周亨通光店领涨。"));
        assertEquals(List.of("光库技科 光库科技 科技 swapped"), slips("光库技科发布新品"));
        assertEquals(List.of("新易胜 新易盛 胜 and 盛 sound alike"), slips("新易胜的订单"), "sheng, whatever the tone");
    }

    @Test
    void anotherCompanyAndTheNameItselfAreNoSlip() {
        assertEquals(List.of(), slips("光迅科技与光库科技均有新品"), "迅 is not 库: another company");
        assertEquals(List.of(), slips("字节跳动、亨通光电"));
    }

    private static List<String> slips(String text) {
        return NamesInProse.hanSlips(text, NAMES).stream().map(s -> s.typed() + " " + s.meant() + " " + s.why()).toList();
    }
}
