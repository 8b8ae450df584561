package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MeasureFileTextTest {

    private static final String CSV = "period,measure,value,funnel\n2026-09,revenue,5,产品线\n";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aFileWithoutACharsetIsReadAsUtf8WhenItIsValidUtf8() {
        MeasureFileText.Decoded decoded = MeasureFileText.decode(CSV.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithoutACharsetThatIsNotUtf8IsReadAsGb18030() {
        MeasureFileText.Decoded decoded = MeasureFileText.decode(CSV.getBytes(Charset.forName("GB18030")), null);

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsUtf16InEitherByteOrder() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE));

        assertThat(MeasureFileText.decode(little, null).text()).isEqualTo("\uFEFF" + CSV);
        assertThat(MeasureFileText.decode(big, null).text()).isEqualTo("\uFEFF" + CSV);
    }

    @Test
    void aDeclaredCharsetIsHonouredEvenWhereTheBytesWouldAlsoBeSomethingElse() {
        byte[] latin1 = "period,measure,value,funnel\n2026-09,revenue,5,Café\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(MeasureFileText.decode(latin1, "ISO-8859-1").text()).endsWith("Café\n");
        assertThat(MeasureFileText.decode(latin1, null).text()).doesNotEndWith("Café\n");
    }

    @Test
    void bytesThatAreNoTextInAnyCharsetTriedNameTheirLine() {
        byte[] broken = concat(
                "period,measure,value\n2026-09,revenue,5\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {'2', '0', '2', '6', '-', '1', '0', ',', (byte) 0xFF, (byte) 0xFF, '\n'});

        MeasureFileText.Decoded decoded = MeasureFileText.decode(broken, null);

        assertThat(decoded.readable()).isFalse();
        assertThat(decoded.undecodableLine()).contains(3);
        assertThat(decoded.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void aDeclaredUtf8FileWithBadBytesIsRefusedRatherThanGuessed() {
        byte[] gbk = CSV.getBytes(Charset.forName("GB18030"));

        MeasureFileText.Decoded decoded = MeasureFileText.decode(gbk, "utf-8");

        assertThat(decoded.undecodableLine()).contains(2);
    }

    @Test
    void anUnknownDeclaredCharsetIsRefusedNamingTheCharset() {
        assertThatThrownBy(() -> MeasureFileText.decode(new byte[] {'a'}, "klingon"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("charset"));
    }

    @Test
    void theCharsetIsReadFromAMediaType() {
        assertThat(MeasureFileText.charsetOf("text/csv; charset=GB18030")).isEqualTo("GB18030");
        assertThat(MeasureFileText.charsetOf("text/csv;charset=\"utf-16\"")).isEqualTo("utf-16");
        assertThat(MeasureFileText.charsetOf("text/csv")).isNull();
        assertThat(MeasureFileText.charsetOf(null)).isNull();
    }
}
