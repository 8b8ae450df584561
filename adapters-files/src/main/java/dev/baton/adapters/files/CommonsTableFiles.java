package dev.baton.adapters.files;

import dev.baton.application.measure.MeasureCsv;
import dev.baton.application.measure.port.TableFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tables read with Apache Commons CSV and Apache POI. */
@ApplicationScoped
public class CommonsTableFiles implements TableFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Override
    public MeasureCsv.Parsed csv(String text) {
        String csv = text == null ? "" : text;
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        LineIndex lines = new LineIndex(csv);
        List<MeasureCsv.Row> rows = new ArrayList<>();
        List<MeasureCsv.Unreadable> unreadable = new ArrayList<>();
        long readUpTo = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                readUpTo = record.getCharacterPosition();
                List<String> fields = Arrays.asList(record.values());
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                rows.add(new MeasureCsv.Row(lines.recordLine(record.getCharacterPosition()), List.copyOf(fields)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            unreadable.add(new MeasureCsv.Unreadable(lines.firstRecordAfter(readUpTo, rows.isEmpty())));
        }
        return new MeasureCsv.Parsed(rows, unreadable);
    }

    @Override
    public MeasureCsv.Parsed xlsx(byte[] bytes) {
        List<MeasureCsv.Row> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new MeasureCsv.Parsed(rows, List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int c = 0; c < last; c++) {
                    fields.add(text(row.getCell(c)));
                }
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new MeasureCsv.Row(row.getRowNum() + 1, List.copyOf(fields)));
            }
        } catch (IOException | RuntimeException e) {
            return new MeasureCsv.Parsed(List.of(), List.of(new MeasureCsv.Unreadable(1)));
        }
        return new MeasureCsv.Parsed(rows, List.of());
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime when = cell.getLocalDateTimeCellValue();
                    return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                            ? when.format(DATE)
                            : when.format(DATE_TIME);
                }
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
                number = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            default:
                return "";
        }
    }

    /** Where each physical line starts, so a record's character position names its line. */
    private static final class LineIndex {

        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A record's position is where the parser started reading it, before any empty lines it skipped. */
        int recordLine(long position) {
            int pos = (int) position;
            while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
                pos++;
            }
            return lineAt(pos);
        }

        int lineAt(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }

        /**
         * The line of the record that could not be read: the first non-blank line after the last record read (its
         * position {@code after}), or the first non-blank line when none was read.
         */
        int firstRecordAfter(long after, boolean noneRead) {
            int pos = (int) after;
            if (!noneRead) {
                boolean quoted = false;
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (c == '\n' || c == '\r')) {
                        break;
                    }
                    pos++;
                }
            }
            int line = noneRead ? 1 : lineAt(pos) + 1;
            while (line < starts.length && isBlankLine(line)) {
                line++;
            }
            return line;
        }

        private boolean isBlankLine(int line) {
            int start = starts[line - 1];
            int end = line < starts.length ? starts[line] : text.length();
            return text.substring(start, end).isBlank();
        }
    }
}
