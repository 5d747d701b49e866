package com.sectorweekly.check;

import java.util.Locale;

/** An error stops the build; a warning is printed, and stops it only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
