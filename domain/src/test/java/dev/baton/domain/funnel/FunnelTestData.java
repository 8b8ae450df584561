package dev.baton.domain.funnel;

import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.List;

/** Test-data builders for funnels: {@code aFunnel().stage("mql", MARKETING).stage("sql", SALES).build()}. */
public final class FunnelTestData {

    private FunnelTestData() {}

    public static FunnelBuilder aFunnel() {
        return new FunnelBuilder();
    }

    public static final class FunnelBuilder {
        private String name = "Main";
        private final List<Stage> stages = new ArrayList<>();

        public FunnelBuilder named(String name) {
            this.name = name;
            return this;
        }

        public FunnelBuilder stage(String key, TeamId owner) {
            stages.add(new Stage(key, key.toUpperCase(java.util.Locale.ROOT), owner));
            return this;
        }

        public Funnel build() {
            return new Funnel(name, stages);
        }
    }
}
