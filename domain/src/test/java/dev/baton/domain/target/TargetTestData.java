package dev.baton.domain.target;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;
import java.util.Optional;

/** Test-data builders for KPI targets: {@code aTarget().forTeam(2).on("cac").atMost("500").build()}. */
public final class TargetTestData {

    public static final TeamId MARKETING = new TeamId(1);
    public static final TeamId SALES = new TeamId(2);
    public static final TeamId PRODUCT = new TeamId(3);
    public static final TeamId CUSTOMER_SUCCESS = new TeamId(4);
    public static final PersonId OWNER = new PersonId(7);
    public static final Period SEPTEMBER_2026 = Period.month(2026, 9);

    private TargetTestData() {}

    public static KpiTargetBuilder aTarget() {
        return new KpiTargetBuilder();
    }

    public static final class KpiTargetBuilder {
        private KpiTargetId id = KpiTargetId.newId();
        private TeamId team = MARKETING;
        private MetricKey metric = MetricKey.of("cac");
        private Optional<StageScope> scope = Optional.empty();
        private Period period = SEPTEMBER_2026;
        private Threshold threshold = Threshold.atMost("500");
        private PersonId owner = OWNER;
        private Optional<String> rationale = Optional.empty();
        private long version;

        public KpiTargetBuilder withId(KpiTargetId id) {
            this.id = id;
            return this;
        }

        public KpiTargetBuilder forTeam(TeamId team) {
            this.team = team;
            return this;
        }

        public KpiTargetBuilder forTeam(long team) {
            return forTeam(new TeamId(team));
        }

        public KpiTargetBuilder on(String metric) {
            this.metric = MetricKey.of(metric);
            this.scope = Optional.empty();
            return this;
        }

        public KpiTargetBuilder on(String metric, String fromStage, String toStage) {
            this.metric = MetricKey.of(metric);
            this.scope = Optional.of(new StageScope(fromStage, toStage));
            return this;
        }

        public KpiTargetBuilder in(Period period) {
            this.period = period;
            return this;
        }

        public KpiTargetBuilder in(String period) {
            return in(Period.parse(period));
        }

        public KpiTargetBuilder withThreshold(Threshold threshold) {
            this.threshold = threshold;
            return this;
        }

        public KpiTargetBuilder atLeast(String minimum) {
            return withThreshold(Threshold.atLeast(minimum));
        }

        public KpiTargetBuilder atMost(String maximum) {
            return withThreshold(Threshold.atMost(maximum));
        }

        public KpiTargetBuilder between(String minimum, String maximum) {
            return withThreshold(Threshold.between(minimum, maximum));
        }

        public KpiTargetBuilder ownedBy(PersonId owner) {
            this.owner = owner;
            return this;
        }

        public KpiTargetBuilder because(String rationale) {
            this.rationale = Optional.ofNullable(rationale);
            return this;
        }

        public KpiTargetBuilder version(long version) {
            this.version = version;
            return this;
        }

        public KpiTarget build() {
            return new KpiTarget(id, team, metric, scope, period, threshold, owner, rationale, version);
        }
    }
}
