package dev.baton.adapters.persistence.preference;

import dev.baton.application.preference.Language;
import dev.baton.application.preference.Preferences;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The {@code language} and {@code digest_wanted} columns of {@code person} (V16), read and written by their own
 * statements so the person entity stays as it is. A save is one conditional update that moves the row's version on, so
 * it and an edit of the person guard each other: whichever comes second with the version it read is refused.
 */
@ApplicationScoped
public class PreferencesAdapter implements PreferenceStore {

    private final EntityManager entityManager;

    @Inject
    public PreferencesAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Preferences> find(PersonId person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select language, digest_wanted, version from person where id = ?1")
                .setParameter(1, person.value())
                .getResultList();
        return rows.stream().findFirst().map(PreferencesAdapter::toPreferences);
    }

    @Override
    public Optional<Language> chosenLanguage(PersonId person) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager
                .createNativeQuery("select language from person where id = ?1 and language is not null")
                .setParameter(1, person.value())
                .getResultList();
        return rows.stream().findFirst().flatMap(tag -> Language.ofTag(tag.toString()));
    }

    @Override
    public Preferences save(PersonId person, Language language, boolean digest, long expectedVersion) {
        int updated = entityManager
                .createNativeQuery("update person set language = ?1, digest_wanted = ?2, version = version + 1"
                        + " where id = ?3 and version = ?4")
                .setParameter(1, language.tag())
                .setParameter(2, digest)
                .setParameter(3, person.value())
                .setParameter(4, expectedVersion)
                .executeUpdate();
        if (updated == 0) {
            if (find(person).isEmpty()) {
                throw new NotFoundException("person", person);
            }
            throw new ConcurrentEditException("person", person);
        }
        return find(person).orElseThrow(() -> new NotFoundException("person", person));
    }

    private static Preferences toPreferences(Object[] row) {
        Language language = row[0] == null
                ? Language.ENGLISH
                : Language.ofTag(row[0].toString())
                        .orElseThrow(() -> new IllegalStateException("person.language holds " + row[0]));
        return new Preferences(language, (Boolean) row[1], ((Number) row[2]).longValue());
    }
}
