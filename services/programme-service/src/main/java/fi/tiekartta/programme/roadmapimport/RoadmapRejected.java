package fi.tiekartta.programme.roadmapimport;

import java.util.List;

/** A roadmap document breaks rules: every problem, so it can be fixed in one go. Nothing of it was imported. */
public class RoadmapRejected extends RuntimeException {

    private final List<DocumentProblem> problems;

    public RoadmapRejected(List<DocumentProblem> problems) {
        super("The roadmap breaks " + problems.size() + " rule(s); nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<DocumentProblem> problems() {
        return problems;
    }
}
