package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Direction;
import com.sectorweekly.compare.WeekChanges.Figure;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.SentimentTable;
import com.sectorweekly.model.Week;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two loaded weeks of one desk, row by row, matching rows by their names and ids. */
public final class WeekComparison {

    private WeekComparison() {
    }

    public static WeekChanges compare(LoadedWeek from, LoadedWeek to) {
        Week a = from.week();
        Week b = to.week();
        List<WeekChanges.LevelChange> levels = sentiment(a.sentiment(), b.sentiment(), to.desk());
        List<WeekChanges.KpiChange> kpis = kpis(a.coreData(), b.coreData());
        int kpisInBoth = (int) a.coreData().kpisById().keySet().stream().filter(b.coreData().kpisById()::containsKey).count();
        int kpisChangedInBoth = (int) kpis.stream().filter(k -> k.direction() == Direction.CHANGED).count();
        return new WeekChanges(a.meta().week().toString(), b.meta().week().toString(),
                rating(a), rating(b),
                texts(a, b),
                levels, common(a.sentiment().rows(), b.sentiment().rows(), SentimentTable.Row::board)
                - (int) levels.stream().filter(l -> l.direction() == Direction.UP || l.direction() == Direction.DOWN).count(),
                indices(a.segments(), b.segments()),
                new Figure(a.market().sectorChange(), b.market().sectorChange()),
                new Figure(BigDecimal.valueOf(a.market().rank()), BigDecimal.valueOf(b.market().rank())),
                kpis, kpisInBoth - kpisChangedInBoth,
                news(a.news(), b.news()));
    }

    private static String rating(Week week) {
        return week.meta().rating() + "（" + week.meta().ratingAction() + "）";
    }

    /** The texts written afresh each week that changed: headline, views (by place), advice, each segment's texts. */
    private static List<WeekChanges.TextChange> texts(Week a, Week b) {
        List<WeekChanges.TextChange> changes = new ArrayList<>();
        text(changes, "diff.headline", "", a.meta().headline(), b.meta().headline());
        List<String> viewsBefore = a.meta().views();
        List<String> viewsAfter = b.meta().views();
        for (int i = 0; i < Math.max(viewsBefore.size(), viewsAfter.size()); i++) {
            text(changes, "diff.view", String.valueOf(i + 1), i < viewsBefore.size() ? viewsBefore.get(i) : null,
                    i < viewsAfter.size() ? viewsAfter.get(i) : null);
        }
        text(changes, "diff.advice", "", a.meta().investmentAdvice(), b.meta().investmentAdvice());
        Map<String, Segment> before = byKey(a.segments(), Segment::name, s -> s);
        Map<String, Segment> after = byKey(b.segments(), Segment::name, s -> s);
        after.forEach((name, s) -> {
            Segment was = before.get(name);
            text(changes, "diff.commentary", name, was == null ? null : was.commentary(), s.commentary());
            text(changes, "diff.summary", name, was == null ? null : was.summary(), s.summary());
        });
        before.forEach((name, s) -> {
            if (!after.containsKey(name)) {
                text(changes, "diff.commentary", name, s.commentary(), null);
            }
        });
        return changes;
    }

    /** A text's change, where it changed: added or dropped whole, or word by word. */
    private static void text(List<WeekChanges.TextChange> changes, String label, String of, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<WeekChanges.Piece> pieces = before == null ? List.of(new WeekChanges.Piece(WeekChanges.Piece.Kind.ADDED, after))
                : after == null ? List.of(new WeekChanges.Piece(WeekChanges.Piece.Kind.REMOVED, before))
                : TextDiff.of(before, after);
        changes.add(new WeekChanges.TextChange(label, of, pieces));
    }

    private static List<WeekChanges.LevelChange> sentiment(SentimentTable a, SentimentTable b, Desk desk) {
        List<String> scale = desk.sentimentScale().stream().map(Desk.SentimentLevel::name).toList();
        Map<String, String> before = byKey(a.rows(), SentimentTable.Row::board, SentimentTable.Row::level);
        Map<String, String> after = byKey(b.rows(), SentimentTable.Row::board, SentimentTable.Row::level);
        List<WeekChanges.LevelChange> changes = new ArrayList<>();
        after.forEach((board, level) -> {
            String was = before.get(board);
            if (was == null) {
                changes.add(new WeekChanges.LevelChange(board, null, level, Direction.ADDED));
            } else if (!was.equals(level)) {
                // The desk's scale runs from the best level down: a smaller index is higher.
                Direction direction = scale.indexOf(level) < scale.indexOf(was) ? Direction.UP : Direction.DOWN;
                changes.add(new WeekChanges.LevelChange(board, was, level, direction));
            }
        });
        before.forEach((board, level) -> {
            if (!after.containsKey(board)) {
                changes.add(new WeekChanges.LevelChange(board, level, null, Direction.DROPPED));
            }
        });
        return changes;
    }

