package dev.baton.adapters.web.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text on Baton's pages. English is written here; Simplified Chinese lives in {@code messages/msg_zh_CN.properties}.
 * Qute checks at build time that templates use only keys that exist.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Baton")
    String app_name();

    @Message("Shared KPIs across the customer journey")
    String app_tagline();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main navigation")
    String nav_label();

    @Message("Teams")
    String nav_teams();

    @Message("People")
    String nav_people();

    @Message("Metrics")
    String nav_metrics();

    @Message("Measures")
    String nav_measures();

    @Message("Language")
    String language();

    @Message("Saved.")
    String saved();

    @Message("Please correct the fields marked below.")
    String form_has_errors();

    @Message("Name")
    String field_name();

    @Message("Department")
    String field_kind();

    @Message("Owner")
    String field_owner();

    @Message("E-mail")
    String field_email();

    @Message("Roles")
    String field_roles();

    @Message("Members")
    String field_members();

    @Message("Status")
    String field_status();

    @Message("Choose…")
    String choose();

    @Message("All departments")
    String all_kinds();

    @Message("Filter")
    String filter();

    @Message("Show archived teams")
    String show_archived();

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("Page {page} of {pages} · {total} in all")
    String page_position(int page, int pages, long total);

    @Message("Active")
    String status_active();

    @Message("Archived")
    String status_archived();

    @Message(
            "{#when kind}{#is 'MARKETING'}Marketing{#is 'SALES'}Sales{#is 'PRODUCT'}Product{#is 'CUSTOMER_SUCCESS'}Customer success{#is 'FINANCE'}Finance{#else}Other{/when}")
    String kind(String kind);

    @Message("{#when role}{#is 'ADMIN'}Admin{#is 'TEAM_LEAD'}Team lead{#else}Executive{/when}")
    String role(String role);

    @Message("New team")
    String team_new();

    @Message("Create team")
    String team_create();

    @Message("No teams yet. Create the first one with the form.")
    String teams_empty();

    @Message("No teams match this filter.")
    String teams_none_match();

    @Message("Edit team")
    String team_edit();

    @Message("Save changes")
    String save();

    @Message("Add member")
    String member_add();

    @Message("Remove")
    String member_remove();

    @Message("No members yet.")
    String members_empty();

    @Message("Archive team")
    String team_archive();

    @Message("An archived team keeps its history but can no longer hold targets or own stages.")
    String team_archive_hint();

    @Message("This team is archived.")
    String team_is_archived();

    @Message("Back to teams")
    String back_to_teams();

    @Message("Add people first: a team needs an owner.")
    String team_needs_people();

    @Message("New person")
    String person_new();

    @Message("Add person")
    String person_create();

    @Message("No people yet. Add the first one with the form.")
    String people_empty();

    @Message("Nobody matches this search.")
    String people_none_match();

    @Message("Search by name or e-mail")
    String people_search();

    @Message("Edit person")
    String person_edit();

    @Message("Back to people")
    String back_to_people();

    @Message(
            "{#when status}{#is 404}Not found{#is 403}You may not do this{#is 409}Someone else changed this first{#is 503}Baton cannot reach its database just now{#is 400}This request cannot be served{#else}Something went wrong on our side{/when}")
    String error_title(int status);

    @Message(
            "{#when status}{#is 404}The page or record you asked for does not exist.{#is 403}Your role does not allow this. Ask an admin if you need it.{#is 409}Your change was not applied. Reload the page to see the current state, then apply your change again.{#is 503}Nothing was changed. Please try again in a moment.{#is 400}Please check the address or the form and try again.{#else}The error was logged. Please try again in a moment.{/when}")
    String error_detail(int status);

    @Message("Go to the start page")
    String error_home();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("You are signed out.")
    String signed_out();

    @Message(
            "Sign-in failed: check the username and password. After 5 failed attempts in a row, sign-in for that name pauses for 15 minutes.")
    String sign_in_failed();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Sign in with single sign-on")
    String sso_link();

    @Message(
            "{#when code}{#is 'no-account'}Single sign-on recognised you, but your account there has no Baton sign-in. Ask an admin to give you one."
                    + "{#is 'unavailable'}The single sign-on service cannot be reached right now. Try again later, or sign in with your username and password."
                    + "{#else}Single sign-on did not complete. Try again, or sign in with your username and password.{/when}")
    String sso_problem(String code);

    @Message("You are signed in")
    String sso_signed_in();

    @Message("Continue to Baton")
    String sso_continue();

    @Message("Sign-in")
    String account();

    @Message(
            "Give this person a username and an initial password, or set a new password. Their roles decide what they may do.")
    String account_hint();

    @Message("New password")
    String new_password();

    @Message("Save sign-in")
    String account_save();

    @Message("API tokens")
    String tokens_title();

    @Message("A token lets a script or an integration call Baton's API as you, with the roles you hold when it calls:"
            + " send it as 'Authorization: Bearer <token>'. It is shown once, when you create it. Revoke it when"
            + " it is no longer needed or may have leaked.")
    String tokens_hint();

    @Message("You have no API tokens.")
    String tokens_empty();

    @Message("Created")
    String token_created_at();

    @Message("Last used")
    String token_last_used();

    @Message("Expires")
    String token_expires();

    @Message("never")
    String token_never_used();

    @Message("New token")
    String token_new();

    @Message("Expires on (empty: in 90 days, at most a year)")
    String token_expires_field();

    @Message("Create token")
    String token_create();

    @Message("Revoke")
    String token_revoke();

    @Message("The token was revoked.")
    String token_revoked();

    @Message("Copy this token now: Baton keeps only a hash of it and cannot show it again.")
    String token_copy_now();

    @Message("Token “{name}”")
    String token_secret_label(String name);

    @Message("Audit trail")
    String nav_audit();

    @Message("Funnels")
    String nav_funnels();

    @Message("Targets")
    String nav_targets();

    @Message("Scorecard")
    String nav_scorecard();

    @Message("What changed")
    String audit_entity();

    @Message("Any")
    String audit_any();

    @Message("Team")
    String audit_team();

    @Message("Who")
    String audit_actor();

    @Message("When")
    String audit_when();

    @Message("What")
    String audit_what();

    @Message("Change")
    String audit_change();

    @Message("Before and after")
    String audit_before_after();

    @Message("No changes recorded yet for this filter.")
    String audit_empty();
}
