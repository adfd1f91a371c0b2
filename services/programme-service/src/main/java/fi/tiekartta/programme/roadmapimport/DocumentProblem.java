package fi.tiekartta.programme.roadmapimport;

/** One problem of a roadmap document: where (a JSON path such as {@code programmes[0].workPackages[2].goalCodes}) and what. */
public record DocumentProblem(String path, String message) {
}