    /** The moves of the segments that have an index and moves, matched by index code. */
    private static List<WeekChanges.IndexChange> indices(List<Segment> a, List<Segment> b) {
        Map<String, Segment> before = byKey(a.stream().filter(Segment::hasMoves).toList(), s -> s.index().code(), s -> s);
        Map<String, Segment> after = byKey(b.stream().filter(Segment::hasMoves).toList(), s -> s.index().code(), s -> s);
        List<WeekChanges.IndexChange> changes = new ArrayList<>();
        after.forEach((code, s) -> {
            Segment was = before.get(code);
            changes.add(new WeekChanges.IndexChange(s.name(), code,
                    new Figure(was == null ? null : was.weekChange(), s.weekChange()),
                    new Figure(was == null ? null : was.monthToDateChange(), s.monthToDateChange()),
                    was == null ? Direction.ADDED : Direction.CHANGED));
        });
        before.forEach((code, s) -> {
            if (!after.containsKey(code)) {
                changes.add(new WeekChanges.IndexChange(s.name(), code, new Figure(s.weekChange(), null),
                        new Figure(s.monthToDateChange(), null), Direction.DROPPED));
            }
        });
        return changes;
    }

    private static List<WeekChanges.KpiChange> kpis(CoreData a, CoreData b) {
        Map<String, CoreData.Kpi> before = a.kpisById();
        Map<String, CoreData.Kpi> after = b.kpisById();
        List<WeekChanges.KpiChange> changes = new ArrayList<>();
        after.forEach((id, kpi) -> {
            CoreData.Kpi was = before.get(id);
            if (was == null) {
                changes.add(new WeekChanges.KpiChange(id, kpi.name(), null, shown(kpi), Direction.ADDED));
            } else if (!shown(was).equals(shown(kpi))) {
                changes.add(new WeekChanges.KpiChange(id, kpi.name(), shown(was), shown(kpi), Direction.CHANGED));
            }
        });
        before.forEach((id, kpi) -> {
            if (!after.containsKey(id)) {
                changes.add(new WeekChanges.KpiChange(id, kpi.name(), shown(kpi), null, Direction.DROPPED));
            }
        });
        return changes;
    }

    /** A KPI as the report prints it: value, change against its basis, and period. */
    private static String shown(CoreData.Kpi kpi) {
        String change = kpi.change() == null ? ""
                : "，" + Objects.requireNonNullElse(kpi.changeBasis(), "") + Numbers.change(kpi.change(), kpi.changeUnitOrPercent());
        return Numbers.value(kpi.value(), kpi.unit()) + change + "（" + kpi.period() + "）";
    }

    private static List<WeekChanges.NewsChange> news(News a, News b) {
        List<WeekChanges.NewsChange> changes = new ArrayList<>();
        Map<String, List<News.Item>> before = a.lists();
        Map<String, List<News.Item>> after = b.lists();
        onlyIn(after, before, Direction.ADDED, changes);
        onlyIn(before, after, Direction.DROPPED, changes);
        return changes;
    }

    /** The items of {@code these} sections whose text the same section of {@code others} lacks. */
    private static void onlyIn(Map<String, List<News.Item>> these, Map<String, List<News.Item>> others,
                               Direction direction, List<WeekChanges.NewsChange> changes) {
        these.forEach((section, items) -> {
            Set<String> there = others.get(section).stream().map(News.Item::text).collect(Collectors.toSet());
            items.stream().filter(i -> !there.contains(i.text()))
                    .forEach(i -> changes.add(news(section, i, direction)));
        });
    }

    private static WeekChanges.NewsChange news(String section, News.Item item, Direction direction) {
        return new WeekChanges.NewsChange(section, item.company(), item.date() == null ? "" : item.date().toString(),
                item.source() == null ? "" : item.source(), item.text(), direction);
    }

    private static <T, V> Map<String, V> byKey(List<T> rows, Function<T, String> key, Function<T, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        rows.forEach(r -> map.putIfAbsent(key.apply(r), value.apply(r)));
        return map;
    }

    private static <T> int common(List<T> a, List<T> b, Function<T, String> key) {
        Set<String> keys = a.stream().map(key).collect(Collectors.toSet());
        return (int) b.stream().map(key).distinct().filter(keys::contains).count();
    }
}
