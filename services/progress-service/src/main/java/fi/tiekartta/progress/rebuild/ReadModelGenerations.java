package fi.tiekartta.progress.rebuild;

/**
 * The generations of the read model in storage. Generation 0 is the service's own database (the read model as it
 * was kept before generations); generation N &gt; 0 is the database {@code <database>-g<N>}. One of them is active:
 * every read and every projection of the serving consumers uses it.
 */
public interface ReadModelGenerations {

    /** The generation that serves now. */
    int active();

    /** The generation that served before the last switch, kept for a rollback; -1 when there is none. */
    int previous();

    /** The name of the database that holds {@code generation}. */
    String databaseName(int generation);

    /** Empties {@code generation}'s database, so that a rebuild starts from nothing. */
    void clear(int generation);

    /**
     * Gives {@code generation} every index the active generation has and it lacks (those a projection creates when
     * it first writes a collection, which the consumers that built it may not have written).
     */
    void copyIndexes(int generation);

    /** Makes {@code generation} the active one, the formerly active one becoming the previous one. */
    void activate(int generation);

    /** Drops every generation but the active and the previous one. */
    void dropOlderGenerations();
}
