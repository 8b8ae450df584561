package dev.baton.domain.alignment;

import dev.baton.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The known tensions between metrics: data, not code. {@link #defaults()} holds the ones Baton ships with. */
public record TensionCatalog(List<Tension> tensions) {

    private static final LocalizedText VOLUME_VS_QUALITY = LocalizedText.of(
            "volume vs. quality: pushing for more leads or demos brings in weaker prospects, which pulls conversion"
                    + " rates down",
            "数量与质量之争：追求更多线索或演示会带来质量较差的潜在客户，从而拉低转化率");
    private static final LocalizedText SPEND_VS_CAC = LocalizedText.of(
            "CAC is spend divided by new customers: one team raising spend while another pushes CAC down pull the"
                    + " same number in opposite directions",
            "获客成本等于支出除以新客户数：一个团队增加支出、另一个团队压低获客成本，两者在同一个数字上背道而驰");
    private static final LocalizedText CAPPED_GROWTH = LocalizedText.of(
            "with spend capped, winning more new customers means reaching past the cheapest channels, while the"
                    + " other team is held to a lower CAC",
            "在支出封顶的情况下，获取更多新客户需要动用成本更高的渠道，而另一个团队却被要求降低获客成本");

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
