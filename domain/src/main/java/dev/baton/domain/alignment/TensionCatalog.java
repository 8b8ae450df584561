package dev.baton.domain.alignment;

import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The known tensions between metrics: data, not code; each reason is a phrase code ({@code tension.…}) the bundles
 * word. {@link #defaults()} holds the ones Baton ships with.
 */
public record TensionCatalog(List<Tension> tensions) {

    private static final Phrase VOLUME_VS_QUALITY = Phrase.of("tension.VOLUME_VS_QUALITY");
    private static final Phrase SPEND_VS_CAC = Phrase.of("tension.SPEND_VS_CAC");
    private static final Phrase CAPPED_GROWTH = Phrase.of("tension.CAPPED_GROWTH");

    public TensionCatalog {
        tensions = List.copyOf(Objects.requireNonNull(tensions, "tensions"));
    }

    public static TensionCatalog empty() {
        return new TensionCatalog(List.of());
    }

    /** Volume vs. quality, CAC vs. spend, and growth vs. CAC under a capped budget. */
    public static TensionCatalog defaults() {
        List<Tension> list = new ArrayList<>();
        for (String volume : List.of("demo_count", "lead_count")) {
            list.add(new Tension(
                    Tension.Side.up(volume), Tension.Side.up("paid_conversion_rate"), VOLUME_VS_QUALITY, null));
            list.add(new Tension(
                    Tension.Side.up(volume),
                    Tension.Side.up("stage_conversion_rate").between("sql", "customer"),
                    VOLUME_VS_QUALITY,
                    null));
        }
        for (String spend : List.of("marketing_expense", "sales_expense")) {
            list.add(new Tension(Tension.Side.down("cac"), Tension.Side.up(spend), SPEND_VS_CAC, null));
        }
        list.add(new Tension(Tension.Side.up("new_customers"), Tension.Side.down("cac"), CAPPED_GROWTH, null)
                .onlyWhenCapped("marketing_expense", "sales_expense"));
        return new TensionCatalog(list);
    }

    public TensionCatalog with(Tension tension) {
        List<Tension> list = new ArrayList<>(tensions);
        list.add(tension);
        return new TensionCatalog(list);
    }
}
