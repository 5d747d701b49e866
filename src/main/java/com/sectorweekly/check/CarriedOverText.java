package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text carried over from earlier reports. A text written afresh each period (a view, a commentary,
 * the advice, a news item, a paragraph: what {@code new} empties) that is the same as in the last
 * report, or the same but for its figures, is a warning at once. A text that may stand (a 景气度
 * reason) is named once it has stood unchanged for the desk's number of reports, so the analyst
 * confirms it still holds.
 */
final class CarriedOverText implements Rule {

    /** A figure in prose; a text whose figures alone changed is a copy with its numbers touched up. */
    private static final Pattern FIGURE = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");

    @Override
    public List<Finding> check(CheckInput input) {
        int threshold = input.week().desk().checks().carriedOverWeeks();
        List<Set<String>> earlier = input.earlier().stream().map(week -> texts(week, false)).toList();
        Set<String> lastButFigures = input.earlier().isEmpty() ? Set.of() : texts(input.earlier().get(0), true);
        String last = input.earlier().isEmpty() ? null : input.earlier().get(0).week().period().name();
        List<Finding> findings = new ArrayList<>();
        for (ProseFields.Field field : ProseFields.of(input.week())) {
            String key = key(field, false);
            int run = 0;
            while (run < earlier.size() && earlier.get(run).contains(key)) {
                run++;
            }
            if (field.renewed() && run >= 1) {
                findings.add(Finding.warning(input.week().places().at(field.file(), field.pointer()),
                        "the same as in " + last + "; it is written afresh each time: update it"));
            } else if (field.renewed() && lastButFigures.contains(key(field, true))) {
                findings.add(Finding.warning(input.week().places().at(field.file(), field.pointer()),
                        "the same as in " + last + " but for its figures; was the rest updated?"));
            } else if (!field.renewed() && run >= threshold) {
                String firstWeek = input.earlier().get(run - 1).week().period().name();
                findings.add(Finding.warning(input.week().places().at(field.file(), field.pointer()),
                        "unchanged since " + firstWeek + " (" + run + " earlier reports); confirm it still holds"));
            }
        }
        return findings;
    }

    private static String key(ProseFields.Field field, boolean butFigures) {
        String text = field.text().strip();
        return field.kind() + "\u0000" + (butFigures ? FIGURE.matcher(text).replaceAll("#") : text);
    }

    private static Set<String> texts(LoadedWeek week, boolean butFigures) {
        Set<String> texts = new HashSet<>();
        ProseFields.of(week).forEach(f -> texts.add(key(f, butFigures)));
        return texts;
    }
}
