package dev.baton.adapters.web.preference;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the preferences page, the unsubscribe page and the admin's chat webhook page, used as
 * {@code {pref:key}}. English is written here; Simplified Chinese lives in {@code messages/pref_zh_CN.properties}.
 */
@MessageBundle(value = "pref", locale = "en")
public interface PreferenceMessages {

    @Message("Preferences")
    String title();

    @Message("Your language and the weekly digest. They are yours alone: nobody else can change them.")
    String intro();

    @Message("Language")
    String language();

    @Message("The language of Baton's pages after you sign in, and of your mail.")
    String language_hint();

    @Message("Weekly digest")
    String digest();

    @Message("Send me the weekly digest by e-mail")
    String digest_wanted();

    @Message("Save preferences")
    String save();

    @Message("Your preferences are saved.")
    String saved();

    @Message("Someone changed your preferences or your person since you opened this page. What is stored now is shown;"
            + " choose again and save.")
    String stale();

    @Message("Unsubscribe from the weekly digest")
    String unsubscribe_title();

    @Message("This turns off the weekly digest this link was sent with. Nothing else changes, and you can turn it back"
            + " on in your preferences.")
    String unsubscribe_intro();

    @Message("Turn the digest off")
    String unsubscribe_button();

    @Message("You will no longer get the digest.")
    String unsubscribed();

    @Message("To get it again, or to change your language, sign in and open your preferences.")
    String unsubscribed_hint();

    @Message("Open my preferences")
    String to_preferences();

    @Message("Notifications")
    String hooks_nav();

    @Message("Chat webhooks")
    String hooks_title();

    @Message(
            "Baton posts the weekly digest's headline and each alert as JSON with a \"text\" field to an incoming-webhook URL, the"
                    + " format of Slack, Mattermost and Microsoft Teams. Set one for the whole company, and one per team. The URL"
                    + " is the channel's secret: only admins see it, and the audit trail keeps its host only.")
    String hooks_intro();

    @Message("Company")
    String hooks_company();

    @Message("Webhook URL")
    String hooks_url();

    @Message("Webhook URL of {team}")
    String hooks_url_of(String team);

    @Message("Not set")
    String hooks_not_set();

    @Message("Save webhook")
    String hooks_save();

    @Message("Clear webhook")
    String hooks_clear();

    @Message("Clear the webhook of {team}")
    String hooks_clear_of(String team);

    @Message("Team")
    String hooks_team();

    @Message("There are no active teams yet.")
    String hooks_no_teams();

    @Message("The webhook is saved.")
    String hooks_saved();

    @Message("The webhook is cleared.")
    String hooks_cleared();

    @Message(
            "Someone changed this webhook since you opened the page. What is stored now is shown; what you typed is kept"
                    + " in the field.")
    String hooks_stale();
}
