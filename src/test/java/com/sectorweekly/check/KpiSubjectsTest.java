package com.sectorweekly.check;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Registry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** KPIs found in prose by what they are about, and not where a clause is about something near. */
class KpiSubjectsTest {

    private static final KpiSubjects SUBJECTS = new KpiSubjects(List.of(
            kpi("cloud_growth", "云服务收入同比增速", "39", "%"),
            kpi("internet_users", "移动互联网用户", "16.03", "亿户"),
            kpi("users_5g", "5G 移动电话用户", "12.35", "亿户"),
            kpi("capex_google", "谷歌资本开支", "279", "亿美元"),
            kpi("telecom_revenue", "电信业务收入（累计）", "2904", "亿元"),
            kpi("any_revenue", "收入同比增速", "12", "%")),
            Optional.of(new Registry(List.of(new Registry.Company("Google", List.of("谷歌", "Alphabet"), "GOOGL.US")), List.of())));

    @Test
    void aClauseNamingTheSubjectInOtherWordsStatesTheKpi() {
        assertEquals(List.of("cloud_growth 41"), stated("海外云厂商中，云业务收入增长 41%，好于预期。"));
        assertEquals(List.of("capex_google 280"), stated("Alphabet 资本支出 280 亿美元"));
        assertEquals(List.of("telecom_revenue 2904"), stated("电信业务收入累计 2,904 亿元，同比下降"), "a thousands comma is no clause's end");
    }

    @Test
    void aNumberIsTheKpiWhoseValueItIsOrWhoseNameTheClauseSharesMost() {
        assertEquals(List.of("users_5g 12.35"), stated("5G 移动电话用户达 12.35 亿户"), "not the internet users: their subject is near");
        assertEquals(List.of("internet_users 16.5"), stated("移动互联网用户 16.5 亿户"));
    }

    @Test
    void otherUnitsOtherCompaniesAndQuotedClausesAreLeftAlone() {
        assertEquals(List.of(), stated("云业务收入 120 亿元"), "another unit: not the growth");
        assertEquals(List.of(), stated("微软资本开支 299 亿美元"), "another company");
        assertEquals(List.of(), stated("云业务收入同比增长{cloud_growth}，较上季度 41% 有所回落"));
        assertEquals(List.of(), stated("公司收入增长 15%"), "a KPI named by its measure alone is anyone's revenue");
    }

    private static List<String> stated(String text) {
        return SUBJECTS.statedIn(text).stream().map(s -> s.kpi().id() + " " + s.value().toPlainString()).toList();
    }

    private static CoreData.Kpi kpi(String id, String name, String value, String unit) {
        return new CoreData.Kpi(id, name, null, new BigDecimal(value), unit, null, null, null, "4Q25",
                LocalDate.of(2025, 12, 31), "公司公告", null);
    }
}
