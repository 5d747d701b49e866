package com.sectorweekly.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void movesAlwaysCarryASignAndTwoDecimals() {
        assertEquals("+2.43%", Numbers.move(new BigDecimal("2.43")));
        assertEquals("-3.25%", Numbers.move(new BigDecimal("-3.25")));
        assertEquals("-2.90%", Numbers.move(new BigDecimal("-2.9")));
        assertEquals("+13.80%", Numbers.move(new BigDecimal("13.8")));
        assertEquals("0.00%", Numbers.move(BigDecimal.ZERO));
        assertEquals("+1.24%", Numbers.move(new BigDecimal("1.235")));
    }

    @Test
    void valuesAndChangesKeepTheirWrittenPrecision() {
        assertEquals("6.94亿户", Numbers.value(new BigDecimal("6.94"), "亿户"));
        assertEquals("3200万个", Numbers.value(new BigDecimal("3200"), "万个"));
        assertEquals("+316.7万户", Numbers.change(new BigDecimal("316.7"), "万户"));
        assertEquals("-1.7%", Numbers.change(new BigDecimal("-1.7"), "%"));
        assertEquals("678.6万户", Numbers.magnitude(new BigDecimal("-678.6"), "万户"));
    }
}
