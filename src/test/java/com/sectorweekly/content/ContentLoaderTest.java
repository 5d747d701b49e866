package com.sectorweekly.content;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Week;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void movesLeftOutWhereTheClosesAreGivenAreComputedFromThem(@TempDir Path temp) throws Exception {
        ExampleWeek week = ExampleWeek.copyInto(temp)
                .replace("segments.yaml", "    week_change: -3.25\n    month_to_date_change: -8.49\n", "")
                .replace("segments.yaml", "    month_to_date_change: 10.65\n", "");
        Week computed = new ContentLoader(Path.of("")).load(week.weekDir()).week();
        Segment server = computed.segments().get(0);
        assertEquals(new BigDecimal("-3.25"), server.weekChange(), "4869.61 on 03-27 against 5021.03 on 03-20");
        assertEquals(new BigDecimal("-8.49"), server.monthToDateChange());
        assertEquals(new BigDecimal("2.43"), computed.segments().get(1).weekChange(), "a move written stays as written");
        assertEquals(new BigDecimal("10.65"), computed.segments().get(1).monthToDateChange());
        assertEquals(List.of(), week.findings(), "a week whose moves come from its closes checks clean");

        Path closes = week.weekDir().resolve("server-index.csv");
        Files.writeString(closes, Files.readString(closes).replaceAll("(?m)^2026-03-2[3-7],.*\n", ""));
        assertEquals(List.of("error 2026-W13/segments.yaml:" + week.lineOf("segments.yaml", "series: server-index.csv") + ":13 "
                        + "2026-W13/server-index.csv ends on 2026-03-20, before this week began (2026-03-23); add this week's closes, "
                        + "or write week_change and month_to_date_change"), week.findings());
    }

    @Test
    void aStrayKeyRidesAlongForTheChecksButIsRefusedByAPlainLoad(@TempDir Path temp) throws Exception {
        ExampleWeek week = ExampleWeek.copyInto(temp).replace("news.yaml", "    source: 科创板日报", "    sorce: 科创板日报");
        ContentLoader loader = new ContentLoader(temp);
        List<String> stray = loader.loadForChecks(week.weekDir()).loadProblems().stream().map(Problem::message).toList();
        assertEquals(List.of("unknown key 'sorce'; did you mean 'source'? expected one of: company, date, source, text"), stray);
        ContentException refused = assertThrows(ContentException.class, () -> loader.load(week.weekDir()));
        assertEquals(stray, refused.problems().stream().map(Problem::message).toList());
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
