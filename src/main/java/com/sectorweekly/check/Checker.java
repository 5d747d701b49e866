package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a week; the list below is the registry of rules. */
public final class Checker {

    /** What the week refers to must exist before any other rule can look at it. */
    private static final Rule REFERENCES = new ReferenceCheck();

    private static final List<Rule> RULES = List.of(
            new RequiredParts(),
            new KnownNames(),
            new NamesInProse(),
            new DatesAgree(),
            new OneFactOneValue(),
            new RestatedFigures(),
            new SeriesAgreesWithMoves(),
            new PerformanceAgrees(),
            new KpiHistoryAgrees(),
            new MarketMovers(),
            new IndustryRanking(),
            new PlausibleMoves(),
            new SourcesGiven(),
            new TypingSlips(),
            new OwnChapters(),
            new SectionsFilled(),
            new StaleKpis(),
            new CarriedOverText());

    /** @param earlier the weeks before this one that loaded, newest first */
    public List<Finding> check(LoadedWeek week, List<LoadedWeek> earlier) {
        CheckInput input = new CheckInput(week, earlier);
        // What loading found comes first: keys the files did not know (the files were read without
        // them) and the files that could not be read; every other finding still counts.
        List<Finding> findings = new ArrayList<>(week.loadProblems().stream().map(Finding::of).toList());
        List<Finding> references = aboutWhatWasRead(REFERENCES.check(input), week);
        findings.addAll(references);
        if (!references.isEmpty()) {
            findings.sort(Finding.BY_PLACE);
            return List.copyOf(findings);
        }
        for (Rule rule : RULES) {
            findings.addAll(aboutWhatWasRead(rule.check(input), week));
        }
        findings.sort(Finding.BY_PLACE);
        return List.copyOf(findings);
    }

    /** The findings but those a file that could not be read gives rise to: its absence is not news, its problems are said. */
    private static List<Finding> aboutWhatWasRead(List<Finding> findings, LoadedWeek week) {
        if (week.unread().isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> week.unread().stream().noneMatch(file ->
                Path.of(f.location().file()).getFileName().toString().equals(file) || f.message().contains(file))).toList();
    }
}
