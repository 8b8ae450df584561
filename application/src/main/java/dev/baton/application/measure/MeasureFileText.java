package dev.baton.application.measure;

import dev.baton.application.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * The text of an uploaded file. A declared charset (the request's or the file part's {@code Content-Type}) is
 * honoured. Without one, a byte-order mark decides (UTF-8, UTF-16 big or little endian); a file without one is read as
 * UTF-8 and, when it is not valid UTF-8, as GB18030, which is what Excel writes in a Chinese locale (and which reads
 * GBK and GB2312 too). Bytes that are still not text are never replaced by question marks: the file is refused,
 * naming the line they are on.
 */
public final class MeasureFileText {

    /** GB18030 is a required charset of every Java runtime from 21 on, and present in every JDK before. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private MeasureFileText() {}

    /** The decoded text, or the line it stops being text on. */
    public record Decoded(String text, Charset charset, Optional<Integer> undecodableLine) {

        public boolean readable() {
            return undecodableLine.isEmpty();
        }
    }

    /**
     * @param declared the charset the sender declared, or {@code null}/blank when none
     * @throws InvalidInputException naming {@code charset} when the declared charset is unknown
     */
    public static Decoded decode(byte[] bytes, String declared) {
        if (declared != null && !declared.isBlank()) {
            return strictly(bytes, declared(declared.strip()));
        }
        Optional<Charset> marked = byteOrderMark(bytes);
        if (marked.isPresent()) {
            return strictly(bytes, marked.get());
        }
        Decoded utf8 = strictly(bytes, StandardCharsets.UTF_8);
        return utf8.readable() ? utf8 : strictly(bytes, GB18030);
    }

    /** The charset parameter of a media type such as {@code text/csv; charset=GB18030}; null when it has none. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static Charset declared(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InvalidInputException.of("charset", "field.UNKNOWN_CHARSET_DECLARE_ONE", String.valueOf(name));
        }
    }

    private static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** Decodes without replacing anything; on the first bad byte, counts the lines decoded before it. */
    private static Decoded strictly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        try {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isOverflow()) {
                // Cannot happen with a buffer of maxCharsPerByte per byte; the convenience method copes if it does.
                return new Decoded(
                        decoder.reset().decode(ByteBuffer.wrap(bytes)).toString(), charset, Optional.empty());
            }
            if (result.isError()) {
                return new Decoded("", charset, Optional.of(lineAt(out)));
            }
        } catch (CharacterCodingException e) {
            return new Decoded("", charset, Optional.of(1));
        }
        out.flip();
        return new Decoded(out.toString(), charset, Optional.empty());
    }

    private static int lineAt(CharBuffer decodedSoFar) {
        int line = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
