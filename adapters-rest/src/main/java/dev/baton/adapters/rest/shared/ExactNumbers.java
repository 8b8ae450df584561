package dev.baton.adapters.rest.shared;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON numbers with a point or an exponent are read as {@link java.math.BigDecimal}, never through a {@code double},
 * wherever a body is read untyped (a {@code JsonNode}, a map of measures). A double would round
 * {@code 12345678901234567.89} to another number and turn {@code 1e400} into infinity, which no decimal can hold;
 * read exactly, an oversized figure reaches the checks that refuse it with a message.
 */
@Singleton
public class ExactNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
