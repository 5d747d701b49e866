package com.sectorweekly.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content cannot be built: every problem found, sorted by place. */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().sorted(Problem.BY_PLACE).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(Problem.BY_PLACE).toList();
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
