package dev.baton.app.crm;

import static io.restassured.RestAssured.given;

import dev.baton.app.support.Api;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The CRM exports of the tests, a funnel to import them into, and its mapping. */
final class CrmFixtures {

    static final String HUBSPOT_MAPPING = "{\"hubspot\": {\"pipeline\": \"Sales Pipeline\", \"dateFormat\": \"ISO\","
            + " \"currency\": \"USD\", \"newCustomerPerWonDeal\": true, \"stages\": {\"Appointment Scheduled\": \"sql\","
            + " \"Contract Sent\": \"opportunity\", \"Closed Won\": \"customer\", \"Closed Lost\": null}},"
            + " \"salesforce\": {\"dateFormat\": \"MM/DD/YYYY\", \"stages\": {\"Prospecting\": \"sql\","
            + " \"Negotiation/Review\": \"opportunity\", \"Closed Won\": \"customer\", \"Closed Lost\": null}}}";

    /** Salesforce's rows chosen by a column of the report, Opportunity Type, rather than by record type. */
    static final String FILTERED_SALESFORCE_MAPPING = "{\"salesforce\": {\"dateFormat\": \"MM/DD/YYYY\","
            + " \"filter\": {\"column\": \"Opportunity Type\", \"value\": \"New Business\"},"
            + " \"stages\": {\"Prospecting\": \"sql\", \"Negotiation/Review\": \"opportunity\","
            + " \"Closed Won\": \"customer\", \"Closed Lost\": null}}}";

    /** An opportunities report with an Opportunity Type column: rows 2 and 4 are new business, 3 and 5 are not. */
    static final String TYPED_OPPORTUNITIES =
            "\"Opportunity ID\",\"Opportunity Name\",\"Stage\",\"Amount\",\"Close Date\",\"Created Date\","
                    + "\"Opportunity Type\"\n"
                    + "\"006A\",\"Acme\",\"Closed Won\",\"12,000.00\",\"9/15/2026\",\"8/3/2026\",\"New Business\"\n"
                    + "\"006B\",\"Globex\",\"Closed Won\",\"8,000\",\"9/28/2026\",\"9/1/2026\",\"Existing Business\"\n"
                    + "\"006C\",\"Initech\",\"Closed Lost\",\"5,000\",\"9/20/2026\",\"9/5/2026\",\" new business \"\n"
                    + "\"006D\",\"Umbrella\",\"Negotiation/Review\",\"20,000\",\"10/30/2026\",\"9/12/2026\","
                    + "\"Existing Business\"\n";

    private CrmFixtures() {}

    /** A funnel lead → sql → opportunity → customer. */
    static long aFunnel() {
        long owner = Api.createPerson(Names.unique("Deal Owner"), "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Dealing"), "SALES", owner);
        return PlanApi.createFunnel(
                Names.unique("Deals"),
                PlanApi.stage("lead", team),
                PlanApi.stage("sql", team),
                PlanApi.stage("opportunity", team),
                PlanApi.stage("customer", team));
    }

    static long aMappedFunnel() {
        return aFunnelMappedAs(HUBSPOT_MAPPING);
    }

    private static long aFunnelMappedAs(String mapping) {
        long funnel = aFunnel();
        given().contentType(ContentType.JSON)
                .body(mapping)
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200);
        return funnel;
    }

    /** A funnel whose Salesforce mapping takes only the New Business rows. */
    static long aFilteredFunnel() {
        return aFunnelMappedAs(FILTERED_SALESFORCE_MAPPING);
    }

    static byte[] resource(String name) {
        try (InputStream in = CrmFixtures.class.getResourceAsStream("/crm/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows as a workbook, every cell text, as "Export view" writes it. */
    static byte[] asXlsx(String csvResource) {
        String text = new String(resource(csvResource), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Deals");
            int r = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> values(long funnel, String period) {
        return given().queryParam("funnel", funnel)
                .get("/api/measures/" + period)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("values", String.class, String.class);
    }
}
