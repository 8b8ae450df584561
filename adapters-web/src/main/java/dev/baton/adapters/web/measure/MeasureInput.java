package dev.baton.adapters.web.measure;

/**
 * One row of the measures form: the measure's key and name, the value as typed (or as recorded), and its error.
 *
 * @param stored after a clash with someone else's recording, the value now stored when it differs from the one typed
 *     (empty otherwise), so the user sees what saving again would overwrite
 */
public record MeasureInput(String key, String label, String value, String error, String stored) {

    /** The form field's name. */
    public String field() {
        return "m." + key;
    }

    /** An HTML id safe for the key ({@code entered:mql} has a colon). */
    public String id() {
        return "measure-" + key.replace(':', '-');
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    public boolean storedDiffers() {
        return !stored.isEmpty();
    }
}
