package dev.baton.application.alert;

import dev.baton.application.text.Phrasebook;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.period.Period;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * What makes a finding the same finding from one evaluation to the next: its period, its code, the teams it names and
 * its phrase's arguments (worded in English, which spells every argument out: names, metrics, numbers). The rules are
 * pure functions of the plan, so an unchanged plan gives the same keys; a changed bar gives a new one.
 */
public final class FindingKey {

    private FindingKey() {}

    /** {@code 2026-Q4:DISJOINT_TARGETS:<sha-256 of the teams and arguments>}. */
    public static String of(Period period, Finding finding) {
        String teams = finding.teams().stream()
                .map(team -> Long.toString(team.value()))
                .collect(Collectors.joining(","));
        String identity =
                teams + "|" + finding.phrase().code() + "|" + Phrasebook.word(finding.phrase(), Phrasebook.ENGLISH);
        return period.format() + ":" + finding.code().name() + ":" + sha256(identity);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
