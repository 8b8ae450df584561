package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.AlreadyExistsException;
import java.util.Locale;
import java.util.Map;

/**
 * What each unique constraint of the schema means to the person whose write it refused: the field that clashes and
 * the message, in the words of the check that runs before the write. Only a request that raced another past that check
 * ever reaches the constraint.
 */
final class UniqueConstraints {

    /** PostgreSQL's SQLSTATE for a unique or primary-key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private record Clash(String field, String en, String zhCn) {}

    private static final Map<String, Clash> CLASHES = Map.of(
            "team_active_name_uk",
            new Clash("name", "An active team already has this name.", "已有同名的在用团队。"),
            "person_email_uk",
            new Clash("email", "Someone already uses this e-mail address.", "该电子邮件地址已被他人使用。"),
            "kpi_target_slot_uk",
            new Clash(
                    "metric",
                    "The team already holds a target on this metric for this period: change that one.",
                    "该团队在此期间已有该指标的目标:请修改现有目标。"),
            "custom_metric_pkey",
            new Clash(
                    "key", "The catalog already has a metric with this key; choose another key.", "目录中已有此键的指标，请换一个键。"),
            "user_account_pkey",
            new Clash("username", "This username belongs to someone else.", "该用户名已被他人使用。"),
            "user_account_person_id_key",
            new Clash("personId", "This person already has a sign-in.", "此人已有登录账号。"));

    private UniqueConstraints() {}

    static AlreadyExistsException taken(String constraint, String what) {
        Clash clash = constraint == null ? null : CLASHES.get(constraint.toLowerCase(Locale.ROOT));
        if (clash == null) {
            return AlreadyExistsException.of("body", "This " + what + " already exists.", "此记录已存在。");
        }
        return AlreadyExistsException.of(clash.field(), clash.en(), clash.zhCn());
    }
}
