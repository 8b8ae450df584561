package dev.baton.application.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.baton.domain.funnel.Stage;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The field errors and refusals are worded by the bundles: every code the sources name is there in both languages,
 * and a value object's refusal reads in English as it always has and in Chinese as a translation.
 */
class FieldPhrasesTest {

    private static final Pattern CODE = Pattern.compile("\"((?:field|refused)\\.[A-Z][A-Z0-9_]*)\"");

    /** Codes the sources build from a part (a name's kind, a period's granularity, a what-if action). */
    private static final List<String> BUILT_CODES = List.of(
            "field.TEAM_NAME_REQUIRED",
            "field.TEAM_NAME_TOO_LONG",
            "field.PERSON_NAME_REQUIRED",
            "field.PERSON_NAME_TOO_LONG",
            "field.PERIOD_MONTH_RANGE",
            "field.PERIOD_QUARTER_RANGE",
            "field.PERIOD_YEAR_RANGE",
            "field.NAME_TARGET_TO_REPLACE",
            "field.NAME_TARGET_TO_REMOVE");

    @Test
    void everyFieldCodeTheSourcesNameIsWordedInBothLanguages() {
        Set<String> codes = codesInSources();
        codes.addAll(BUILT_CODES);

        assertThat(codes).hasSizeGreaterThan(50);
        for (String code : codes) {
            assertThat(Phrasebook.knows(code, Phrasebook.ENGLISH))
                    .as("%s in English", code)
                    .isTrue();
            assertThat(Phrasebook.knows(code, Phrasebook.CHINESE))
                    .as("%s in Chinese", code)
                    .isTrue();
        }
    }

    @Test
    void aValueObjectsRefusalReadsInEnglishAsBeforeAndInChineseAsATranslation() {
        Phrase blank = refusal(() -> new TeamName(" "));
        assertThat(Phrasebook.word(blank, Phrasebook.ENGLISH)).isEqualTo("A team name is required.");
        assertThat(Phrasebook.word(blank, Phrasebook.CHINESE)).isEqualTo("团队名称为必填项。");

        Phrase stage = refusal(() -> new Stage("Lead Stage", "Lead", new TeamId(1)));
        assertThat(Phrasebook.word(stage, Phrasebook.ENGLISH))
                .isEqualTo("'Lead Stage' is not a stage key: use lower-case letters, digits, '_' and '-'"
                        + " (at most 64 characters)");
        assertThat(Phrasebook.word(stage, Phrasebook.CHINESE))
                .isEqualTo("“Lead Stage”不是有效的阶段键：请使用小写字母、数字、“_”和“-”（最多 64 个字符）");
    }

    @Test
    void aNestedReasonIsWordedInTheSameLanguage() {
        Phrase month = refusal(() -> Period.parse("2026-13"));
        assertThat(Phrasebook.word(month, Phrasebook.ENGLISH))
                .isEqualTo("'2026-13' is not a period: the month must lie between 1 and 12, got 13");
        assertThat(Phrasebook.word(month, Phrasebook.CHINESE)).isEqualTo("“2026-13”不是有效的期间：月份须在 1 到 12 之间，收到 13");
    }

    @Test
    void numbersTheUserTypedAreShownAsTyped() {
        Phrase reversed = refusal(() -> Threshold.between("9000.50", "800"));
        assertThat(Phrasebook.word(reversed, Phrasebook.ENGLISH))
                .isEqualTo("the minimum of a BETWEEN threshold (9000.50) lies above its maximum (800)");
        Phrase year = refusal(() -> Period.parse("1850"));
        assertThat(Phrasebook.word(year, Phrasebook.ENGLISH)).contains("between 1900 and 9999, got 1850");
    }

    private static Phrase refusal(ThrowingCallable refused) {
        Throwable thrown = catchThrowable(refused);
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return ((InvalidValueException) thrown).phrase();
    }

    private static Set<String> codesInSources() {
        Set<String> codes = new TreeSet<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = CODE.matcher(Files.readString(file));
                        while (m.find()) {
                            if (!m.group(1).endsWith("_")) { // the start of a built code
                                codes.add(m.group(1));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
