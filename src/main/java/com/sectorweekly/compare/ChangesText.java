package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Direction;
import com.sectorweekly.compare.WeekChanges.Figure;
import com.sectorweekly.format.Labels;
import com.sectorweekly.format.Numbers;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * The changes between two weeks for the terminal, in the desk's language: one line a row, marked
 * ↑ ↓ ~ + -; changed text word by word, removed as [-…-] and added as {+…+}, as git's word diff does.
 */
public final class ChangesText {

    private static final int NEWS_WIDTH = 60;

    private ChangesText() {
    }

    public static void write(WeekChanges c, Labels labels, PrintWriter out) {
        out.println(labels.format("diff.heading", c.from(), c.to()));
        out.println(labels.get("diff.rating") + colon(labels) + (c.ratingChanged()
                ? c.ratingBefore() + " → " + c.ratingAfter() : labels.format("diff.unchanged", c.ratingAfter())));
        out.println(labels.get("diff.texts") + colon(labels) + labels.format("diff.textCount", c.texts().size()));
        for (WeekChanges.TextChange t : c.texts()) {
            out.println("  ~ " + labels.format(t.label(), t.of()) + colon(labels) + pieces(t.pieces(), "[-", "-]", "{+", "+}"));
        }
        out.println(labels.get("diff.sentiment") + colon(labels)
                + labels.format("diff.sentimentCount", c.sentiment().size(), c.sentimentUnchanged()));
        for (WeekChanges.LevelChange l : c.sentiment()) {
            out.printf("  %s %s  %s → %s%n", l.direction().mark(), l.board(), orDash(l.before()), orDash(l.after()));
        }
        out.println(labels.get("diff.indicesLine"));
        for (WeekChanges.IndexChange i : c.indices()) {
            out.printf("  %s %s %s  %s → %s%s  (%s → %s)%n", i.direction().mark(), i.segment(), i.code(),
                    move(i.week().before()), move(i.week().after()), points(i.week(), labels),
                    move(i.monthToDate().before()), move(i.monthToDate().after()));
        }
        out.println(labels.get("diff.market") + colon(labels) + labels.format("diff.marketLine", move(c.sectorChange().before()),
                move(c.sectorChange().after()), points(c.sectorChange(), labels),
                c.rank().before().toPlainString(), c.rank().after().toPlainString()));
        out.println(labels.get("diff.kpis") + colon(labels) + labels.format("diff.kpiCount", c.kpis(Direction.CHANGED),
                c.kpis(Direction.ADDED), c.kpis(Direction.DROPPED), c.kpisUnchanged()));
        for (WeekChanges.KpiChange k : c.kpis()) {
            out.printf("  %s %s %s%s%s → %s%n", k.direction().mark(), k.id(), k.name(), colon(labels), orDash(k.before()),
                    orDash(k.after()));
        }
        out.println(labels.get("diff.news") + colon(labels)
                + labels.format("diff.newsCount", c.news(Direction.ADDED), c.news(Direction.DROPPED)));
        for (WeekChanges.NewsChange n : c.news()) {
            List<String> details = n.details();
            out.printf("  %s %s%s%s%s%n", n.direction().mark(), section(n.section(), labels),
                    details.isEmpty() ? "" : " " + String.join(" ", details), colon(labels), shorten(n.text()));
        }
        out.flush();
    }

    /** The pieces of a changed text, removed and added runs between the marks given. */
    static String pieces(List<WeekChanges.Piece> pieces, String removedFrom, String removedTo, String addedFrom, String addedTo) {
        StringBuilder text = new StringBuilder();
        for (WeekChanges.Piece piece : pieces) {
            switch (piece.kind()) {
                case SAME -> text.append(piece.text());
                case REMOVED -> text.append(removedFrom).append(piece.text()).append(removedTo);
                case ADDED -> text.append(addedFrom).append(piece.text()).append(addedTo);
            }
        }
        return text.toString();
    }

    /** A news list by its heading in the report: industry → 行业新闻. */
    static String section(String key, Labels labels) {
        StringBuilder camel = new StringBuilder();
        for (String word : key.split("_")) {
            camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String label = "section.news" + camel;
        return labels.has(label) ? labels.get(label) : key;
    }

    /** The desk's colon after a label: ：in Chinese, ": " in English. */
    static String colon(Labels labels) {
        return labels.locale().getLanguage().equals("zh") ? "：" : ": ";
    }

    static String move(BigDecimal percent) {
        return percent == null ? "—" : Numbers.move(percent);
    }

    /** The change of a move in percentage points, or nothing where one side is missing. */
    static String points(Figure figure, Labels labels) {
        BigDecimal delta = figure.delta();
        return delta == null ? "" : " (" + Numbers.change(delta, labels.get("diff.points")) + ")";
    }

    static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= NEWS_WIDTH ? text
                : text.substring(0, text.offsetByCodePoints(0, NEWS_WIDTH)) + "…";
    }
}
