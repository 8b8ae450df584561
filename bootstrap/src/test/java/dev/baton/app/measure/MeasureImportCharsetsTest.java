package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Uploads that are not UTF-8: Excel in a Chinese locale writes GB18030, Windows "Unicode text" is UTF-16 with a
 * byte-order mark. Each file names its funnel by a Chinese name, so a wrong reading could not find the funnel.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MeasureImportCharsetsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A request that sends its Content-Type exactly as given, without REST Assured adding a charset to it. */
    private static RequestSpecification sending() {
        return given().config(RestAssured.config()
                .encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static io.restassured.response.ValidatableResponse importing(String contentType, byte[] file) {
        return sending()
                .contentType(contentType)
                .queryParam("mode", "commit")
                .body(file)
                .post("/api/measures/import")
                .then();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A funnel with a Chinese name and the file that records {@code orders} in it by that name. */
    private record Named(String id, String csv) {}

    private static Named aChineseFunnel(String period, int orders) {
        String name = Names.unique("产品线");
        String id = Long.toString(MeasureApiTest.aFunnelNamed(name));
        return new Named(id, "period,measure,value,funnel\n" + period + ",orders," + orders + "," + name + "\n");
    }

    @Test
    void aGb18030FileWithoutACharsetIsReadAsGb18030() {
        Named funnel = aChineseFunnel("2032-01", 11);

        importing("text/csv", funnel.csv().getBytes(GB18030)).statusCode(200).body("written", equalTo(true));

        assertThat(MeasureApiTest.values(funnel.id(), "2032-01")).containsEntry("orders", "11");
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsReadAsUtf16() {
        Named funnel = aChineseFunnel("2032-02", 12);
        byte[] file = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, funnel.csv().getBytes(StandardCharsets.UTF_16LE));

        importing("text/csv", file).statusCode(200).body("written", equalTo(true));

        assertThat(MeasureApiTest.values(funnel.id(), "2032-02")).containsEntry("orders", "12");
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        Named funnel = aChineseFunnel("2032-03", 13);

        importing("text/csv; charset=GB18030", funnel.csv().getBytes(GB18030))
                .statusCode(200)
                .body("written", equalTo(true));
        assertThat(MeasureApiTest.values(funnel.id(), "2032-03")).containsEntry("orders", "13");

        // The same GB18030 bytes declared as UTF-8 are not UTF-8: refused, never guessed.
        importing("text/csv; charset=UTF-8", funnel.csv().getBytes(GB18030))
                .statusCode(422)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("UTF-8"));
    }

    @Test
    void aFileThatIsStillNoTextIsA422NamingTheLineEvenInAPreview() {
        byte[] file = concat(
                "period,measure,value\n2032-04,orders,1\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {'2', '0', '3', '2', '-', '0', '4', ',', (byte) 0xFF, (byte) 0xFF, ',', '2', '\n'});

        sending()
                .contentType("text/csv")
                .queryParam("mode", "preview")
                .body(file)
                .post("/api/measures/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("written", equalTo(false))
                .body("errorCount", equalTo(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", containsString("Line 3"));
    }

    @Test
    void anUnknownDeclaredCharsetIsA422NamingTheCharset() {
        importing("text/csv; charset=klingon", "period,measure,value\n".getBytes(StandardCharsets.US_ASCII))
                .statusCode(422)
                .body("errors[0].field", equalTo("charset"));
    }

    @Test
    void theImportPageReadsAGb18030FileAndHonoursThePartsDeclaredCharset() {
        Named plain = aChineseFunnel("2032-05", 15);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("file", "measures.csv", plain.csv().getBytes(GB18030), "text/csv")
                .multiPart("csv", "")
                .multiPart("mode", "commit")
                .post("/measures/import")
                .then()
                .statusCode(200)
                .body(containsString("1 rows written."));
        assertThat(MeasureApiTest.values(plain.id(), "2032-05")).containsEntry("orders", "15");

        Named declared = aChineseFunnel("2032-06", 16);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("file", "measures.csv", declared.csv().getBytes(GB18030), "text/csv; charset=UTF-8")
                .multiPart("csv", "")
                .multiPart("mode", "commit")
                .post("/measures/import")
                .then()
                .statusCode(422)
                .body(containsString("Line 2 is not UTF-8 text"));
        assertThat(MeasureApiTest.values(declared.id(), "2032-06")).isEmpty();
    }
}
