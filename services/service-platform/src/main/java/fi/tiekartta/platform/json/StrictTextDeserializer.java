package fi.tiekartta.platform.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every {@code String} of a request: only from a JSON string (a number or a boolean is not silently turned
 * into text: {@code "code": 123} is refused, as are an object or an array where a text belongs), and only a clean
 * one ({@link CleanText}). The refusal names the field: Jackson adds the path, and the problem lists it.
 */
class StrictTextDeserializer extends StdScalarDeserializer<String> {

    StrictTextDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.reportInputMismatch(this, "must be a JSON string, not %s", describe(parser.currentToken()));
        }
        String text = parser.getString();
        String problem = CleanText.problemIn(text);
        return problem == null ? text : context.reportInputMismatch(this, problem);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> token.name();
        };
    }
}
