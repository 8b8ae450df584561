package dev.baton.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    /** Made by jBCrypt 0.4 ({@code BCrypt.hashpw("jbcrypt-era-password", BCrypt.gensalt(12))}) before the switch. */
    private static final String JBCRYPT_HASH = "$2a$12$lS7TFF9BuB9sh6XGke1JpOVtu8u8Px/T.n0.eael02TzNZbd6Rbw.";

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher();

    @Test
    void aHashThatJbcryptMadeStillAcceptsItsPassword() {
        assertThat(hasher.matches("jbcrypt-era-password".toCharArray(), JBCRYPT_HASH))
                .isTrue();
    }

    @Test
    void aHashThatJbcryptMadeRefusesAnyOtherPassword() {
        assertThat(hasher.matches("jbcrypt-era-passwore".toCharArray(), JBCRYPT_HASH))
                .isFalse();
    }

    @Test
    void aNewHashIsSaltedBcryptAndAcceptsOnlyItsPassword() {
        String first = hasher.hash("a-new-password".toCharArray());
        String second = hasher.hash("a-new-password".toCharArray());
        assertThat(first).startsWith("$2a$12$").isNotEqualTo(second);
        assertThat(hasher.matches("a-new-password".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("another-password".toCharArray(), first)).isFalse();
    }

    @Test
    void somethingThatIsNotABcryptHashNeverMatches() {
        assertThat(hasher.matches("anything".toCharArray(), "not-a-hash")).isFalse();
    }
}
