package com.sectorweekly.content;

import com.sectorweekly.model.Desk;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.Week;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A report as loaded from its folder, with the desk it is published under, its kind (null when its
 * front matter names one the desk does not publish, which the checks say), the outline it takes,
 * the desk's name registry if it keeps one, and where every value stands. Whether what it refers to
 * exists is for the checks to say. {@code strayKeys} are the keys its files hold that their records
 * do not know: errors, which the checks report with their own findings rather than alone.
 */
public record LoadedWeek(Desk desk, Desk.ReportKind kind, Outline outline, Week week, Registry registry, Places places,
                         Path weekDir, List<Problem> strayKeys) {

    public LoadedWeek {
        strayKeys = List.copyOf(strayKeys);
    }

    public Optional<Registry> optionalRegistry() {
        return Optional.ofNullable(registry);
    }
}
