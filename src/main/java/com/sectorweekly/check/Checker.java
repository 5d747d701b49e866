package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;

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
        // Keys the files did not know are errors, but the files were read without them: every other finding still counts.
        List<Finding> findings = new ArrayList<>(week.strayKeys().stream().map(Finding::of).toList());
        List<Finding> references = REFERENCES.check(input);
        findings.addAll(references);
        if (!references.isEmpty()) {
            findings.sort(Finding.BY_PLACE);
            return List.copyOf(findings);
        }
        for (Rule rule : RULES) {
            findings.addAll(rule.check(input));
        }
        findings.sort(Finding.BY_PLACE);
        return List.copyOf(findings);
    }
}
