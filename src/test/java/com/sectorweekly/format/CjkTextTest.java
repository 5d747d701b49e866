package com.sectorweekly.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkTextTest {

    @Test
    void joinsChineseLinesWithoutSpaces() {
        assertEquals("用户达6.94亿户，比上年末增加", CjkText.tidy("用户达6.94亿户，\n  比上年末增加"));
        assertEquals("光模块出口延续高增", CjkText.tidy("光模块出口 延续高增"));
        assertEquals("同比增长26.57%，1-2月", CjkText.tidy("同比增长26.57%， 1-2月"));
    }

    @Test
    void keepsSpacesAroundLatinWords() {
        assertEquals("4Q25 微软、Meta 等", CjkText.tidy("4Q25 微软、Meta 等"));
        assertEquals("OCS and CPO", CjkText.tidy("  OCS   and\nCPO "));
    }
}
