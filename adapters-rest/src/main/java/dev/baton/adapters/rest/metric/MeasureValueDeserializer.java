package dev.baton.adapters.rest.metric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads one measure value exactly as sent: a JSON number becomes a {@link java.math.BigDecimal} straight from its
 * digits (never through {@code double}), anything else is handed on as text so the command can refuse it by field
 * name with a 422 instead of Jackson failing the whole body with a 400.
 */
public class MeasureValueDeserializer extends StdDeserializer<Object> {

    public MeasureValueDeserializer() {
        super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
            return token == JsonToken.START_OBJECT ? "{…}" : "[…]";
        }
        return parser.getText();
    }
}
