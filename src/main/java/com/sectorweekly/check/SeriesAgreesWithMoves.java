package com.sectorweekly.check;

import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.PriceSeries;
import com.sectorweekly.model.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A segment's moves agree with its price series: the week's move is the last close of the week
 * against the last close before it, the month-to-date move against the last close of last month.
 */
final class SeriesAgreesWithMoves implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.week().week().series().isEmpty()) {
            return List.of();
        }
        LocalDate reportDate = input.week().week().meta().reportDate();
        LocalDate monday = input.week().week().period().start();
        List<Finding> findings = new ArrayList<>();
        for (Placed<Segment> placed : input.week().places().find(ContentLoader.SEGMENTS_FILE, Segment.class)) {
            Segment segment = placed.value();
            Optional<PriceSeries> series = input.week().week().seriesOf(segment);
            if (series.isEmpty() || !segment.hasMoves()) {
                continue;
            }
            PriceSeries.Moves moves;
            try {
                moves = series.get().moves(reportDate, monday);
            } catch (PriceSeries.MissingCloses e) {
                findings.add(Finding.error(input.week().places().at(ContentLoader.SEGMENTS_FILE, placed.at("series")), e.getMessage()));
                continue;
            }
            compare(input, placed.at("week_change"), segment.weekChange(), moves.week(), "this week", moves.weekBase(),
                    moves.last(), series.get(), findings);
            compare(input, placed.at("month_to_date_change"), segment.monthToDateChange(), moves.monthToDate(),
                    "month to date", moves.monthBase(), moves.last(), series.get(), findings);
        }
        return findings;
    }

    private static void compare(CheckInput input, String pointer, BigDecimal written, BigDecimal computed, String period,
                                PriceSeries.Close from, PriceSeries.Close to, PriceSeries series, List<Finding> findings) {
        if (written.compareTo(computed) != 0) {
            findings.add(Finding.error(input.week().places().at(ContentLoader.SEGMENTS_FILE, pointer),
                    disagreement(written, series.file() + " gives", computed, period, from, to)));
        }
    }

    /**
     * A move written against the one the closes give: "written as -1.42%, but {@code source} -0.56%
     * this week (2026-03-27 3458.6 against 2026-03-20 3478.1)", {@code source} saying whose closes.
     */
    static String disagreement(BigDecimal written, String source, BigDecimal computed, String period,
                               PriceSeries.Close from, PriceSeries.Close to) {
        return "written as " + Numbers.move(written) + ", but " + source + " " + Numbers.move(computed) + " " + period
                + " (" + to.date() + " " + to.close().toPlainString() + " against " + from.date() + " "
                + from.close().toPlainString() + ")";
    }
}
