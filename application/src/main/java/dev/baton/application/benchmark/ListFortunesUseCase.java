package dev.baton.application.benchmark;

import java.util.List;

public interface ListFortunesUseCase {

    /** Every stored fortune plus one added at request time, sorted by message: the "Fortunes" benchmark's shape. */
    List<Fortune> list();
}
