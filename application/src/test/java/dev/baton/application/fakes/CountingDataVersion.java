package dev.baton.application.fakes;

import dev.baton.application.shared.port.DataVersion;

/** A data version a test moves on by hand, as a commit would. */
public final class CountingDataVersion implements DataVersion {

    private long commits;

    /** Some change was committed. */
    public void commit() {
        commits++;
    }

    @Override
    public String current() {
        return "v" + commits;
    }
}
