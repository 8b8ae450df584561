package dev.baton.application.digest;

import dev.baton.application.notification.Letter;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Words a digest in its reader's language through the {@link Phrasebook}, as a letter the web adapter lays out. */
public final class DigestLetters {

    /** Chat posts go to a channel of many readers: they are worded in English. */
    public static final Locale CHAT_LANGUAGE = Phrasebook.ENGLISH;

    private DigestLetters() {}

    /** "Alignment 30/100, 2 violations, 3 KPIs behind pace — 2026-Q4". */
    public static String subject(Digest.Headline headline, Period period, Locale language) {
        return Phrasebook.word(
                Phrase.of(
                        "digest.subject",
                        headline.score(),
                        counted("digest.violations", headline.violations()),
                        counted("digest.kpisBehind", headline.kpisBehind()),
                        period.format()),
                language);
    }

    public static Letter letterOf(Digest digest) {
        Locale language = digest.recipient().language();
        List<Letter.Section> sections = new ArrayList<>();
        digest.executive().ifPresent(part -> {
            List<Letter.Line> score = List.of(Letter.Line.of(
                    word(
                            Phrase.of(
                                    "digest.executive.scoreLine",
                                    part.score(),
                                    digest.period().format(),
                                    change(part.change())),
                            language),
                    digest.scorecardUrl()));
            sections.add(new Letter.Section(word(Phrase.of("digest.executive.score"), language), score, ""));
            sections.add(section("digest.executive.violations", part.violations(), "digest.none.violations", language));
            sections.add(section("digest.executive.teams", part.teamsBehind(), "digest.none.teams", language));
        });
        digest.lead().ifPresent(part -> {
            Object teams = List.copyOf(part.teams());
            sections.add(section(
                    Phrase.of("digest.lead.findings", teams, digest.period().format()),
                    part.findings(),
                    "digest.none.findings",
                    language));
            sections.add(section(Phrase.of("digest.lead.kpis"), part.kpisBehind(), "digest.none.kpis", language));
            sections.add(
                    section(Phrase.of("digest.lead.proposals"), part.proposals(), "digest.none.proposals", language));
            sections.add(section(
                    Phrase.of("digest.lead.checkIns", RunDigestService.CHECK_IN_DUE.toDays()),
                    part.withoutCheckIn(),
                    "digest.none.checkIns",
                    language));
        });
        List<Letter.Line> closing = List.of(
                Letter.Line.of(word(Phrase.of("digest.closing.scorecard"), language), digest.scorecardUrl()),
                Letter.Line.of(word(Phrase.of("digest.closing.unsubscribe"), language), digest.unsubscribeUrl()));
        return new Letter(
                language,
                subject(digest.headline(), digest.period(), language),
                word(
                        Phrase.of(
                                "digest.opening",
                                digest.recipient().name(),
                                digest.week().format()),
                        language),
                sections,
                closing,
                Optional.of(digest.unsubscribeUrl()));
    }

    private static Letter.Section section(String heading, List<Digest.Item> items, String empty, Locale language) {
        return section(Phrase.of(heading), items, empty, language);
    }

    private static Letter.Section section(Phrase heading, List<Digest.Item> items, String empty, Locale language) {
        List<Letter.Line> lines = items.stream()
                .map(item -> new Letter.Line(word(item.text(), language), Optional.of(item.link()), item.urgent()))
                .toList();
        return new Letter.Section(word(heading, language), lines, word(Phrase.of(empty), language));
    }

    private static Phrase change(Optional<Integer> change) {
        if (change.isEmpty()) {
            return Phrase.of("digest.change.unknown");
        }
        int by = change.get();
        if (by > 0) {
            return Phrase.of("digest.change.up", by);
        }
        if (by < 0) {
            return Phrase.of("digest.change.down", -by);
        }
        return Phrase.of("digest.change.none");
    }

    private static Phrase counted(String code, long count) {
        return count == 1 ? Phrase.of(code + ".one") : Phrase.of(code + ".many", count);
    }

    private static String word(Phrase phrase, Locale language) {
        return Phrasebook.word(phrase, language);
    }
}
