package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text carried over unchanged from several earlier reports: a view, a commentary, a 景气度 reason,
 * a news item or a paragraph (every text the model marks as prose) that was copied forward and
 * never rewritten. A warning naming the report it was first written in.
 */
final class CarriedOverText implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        int threshold = input.week().desk().checks().carriedOverWeeks();
        List<Set<String>> earlier = input.earlier().stream().map(CarriedOverText::texts).toList();
        List<Finding> findings = new ArrayList<>();
        for (ProseFields.Field field : ProseFields.of(input.week())) {
            String key = field.kind() + "\u0000" + field.text().strip();
            int run = 0;
            while (run < earlier.size() && earlier.get(run).contains(key)) {
                run++;
            }
            if (run >= threshold) {
                String firstWeek = input.earlier().get(run - 1).week().period().name();
                findings.add(Finding.warning(input.week().places().at(field.file(), field.pointer()),
                        "unchanged for " + run + " earlier weeks, first written in " + firstWeek
                                + "; update it or confirm it still holds"));
            }
        }
        return findings;
    }

    private static Set<String> texts(LoadedWeek week) {
        Set<String> texts = new HashSet<>();
        ProseFields.of(week).forEach(f -> texts.add(f.kind() + "\u0000" + f.text().strip()));
        return texts;
    }
}
