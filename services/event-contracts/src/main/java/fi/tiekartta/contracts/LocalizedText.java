package fi.tiekartta.contracts;

/**
 * A text in the product's three languages as it travels in events. Finnish is the source language of
 * the programme documents; Swedish and English may be missing (null) until translated.
 */
public record LocalizedText(String fi, String sv, String en) {
}
