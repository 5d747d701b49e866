package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Direction;

import java.io.PrintWriter;

import static com.sectorweekly.compare.ChangesText.move;
import static com.sectorweekly.compare.ChangesText.orDash;
import static com.sectorweekly.compare.ChangesText.points;

/** The changes between two weeks as a Markdown page, for review notes or the desk's wiki. */
public final class ChangesMarkdown {

    private ChangesMarkdown() {
    }

    public static void write(WeekChanges c, PrintWriter out) {
        out.printf("# Changes from %s to %s%n%n", c.from(), c.to());
        out.printf("## Rating%n%n%s%n%n", c.ratingChanged()
                ? c.ratingBefore() + " → **" + c.ratingAfter() + "**"
                : c.ratingAfter() + ", unchanged");
        out.printf("## 景气度%n%n%d moved, %d unchanged.%n%n", c.sentiment().size(), c.sentimentUnchanged());
        if (!c.sentiment().isEmpty()) {
            out.println("| | Board | Before | After |");
            out.println("|---|---|---|---|");
            c.sentiment().forEach(l -> row(out, l.direction().mark(), l.board(), orDash(l.before()), orDash(l.after())));
            out.println();
        }
        out.printf("## Index moves%n%n");
        out.println("| | Segment | Index | Week before | Week after | Change | Month to date before | Month to date after |");
        out.println("|---|---|---|--:|--:|--:|--:|--:|");
        c.indices().forEach(i -> row(out, i.direction().mark(), i.segment(), i.code(), move(i.week().before()),
                move(i.week().after()), points(i.week()).replaceAll("^ \\(|\\)$", ""),
                move(i.monthToDate().before()), move(i.monthToDate().after())));
        out.printf("%n## Market%n%nSector %s → %s%s; rank %s → %s.%n%n", move(c.sectorChange().before()),
                move(c.sectorChange().after()), points(c.sectorChange()),
                c.rank().before().toPlainString(), c.rank().after().toPlainString());
        out.printf("## KPIs%n%n%d changed, %d new, %d dropped, %d unchanged.%n%n", c.kpis(Direction.CHANGED),
                c.kpis(Direction.ADDED), c.kpis(Direction.DROPPED), c.kpisUnchanged());
        if (!c.kpis().isEmpty()) {
            out.println("| | KPI | Name | Before | After |");
            out.println("|---|---|---|---|---|");
            c.kpis().forEach(k -> row(out, k.direction().mark(), k.id(), k.name(), orDash(k.before()), orDash(k.after())));
            out.println();
        }
        out.printf("## News%n%n%d new, %d dropped.%n", c.news(Direction.ADDED), c.news(Direction.DROPPED));
        for (Direction direction : new Direction[]{Direction.ADDED, Direction.DROPPED}) {
            boolean first = true;
            for (WeekChanges.NewsChange n : c.news()) {
                if (n.direction() == direction) {
                    if (first) {
                        out.printf("%n### %s%n%n", direction == Direction.ADDED ? "New" : "Dropped");
                        first = false;
                    }
                    String details = String.join(", ", n.details().stream().map(ChangesMarkdown::escape).toList());
                    out.printf("- *%s*%s: %s%n", n.section(), details.isEmpty() ? "" : " " + details, escape(n.text()));
                }
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(escape(cell).replace("|", "\\|")).append(" |");
        }
        out.println(line);
    }

    /** Text as Markdown reads it literally: the analyst's words may hold *, _ or [ ]. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\*_\\[\\]<>])", "\\\\$1");
    }
}
