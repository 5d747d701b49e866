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
            Optional<PriceSeries.Close> last = series.get().onOrBefore(reportDate);
            Optional<PriceSeries.Close> weekBase = series.get().onOrBefore(monday.minusDays(1));
            Optional<PriceSeries.Close> monthBase = series.get().onOrBefore(reportDate.withDayOfMonth(1).minusDays(1));
            if (last.isEmpty() || weekBase.isEmpty() || monthBase.isEmpty()) {
                findings.add(Finding.error(input.week().places().at(ContentLoader.SEGMENTS_FILE, placed.at("series")),
                        series.get().file() + " needs closes from before " + reportDate.withDayOfMonth(1)
                                + " to the report date to give this week's and this month's moves"));
                continue;
            }
            if (last.get().date().isBefore(monday)) {
                findings.add(Finding.error(input.week().places().at(ContentLoader.SEGMENTS_FILE, placed.at("series")),
                        series.get().file() + " ends on " + last.get().date() + ", before this week began (" + monday
                                + "); add this week's closes"));
                continue;
            }
            compare(input, placed.at("week_change"), segment.weekChange(), PriceSeries.move(weekBase.get(), last.get()),
                    "this week", weekBase.get(), last.get(), series.get(), findings);
            compare(input, placed.at("month_to_date_change"), segment.monthToDateChange(),
                    PriceSeries.move(monthBase.get(), last.get()), "month to date", monthBase.get(), last.get(),
                    series.get(), findings);
        }
        return findings;
    }

    private static void compare(CheckInput input, String pointer, BigDecimal written, BigDecimal computed, String period,
                                PriceSeries.Close from, PriceSeries.Close to, PriceSeries series, List<Finding> findings) {
        if (written.compareTo(computed) != 0) {
            findings.add(Finding.error(input.week().places().at(ContentLoader.SEGMENTS_FILE, pointer), "written as "
                    + Numbers.move(written) + ", but " + series.file() + " gives " + Numbers.move(computed) + " " + period
                    + " (" + to.date() + " " + to.close().toPlainString() + " against " + from.date() + " "
                    + from.close().toPlainString() + ")"));
        }
    }
}
