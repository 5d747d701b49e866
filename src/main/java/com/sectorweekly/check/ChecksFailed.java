package com.sectorweekly.check;

import java.util.List;

/** The checks found errors (or, under {@code --strict}, warnings): the week is not built. */
public final class ChecksFailed extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;
    private final boolean errors;

    public ChecksFailed(List<Finding> findings) {
        super(findings.size() + " findings");
        this.findings = List.copyOf(findings);
        this.errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** False when only warnings stopped the build, under {@code --strict}. */
    public boolean hasErrors() {
        return errors;
    }
}
