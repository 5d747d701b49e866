package com.sectorweekly.check;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KPI found in prose by what it is about rather than by its name: analysts write
 * "云业务收入增长 41%" of a KPI named 云服务收入同比增速. A KPI's subject is the measure its name
 * names (收入, 资本开支, 用户 …, which prose may word another way: 营收, 资本支出), the company it
 * names (by any of the registry's names for it), and the first word of what is measured (云, 5G,
 * 移); a clause that holds all of them and a number in the KPI's unit states that KPI. A KPI named
 * by its measure alone (收入同比增速) has no subject to be found by. Where a
 * clause's number fits several KPIs, the one whose value it is, or else the one whose name the
 * clause shares most of, is meant; a tie is no finding.
 */
final class KpiSubjects {

    /** Measures prose names, each with the other words it goes by; the longer ones first. */
    private static final List<List<String>> MEASURES = List.of(
            List.of("资本开支", "资本支出", "capex", "Capex"),
            List.of("营业收入", "收入", "营收"),
            List.of("净利润", "归母净利润"),
            List.of("出货量", "出货"),
            List.of("出口金额", "出口额", "出口"),
            List.of("流量"),
            List.of("用户"),
            List.of("订单"),
            List.of("市场规模"));
    /** A clause: up to a Chinese or Latin comma or stop, but not a comma between the digits of 1,234. */
    private static final Pattern CLAUSE = Pattern.compile("(?:[^，。；！？,;\\n]|(?<=\\d),(?=\\d{3}))+");
    private static final String NUMBER = "([+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[+-]?\\d+(?:\\.\\d+)?)";
    private static final Pattern FIRST_WORD = Pattern.compile("^(?:[A-Za-z0-9]+|\\p{IsHan})");

    /** A KPI's subject: the words a clause must hold to be about it, and a number in its unit. */
    record Subject(CoreData.Kpi kpi, List<String> measure, List<String> company, String firstWord, Pattern number) {

        boolean isNamedIn(String clause) {
            return measure.stream().anyMatch(clause::contains)
                    && (company.isEmpty() || company.stream().anyMatch(clause::contains))
                    && (firstWord.isEmpty() || clause.contains(firstWord));
        }

        /** How much of the KPI's name the clause holds, character by character, for telling near subjects apart. */
        int sharedWith(String clause) {
            return (int) kpi.name().chars().filter(c -> clause.indexOf(c) >= 0).count();
        }
    }

    /** A number in a clause that states a KPI by its subject. */
    record Stated(CoreData.Kpi kpi, String clause, String typed, BigDecimal value) {
    }

    private final List<Subject> subjects = new ArrayList<>();

    KpiSubjects(Iterable<CoreData.Kpi> kpis, Optional<Registry> registry) {
        Map<String, Registry.Company> companies = registry.map(Registry::companiesByName).orElse(Map.of());
        for (CoreData.Kpi kpi : kpis) {
            subjectOf(kpi, companies).ifPresent(subjects::add);
        }
    }

    private static Optional<Subject> subjectOf(CoreData.Kpi kpi, Map<String, Registry.Company> companies) {
        String name = kpi.name().replaceAll("（[^）]*）", "");
        for (List<String> measure : MEASURES) {
            int at = measure.stream().mapToInt(name::indexOf).filter(i -> i >= 0).min().orElse(-1);
            if (at < 0) {
                continue;
            }
            String before = name.substring(0, at);
            List<String> company = new ArrayList<>();
            for (Map.Entry<String, Registry.Company> entry : companies.entrySet()) {
                if (before.contains(entry.getKey())) {
                    before = before.replace(entry.getKey(), "");
                    companies.forEach((other, same) -> {
                        if (same == entry.getValue()) {
                            company.add(other);
                        }
                    });
                }
            }
            Matcher first = FIRST_WORD.matcher(before.replace(" ", ""));
            String firstWord = first.find() ? first.group() : "";
            if (company.isEmpty() && firstWord.isEmpty()) {
                return Optional.empty(); // 收入同比增速 alone could be anyone's revenue
            }
            return Optional.of(new Subject(kpi, measure, company, firstWord,
                    Pattern.compile(NUMBER + "\\s*" + Pattern.quote(kpi.unit()))));
        }
        return Optional.empty();
    }

    /** The KPIs the clauses of a text state by their subjects, with the number each gives. */
    List<Stated> statedIn(String text) {
        List<Stated> stated = new ArrayList<>();
        Matcher clauses = CLAUSE.matcher(text);
        while (clauses.find()) {
            String clause = clauses.group();
            if (clause.contains("{")) {
                continue; // a clause that quotes a KPI states its figures from the data
            }
            List<Subject> named = subjects.stream().filter(s -> s.isNamedIn(clause)).toList();
            for (Subject subject : named) {
                Matcher number = subject.number().matcher(clause);
                while (number.find()) {
                    BigDecimal value = new BigDecimal(number.group(1).replace(",", ""));
                    if (meant(subject, named, clause, value)) {
                        stated.add(new Stated(subject.kpi(), clause.strip(), number.group(), value));
                    }
                }
            }
        }
        return stated;
    }

    /** Whether, of the KPIs a clause names in the same unit, this is the one its number gives. */
    private static boolean meant(Subject subject, List<Subject> named, String clause, BigDecimal value) {
        List<Subject> rivals = named.stream().filter(s -> s.kpi().unit().equals(subject.kpi().unit())).toList();
        Optional<Subject> exact = rivals.stream().filter(s -> s.kpi().value().compareTo(value) == 0).findFirst();
        if (exact.isPresent()) {
            return exact.get() == subject;
        }
        int best = rivals.stream().mapToInt(s -> s.sharedWith(clause)).max().orElse(0);
        return subject.sharedWith(clause) == best && rivals.stream().filter(s -> s.sharedWith(clause) == best).count() == 1;
    }
}
