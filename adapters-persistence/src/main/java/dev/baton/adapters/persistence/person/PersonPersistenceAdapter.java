package dev.baton.adapters.persistence.person;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.adapters.persistence.shared.Sequences;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class PersonPersistenceAdapter implements PersonRepository {

    private final PersonPanacheRepository repository;
    private final Sequences sequences;

    @Inject
    public PersonPersistenceAdapter(PersonPanacheRepository repository, Sequences sequences) {
        this.repository = repository;
        this.sequences = sequences;
    }

    @Override
    public PersonId nextId() {
        return new PersonId(sequences.next("person_id_seq"));
    }

    @Override
    public Person add(Person person) {
        PersonJpaEntity entity = new PersonJpaEntity();
        PersonMapper.copy(person, entity);
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "person", person.id());
        return PersonMapper.toDomain(entity);
    }

    @Override
    public Person update(Person person) {
        PersonJpaEntity entity = repository
                .findByIdOptional(person.id().value())
                .orElseThrow(() -> new NotFoundException("person", person.id()));
        if (entity.version != person.version()) {
            throw new ConcurrentEditException("person", person.id());
        }
        PersonMapper.copy(person, entity);
        Flushing.flushGuarded(repository.getEntityManager(), "person", person.id());
        return PersonMapper.toDomain(entity);
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return repository.findByIdOptional(id.value()).map(PersonMapper::toDomain);
    }

    @Override
    public List<Person> findAllById(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> raw = ids.stream().map(PersonId::value).toList();
        return repository.list("id in ?1", raw).stream()
                .map(PersonMapper::toDomain)
                .toList();
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return repository.find("email", email.value()).firstResultOptional().map(PersonMapper::toDomain);
    }

    @Override
    public Page<Person> list(Optional<String> search, PageRequest page) {
        Sort byName = Sort.by("name").and("id");
        PanacheQuery<PersonJpaEntity> query = search.map(text -> repository.find(
                        "lower(name) like ?1 escape '\\' or email like ?1 escape '\\'", byName, containing(text)))
                .orElseGet(() -> repository.findAll(byName));
        List<Person> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(PersonMapper::toDomain)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /** A LIKE pattern matching the text anywhere, with the text's own wildcards taken literally. */
    private static String containing(String text) {
        String literal = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
