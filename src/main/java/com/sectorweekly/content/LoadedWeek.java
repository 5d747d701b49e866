package com.sectorweekly.content;

import com.sectorweekly.model.Desk;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.Week;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report as loaded from its folder, with the desk it is published under, its kind (null when its
 * front matter names one the desk does not publish, which the checks say), the outline it takes,
 * the desk's name registry if it keeps one, and where every value stands. Whether what it refers to
 * exists is for the checks to say. {@code loadProblems} are the errors loading found that need not
 * stop the checks, which report them with their own findings rather than alone: keys its files
 * hold that their records do not know (the file was read without them), and the problems of the
 * files in {@code unread}, a part of the report (segments.yaml, news.yaml …) that could not be read
 * at all and that the checks go without.
 */
public record LoadedWeek(Desk desk, Desk.ReportKind kind, Outline outline, Week week, Registry registry, Places places,
                         Path weekDir, List<Problem> loadProblems, Set<String> unread) {

    public LoadedWeek {
        loadProblems = List.copyOf(loadProblems);
        unread = Set.copyOf(unread);
    }

    public Optional<Registry> optionalRegistry() {
        return Optional.ofNullable(registry);
    }
}
