package dev.baton.application.benchmark.port;

import dev.baton.application.benchmark.Fortune;
import java.util.List;

/** The benchmark baseline's only read: every fortune, in one query. */
public interface Fortunes {

    List<Fortune> all();
}
