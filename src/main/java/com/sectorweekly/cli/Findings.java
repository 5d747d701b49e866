package com.sectorweekly.cli;

import com.sectorweekly.check.Finding;
import com.sectorweekly.check.Severity;

import java.io.PrintWriter;
import java.util.List;

/** Prints findings one a line, {@code error|warning file:line:col message}, then a count. */
final class Findings {

    private Findings() {
    }

    static void print(PrintWriter out, List<Finding> findings) {
        findings.forEach(out::println);
    }

    static String count(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "no problems found";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static int exitCode(List<Finding> findings, boolean strict) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return ExitCodes.INPUT;
        }
        return strict && !findings.isEmpty() ? ExitCodes.WARNINGS : ExitCodes.OK;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
