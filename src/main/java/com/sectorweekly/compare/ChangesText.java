package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Direction;
import com.sectorweekly.compare.WeekChanges.Figure;
import com.sectorweekly.format.Numbers;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.stream.Stream;

/** The changes between two weeks for the terminal: one line a row, marked ↑ ↓ ~ + -. */
public final class ChangesText {

    private static final int NEWS_WIDTH = 60;

    private ChangesText() {
    }

    public static void write(WeekChanges c, PrintWriter out) {
        out.println(c.from() + " → " + c.to());
        out.println(c.ratingChanged()
                ? "Rating: " + c.ratingBefore() + " → " + c.ratingAfter()
                : "Rating: " + c.ratingAfter() + ", unchanged");
        out.printf("景气度: %d moved, %d unchanged%n", c.sentiment().size(), c.sentimentUnchanged());
        for (WeekChanges.LevelChange l : c.sentiment()) {
            out.printf("  %s %s  %s → %s%n", l.direction().mark(), l.board(), orDash(l.before()), orDash(l.after()));
        }
        out.println("Index moves, week (month to date):");
        for (WeekChanges.IndexChange i : c.indices()) {
            out.printf("  %s %s %s  %s → %s%s  (%s → %s)%n", i.direction().mark(), i.segment(), i.code(),
                    move(i.week().before()), move(i.week().after()), points(i.week()),
                    move(i.monthToDate().before()), move(i.monthToDate().after()));
        }
        out.printf("Market: sector %s → %s%s; rank %s → %s%n", move(c.sectorChange().before()),
                move(c.sectorChange().after()), points(c.sectorChange()),
                c.rank().before().toPlainString(), c.rank().after().toPlainString());
        out.printf("KPIs: %d changed, %d new, %d dropped, %d unchanged%n", c.kpis(Direction.CHANGED),
                c.kpis(Direction.ADDED), c.kpis(Direction.DROPPED), c.kpisUnchanged());
        for (WeekChanges.KpiChange k : c.kpis()) {
            out.printf("  %s %s %s: %s → %s%n", k.direction().mark(), k.id(), k.name(), orDash(k.before()), orDash(k.after()));
        }
        out.printf("News: %d new, %d dropped%n", c.news(Direction.ADDED), c.news(Direction.DROPPED));
        for (WeekChanges.NewsChange n : c.news()) {
            String details = String.join(" ", Stream.of(n.date(), n.source()).filter(d -> d != null && !d.isBlank()).toList());
            out.printf("  %s %s%s: %s%n", n.direction().mark(), n.section(), details.isEmpty() ? "" : " " + details,
                    shorten(n.text()));
        }
        out.flush();
    }

    static String move(BigDecimal percent) {
        return percent == null ? "—" : Numbers.move(percent);
    }

    /** The change of a move in percentage points, or nothing where one side is missing. */
    static String points(Figure figure) {
        BigDecimal delta = figure.delta();
        return delta == null ? "" : " (" + Numbers.change(delta, " pp") + ")";
    }

    static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= NEWS_WIDTH ? text
                : text.substring(0, text.offsetByCodePoints(0, NEWS_WIDTH)) + "…";
    }
}
