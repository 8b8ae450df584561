package dev.baton.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactNumbersTest {

    private static JsonNode read(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new ExactNumbers().customize(mapper);
        return mapper.readTree(json);
    }

    @Test
    void aDecimalBeyondADoublesDigitsIsReadExactly() throws Exception {
        assertThat(read("{\"revenue\": 12345678901234567.89}").get("revenue").decimalValue())
                .isEqualTo(new BigDecimal("12345678901234567.89"));
    }

    @Test
    void aNumberBeyondADoublesRangeStaysANumberInsteadOfInfinity() throws Exception {
        JsonNode huge = read("{\"revenue\": 1e400}").get("revenue");
        assertThat(huge.isBigDecimal()).isTrue();
        assertThat(huge.decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
    }
}
