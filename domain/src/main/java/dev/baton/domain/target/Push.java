package dev.baton.domain.target;

/** Which way a target pushes its metric: AT_LEAST pushes it up, AT_MOST down; BETWEEN pushes neither way. */
public enum Push {
    UP,
    DOWN
}
