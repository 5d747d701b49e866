package com.sectorweekly.check;

import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same figure given twice with two values: prose that restates an index move or a KPI by hand
 * ("本月以来光模块指数+8.02%") with a number other than the data's. A KPI is found by its name, its
 * aliases, or what it is about ({@link KpiSubjects}: "云业务收入增长 41%" of 云服务收入同比增速).
 * Quoting a KPI as {@code {id}} cannot go wrong this way; typing the number can.
 */
final class RestatedFigures implements Rule {

    private static final String NUMBER = "([+-]?\\d+(?:\\.\\d+)?)";

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        List<ProseFields.Field> fields = ProseFields.of(input.week());
        for (int i = 0; i < input.week().week().segments().size(); i++) {
            Segment segment = input.week().week().segments().get(i);
            if (!segment.hasMoves()) {
                continue;
            }
            for (String name : indexNames(segment)) {
                Pattern stated = Pattern.compile(Pattern.quote(name) + "\\s*" + NUMBER + "%");
                for (ProseFields.Field field : fields) {
                    Matcher m = stated.matcher(field.text());
                    while (m.find()) {
                        BigDecimal value = new BigDecimal(m.group(1));
                        String before = field.text().substring(Math.max(0, m.start() - 8), m.start());
                        boolean monthly = before.contains("本月");
                        boolean weekly = !monthly && before.contains("本周");
                        boolean agrees = monthly ? value.compareTo(segment.monthToDateChange()) == 0
                                : weekly ? value.compareTo(segment.weekChange()) == 0
                                : value.compareTo(segment.weekChange()) == 0 || value.compareTo(segment.monthToDateChange()) == 0;
                        if (!agrees) {
                            String data = monthly ? Numbers.move(segment.monthToDateChange()) + " month to date"
                                    : weekly ? Numbers.move(segment.weekChange()) + " this week"
                                    : Numbers.move(segment.weekChange()) + " this week and "
                                    + Numbers.move(segment.monthToDateChange()) + " month to date";
                            findings.add(Finding.error(places.at(field.file(), field.pointer()), "states " + name + " "
                                    + Numbers.move(value) + " but segments.yaml has " + data
                                    + "; the move is printed from the data, so the sentence can go"));
                        }
                    }
                }
            }
        }
        for (CoreData.Kpi kpi : input.week().week().coreData().kpisById().values()) {
            for (String name : kpiNames(kpi)) {
                Pattern stated = Pattern.compile(Pattern.quote(name) + "[^\\d{}。；，]{0,8}?" + NUMBER + "\\s*" + Pattern.quote(kpi.unit()));
                for (ProseFields.Field field : fields) {
                    Matcher m = stated.matcher(field.text());
                    while (m.find()) {
                        String typed = m.group(1) + kpi.unit();
                        if (new BigDecimal(m.group(1)).compareTo(kpi.value()) != 0) {
                            findings.add(Finding.error(places.at(field.file(), field.pointer(), m.group()), "states " + name + " "
                                    + typed + " but KPI '" + kpi.id() + "' is " + Numbers.value(kpi.value(), kpi.unit())
                                    + "; write {" + kpi.id() + "} to quote it"));
                        } else {
                            findings.add(Finding.warning(places.at(field.file(), field.pointer(), m.group()), name + " " + typed
                                    + " is KPI '" + kpi.id() + "' typed by hand; write {" + kpi.id() + "}, which follows the data"));
                        }
                    }
                }
            }
        }
        KpiSubjects subjects = new KpiSubjects(input.week().week().coreData().kpisById().values(), input.week().optionalRegistry());
        for (ProseFields.Field field : fields) {
            for (KpiSubjects.Stated stated : subjects.statedIn(field.text())) {
                CoreData.Kpi kpi = stated.kpi();
                if (kpiNames(kpi).stream().anyMatch(stated.clause()::contains)) {
                    continue; // found by its name above
                }
                if (stated.value().compareTo(kpi.value()) != 0) {
                    findings.add(Finding.error(places.at(field.file(), field.pointer(), stated.clause()), "states "
                            + stated.typed() + " for what KPI '" + kpi.id() + "' (" + kpi.name() + ") gives as "
                            + Numbers.value(kpi.value(), kpi.unit()) + "; write {" + kpi.id() + "} to quote it"));
                } else {
                    findings.add(Finding.warning(places.at(field.file(), field.pointer(), stated.clause()), stated.typed()
                            + " is KPI '" + kpi.id() + "' (" + kpi.name() + ") typed by hand; write {" + kpi.id()
                            + "}, which follows the data"));
                }
            }
        }
        return findings;
    }

    /** The KPI as the data names it (without a closing remark in brackets) and as the desk's aliases do. */
    private static Set<String> kpiNames(CoreData.Kpi kpi) {
        Set<String> names = new LinkedHashSet<>();
        names.add(kpi.name().replaceAll("（[^）]*）$", "").strip());
        kpi.aliases().forEach(alias -> names.add(alias.strip()));
        return names;
    }

    /** The index as the data names it, and as prose often shortens it (光模块指数 for 光模块(CPO)指数). */
    private static Set<String> indexNames(Segment segment) {
        Set<String> names = new LinkedHashSet<>();
        names.add(segment.index().name());
        names.add(segment.name() + "指数");
        return names;
    }
}
