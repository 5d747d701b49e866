package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Direction;
import com.sectorweekly.format.Labels;

import java.io.PrintWriter;

import static com.sectorweekly.compare.ChangesText.move;
import static com.sectorweekly.compare.ChangesText.orDash;
import static com.sectorweekly.compare.ChangesText.points;
import static com.sectorweekly.compare.ChangesText.section;

/**
 * The changes between two weeks as a Markdown page in the desk's language, for review notes or the
 * desk's wiki; changed text word by word, in {@code <del>} and {@code <ins>}, which hold across
 * Chinese punctuation where emphasis marks would not (CommonMark's flanking rules).
 */
public final class ChangesMarkdown {

    private ChangesMarkdown() {
    }

    public static void write(WeekChanges c, Labels labels, PrintWriter out) {
        out.printf("# %s%n%n", labels.format("diff.headingMarkdown", c.from(), c.to()));
        out.printf("## %s%n%n%s%n%n", labels.get("diff.rating"), c.ratingChanged()
                ? c.ratingBefore() + " → **" + c.ratingAfter() + "**"
                : labels.format("diff.unchanged", c.ratingAfter()));
        out.printf("## %s%n%n%s%n%n", labels.get("diff.texts"), labels.format("diff.textCount", c.texts().size()));
        for (WeekChanges.TextChange t : c.texts()) {
            StringBuilder text = new StringBuilder();
            for (WeekChanges.Piece piece : t.pieces()) {
                String words = escape(piece.text());
                text.append(switch (piece.kind()) {
                    case SAME -> words;
                    case REMOVED -> "<del>" + words + "</del>";
                    case ADDED -> "<ins>" + words + "</ins>";
                });
            }
            out.printf("- *%s*%s%s%n", escape(labels.format(t.label(), t.of())), ChangesText.colon(labels),
                    text.toString().replace("\n", " "));
        }
        if (!c.texts().isEmpty()) {
            out.println();
        }
        out.printf("## %s%n%n%s%n%n", labels.get("diff.sentiment"),
                labels.format("diff.sentimentCount", c.sentiment().size(), c.sentimentUnchanged()));
        if (!c.sentiment().isEmpty()) {
            row(out, "", labels.get("diff.board"), labels.get("diff.before"), labels.get("diff.after"));
            out.println("|---|---|---|---|");
            c.sentiment().forEach(l -> row(out, l.direction().mark(), l.board(), orDash(l.before()), orDash(l.after())));
            out.println();
        }
        out.printf("## %s%n%n", labels.get("diff.indices"));
        row(out, "", labels.get("diff.segment"), labels.get("diff.index"), labels.get("diff.weekBefore"), labels.get("diff.weekAfter"),
                labels.get("diff.change"), labels.get("diff.monthBefore"), labels.get("diff.monthAfter"));
        out.println("|---|---|---|--:|--:|--:|--:|--:|");
        c.indices().forEach(i -> row(out, i.direction().mark(), i.segment(), i.code(), move(i.week().before()),
                move(i.week().after()), points(i.week(), labels).replaceAll("^ \\(|\\)$", ""),
                move(i.monthToDate().before()), move(i.monthToDate().after())));
        out.printf("%n## %s%n%n%s%n%n", labels.get("diff.market"), labels.format("diff.marketLine", move(c.sectorChange().before()),
                move(c.sectorChange().after()), points(c.sectorChange(), labels),
                c.rank().before().toPlainString(), c.rank().after().toPlainString()));
        out.printf("## %s%n%n%s%n%n", labels.get("diff.kpis"), labels.format("diff.kpiCount", c.kpis(Direction.CHANGED),
                c.kpis(Direction.ADDED), c.kpis(Direction.DROPPED), c.kpisUnchanged()));
        if (!c.kpis().isEmpty()) {
            row(out, "", labels.get("diff.kpi"), labels.get("diff.name"), labels.get("diff.before"), labels.get("diff.after"));
            out.println("|---|---|---|---|---|");
            c.kpis().forEach(k -> row(out, k.direction().mark(), k.id(), k.name(), orDash(k.before()), orDash(k.after())));
            out.println();
        }
        out.printf("## %s%n%n%s%n", labels.get("diff.news"),
                labels.format("diff.newsCount", c.news(Direction.ADDED), c.news(Direction.DROPPED)));
        for (Direction direction : new Direction[]{Direction.ADDED, Direction.DROPPED}) {
            boolean first = true;
            for (WeekChanges.NewsChange n : c.news()) {
                if (n.direction() == direction) {
                    if (first) {
                        out.printf("%n### %s%n%n", labels.get(direction == Direction.ADDED ? "diff.newsAdded" : "diff.newsDropped"));
                        first = false;
                    }
                    String details = String.join(", ", n.details().stream().map(ChangesMarkdown::escape).toList());
                    out.printf("- *%s*%s%s%s%n", section(n.section(), labels), details.isEmpty() ? "" : " " + details,
                            ChangesText.colon(labels), escape(n.text()));
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

    /** Text as Markdown reads it literally: the analyst's words may hold *, _, ~ or [ ]. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\*_~\\[\\]<>])", "\\\\$1");
    }
}
