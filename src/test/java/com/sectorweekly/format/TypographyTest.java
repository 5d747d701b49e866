package com.sectorweekly.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographyTest {

    private static final Typography THIN = new Typography("thin", true);

    /** In the expected texts '_' stands for the thin space. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "本周IDC指数-2.90%                 | 本周_IDC_指数_-2.90%",
            "收入达2904亿元，同比下降1.7%        | 收入达_2904亿元，同比下降_1.7%",
            "资本开支 4 亿美元                   | 资本开支_4亿美元",
            "5G 用户占比67.6%的水平              | 5G_用户占比_67.6%_的水平",
            "截至2026年3月27日，第3名            | 截至_2026年3月27日，第3名",
            "本周（3月23日-3月27日）涨跌幅为-1.42%  | 本周（3月23日-3月27日）涨跌幅为_-1.42%",
            "发布时间：2026年3月27日07:30，20楼     | 发布时间：2026年3月27日_07:30，20楼",
            "2026年1-2月累计流量666.7亿GB        | 2026年1-2月累计流量_666.7亿GB",
            "调用量超过 100 万亿 Tokens，2026 年 3 月 | 调用量超过_100万亿_Tokens，2026年3月",
            "最高136核、功耗300瓦               | 最高_136核、功耗_300瓦",
            "0.8个百分点，300多家               | 0.8个百分点，300多家",
            "Q1业绩与H20芯片                    | Q1_业绩与_H20_芯片",
            "沪深300指数                        | 沪深_300_指数",
            "光模块(CPO)指数（8841258.WI）       | 光模块_(CPO)_指数_(8841258.WI)",
            "营业收入(含税)与（亿元）              | 营业收入（含税）与（亿元）",
            "4.1 行业概况与AI算力                 | 4.1 行业概况与_AI_算力",
            "Lumentum  公司                     | Lumentum_公司",
            "1) 不成对的括号                      | 1)_不成对的括号",
            "plain English words, 12 units      | plain English words, 12 units",
    })
    void oneRuleForChineseBesideLatin(String typed, String expected) {
        assertEquals(expected.replace('_', '\u2009'), THIN.set(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "space | 本周 IDC 指数 -2.90%，达 2904亿元",
            "none  | 本周IDC指数-2.90%，达2904亿元",
    })
    void theDeskChoosesTheSpace(String spacing, String expected) {
        assertEquals(expected, new Typography(spacing, true).set("本周IDC指数-2.90%，达 2904 亿元"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China Mobile (中国移动) rose 3% | China Mobile (中国移动) rose 3%",
    })
    void bracketsOfOtherLanguagesAreLeftAsTyped(String typed, String expected) {
        assertEquals(expected, new Typography("thin", false).set(typed));
    }
}
