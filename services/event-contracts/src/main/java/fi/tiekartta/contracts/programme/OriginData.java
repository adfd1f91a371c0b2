package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

/**
 * Where a programme comes from in a Government Programme, as the roadmap document and the programme events
 * carry it: e.g. Marin's Government Programme (term 2019-2023), section 3.6 "Oikeudenmukainen, yhdenvertainen ja
 * mukaan ottava Suomi", objective 4 "Sosiaali- terveydenhuollon palveluiden parantaminen", with the means and the
 * very words that call for the programme.
 *
 * @param government     the government whose programme it is, e.g. "Marin"
 * @param termId         the government term, e.g. 2019-2023
 * @param section        the section's number, e.g. 3.6
 * @param sectionTitle   the section's title
 * @param objective      the objective's number within the section, e.g. 4
 * @param objectiveTitle the objective's title
 * @param means          the means (keino) under which the programme is named, if the source gives one
 * @param quote          the sentence of the Government Programme that calls for the programme
 * @param url            where the Government Programme can be read, if known
 * @param basis          what this origin rests on, or null
 */
public record OriginData(String government, String termId, String section, LocalizedText sectionTitle, String objective,
        LocalizedText objectiveTitle, LocalizedText means, LocalizedText quote, String url, BasisData basis) {
}
