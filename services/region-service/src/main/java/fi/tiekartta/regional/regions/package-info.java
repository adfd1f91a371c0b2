/**
 * The organisers of social and health services — the 21 wellbeing services counties and the City of
 * Helsinki, by their Statistics Finland codes (01–21, 90) — and the five cooperation areas they form
 * (VNa 91/2022), with HUS-yhtymä as a member of the southern area. Reference data, read from
 * the domain kernel's {@code fi/tiekartta/kernel/region/organisers.json} (sources in the file); regional reports are made for these regions.
 */
package fi.tiekartta.regional.regions;
