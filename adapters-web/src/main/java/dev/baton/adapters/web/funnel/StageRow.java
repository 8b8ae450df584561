package dev.baton.adapters.web.funnel;

/** One stage row of the funnel form, exactly as typed; {@code index} ties it to the error paths (stages[1].team). */
public record StageRow(int index, String key, String name, String team) {

    public boolean blank() {
        return isBlank(key) && isBlank(name) && isBlank(team);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public int number() {
        return index + 1;
    }

    public String keyField() {
        return "stages[" + index + "].key";
    }

    public String nameField() {
        return "stages[" + index + "].name";
    }

    public String teamField() {
        return "stages[" + index + "].team";
    }

    public boolean teamIs(Long id) {
        return team != null && team.equals(Long.toString(id));
    }
}
