package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Several indices' closes side by side, from one CSV file (a date, then a column per index): the
 * sector's index first, then its benchmarks, such as 沪深300, for page 1's chart of how the sector
 * fared. Each index keeps only the dates it has a close for.
 */
public record IndexCloses(String file, List<String> names, List<PriceSeries> indices) {

    public IndexCloses {
        names = List.copyOf(names);
        indices = List.copyOf(indices);
    }

    /** The sector's own index: the first column. */
    public PriceSeries sector() {
        return indices.get(0);
    }


    /**
     * Each index's cumulative return, in percent, from its last close on or before {@code from}
     * (or its first close after, where it has none before) to each close after that.
     */
    public List<List<Return>> returnsSince(LocalDate from) {
        List<List<Return>> all = new ArrayList<>();
        for (PriceSeries index : indices) {
            PriceSeries.Close base = index.onOrBefore(from).orElse(index.closes().get(0));
            List<Return> returns = new ArrayList<>();
            for (PriceSeries.Close close : index.closes()) {
                if (!close.date().isBefore(base.date())) {
                    returns.add(new Return(close.date(), PriceSeries.move(base, close)));
                }
            }
            all.add(returns);
        }
        return all;
    }

    public record Return(LocalDate date, BigDecimal percent) {
    }
}
