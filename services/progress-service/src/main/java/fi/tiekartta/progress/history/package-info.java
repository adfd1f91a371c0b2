/**
 * "As of": the earlier states of the read model's documents. A projection that keeps a document per aggregate also
 * appends each state it reaches to {@code <collection>_history}, with the time it was valid from (the time of the
 * event that produced it); a view for a past time takes, per aggregate, the latest state valid then.
 * <ul>
 *   <li>the root names the fields and collections ({@link fi.tiekartta.progress.history.StateHistory});</li>
 *   <li>{@code messaging.HistoryWriter} appends a state after the projection applied the event;</li>
 *   <li>{@code persistence.HistoryReader} reads the states valid at a time;</li>
 *   <li>{@code web.AsOfParameter} reads {@code ?asOf=} and answers "no data as of …" (404).</li>
 * </ul>
 */
package fi.tiekartta.progress.history;
