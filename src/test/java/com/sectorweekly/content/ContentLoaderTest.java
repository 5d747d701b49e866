package com.sectorweekly.content;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Week;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled example week loads with the reference weekly's facts and figures. */
class ContentLoaderTest {

    private final LoadedWeek loaded = load();

    private static LoadedWeek load() {
        try {
            return new ContentLoader(Path.of("")).load(ExampleWeek.CONTENT.resolve(ExampleWeek.WEEK));
        } catch (ContentException e) {
            throw new AssertionError("the example week must load:\n" + e.getMessage(), e);
        }
    }

    @Test
    void weekIdentityAndRating() {
        Week week = loaded.week();
        assertEquals(new IsoWeek(2026, 13), week.meta().week());
        assertEquals(LocalDate.of(2026, 3, 27), week.meta().reportDate());
        assertEquals("买入", week.meta().rating());
        assertEquals("维持", week.meta().ratingAction());
        assertEquals(8, week.meta().views().size());
    }

    @Test
    void segmentIndicesCarryTheReferenceMoves() {
        Segment server = loaded.week().segments().get(0);
        assertEquals("8841058.WI", server.index().code());
        assertEquals(new BigDecimal("-3.25"), server.weekChange());
        assertEquals(new BigDecimal("-8.49"), server.monthToDateChange());
        Segment optical = loaded.week().segments().get(1);
        assertEquals("8841258.WI", optical.index().code());
        assertEquals(new BigDecimal("2.43"), optical.weekChange());
        assertEquals(new BigDecimal("10.65"), optical.monthToDateChange());
        Segment idc = loaded.week().segments().get(2);
        assertEquals("866052.WI", idc.index().code());
        assertEquals(new BigDecimal("-2.90"), idc.weekChange());
        assertEquals(new BigDecimal("-6.55"), idc.monthToDateChange());
    }

    @Test
    void sentimentTableHasTheEightBoards() {
        var rows = loaded.week().sentiment().rows();
        assertEquals(8, rows.size());
        assertEquals("运营商", rows.get(0).board());
        assertEquals("加速向上", rows.get(5).level());
        assertEquals("液冷", rows.get(7).board());
        assertEquals("高景气维持", rows.get(7).level());
    }

    @Test
    void kpisAndMarketReview() {
        var kpis = loaded.week().coreData().kpisById();
        CoreData.Kpi revenue = kpis.get("telecom_revenue");
        assertEquals(new BigDecimal("2904"), revenue.value());
        assertEquals("亿元", revenue.unit());
        assertEquals(new BigDecimal("-1.7"), revenue.change());
        assertEquals(new BigDecimal("490.9"), kpis.get("base_stations_5g").value());
        assertEquals(new BigDecimal("19.31"), kpis.get("dou").value());

        var market = loaded.week().market();
        assertEquals(new BigDecimal("-1.42"), market.sectorChange());
        assertEquals(22, market.rank());
        assertEquals(31, market.industryCount());
        assertEquals("光库科技", market.gainers().get(0).name());
        assertEquals(new BigDecimal("18.72"), market.gainers().get(0).change());
        assertEquals(new BigDecimal("-18.96"), market.losers().get(4).change());
    }

    @Test
    void newsAndDesk() {
        assertEquals(2, loaded.week().news().industry().size());
        assertEquals("Lumentum", loaded.week().news().company().get(4).company());
        assertEquals(5, loaded.week().news().bigTech().size());
        assertEquals(4, loaded.desk().ratingScale().ratings().size());
        assertEquals("S0990524070001", loaded.desk().analyst("lin-zhiyuan").orElseThrow().licence());
    }
}
