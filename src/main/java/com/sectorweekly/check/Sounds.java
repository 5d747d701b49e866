package com.sectorweekly.check;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two Chinese characters sound alike: they share a reading in pinyin, tones aside, which
 * is what the pinyin input method offers side by side (电 and 店 are both dian). pinyin4j reads
 * its table on first use, so a week whose prose holds no near-miss of a name never loads it.
 */
final class Sounds {

    private Sounds() {
    }

    static boolean alike(char a, char b) {
        Set<String> readings = readings(a);
        return readings(b).stream().anyMatch(readings::contains);
    }

    private static Set<String> readings(char c) {
        String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c);
        if (pinyin == null) {
            return Set.of();
        }
        return Arrays.stream(pinyin).map(p -> p.replaceAll("\\d", "").toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
