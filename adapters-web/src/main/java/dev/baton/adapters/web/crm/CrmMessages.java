package dev.baton.adapters.web.crm;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the CRM mapping and CRM import pages, used as {@code {crm:key}}. English is written here; Simplified
 * Chinese lives in {@code messages/crm_zh_CN.properties}.
 */
@MessageBundle(value = "crm", locale = "en")
public interface CrmMessages {

    @Message("CRM mapping")
    String mapping_title();

    @Message("Which rows of a HubSpot or Salesforce export belong to this funnel, and which CRM stage is which funnel"
            + " stage. Leave a CRM's stage table empty to leave it unmapped.")
    String mapping_intro();

    @Message("Back to the funnel")
    String back_to_funnel();

    @Message("Pipeline")
    String pipeline();

    @Message("The HubSpot pipeline label (Salesforce: the record type); empty for every row")
    String pipeline_hint();

    @Message("Filter column")
    String filter_column();

    @Message("Filter value")
    String filter_value();

    @Message("Only the rows holding this value in this column of the report belong to the funnel, such as Opportunity"
            + " Type = New Business; both empty for every row")
    String filter_hint();

    @Message("Date format")
    String date_format();

    @Message("As the export writes dates; never guessed. A time after the date is allowed.")
    String date_format_hint();

    @Message("Currency")
    String currency();

    @Message("Each won deal is a new customer")
    String new_customers();

    @Message("Stage table")
    String stages();

    @Message("One line per CRM stage: Contract Sent = opportunity. Nothing after = for a stage such as Closed Lost.")
    String stages_hint();

    @Message("Save mapping")
    String save();

    @Message("Map this funnel to CRM stages")
    String mapping_link();

    @Message("Import from a CRM")
    String import_title();

    @Message("Derive a funnel's monthly deals, average deal value and stage entries from a HubSpot deals export or a"
            + " Salesforce opportunities report (CSV or XLSX), as the CRM writes it. The funnel must be mapped first.")
    String import_intro();

    @Message("Import a HubSpot or Salesforce export")
    String import_link();

    @Message("CRM")
    String source();

    @Message("Deals export (HubSpot) or opportunities report (Salesforce)")
    String file();

    @Message("Opportunity History report (Salesforce, optional)")
    String history();

    @Message("Preview")
    String preview();

    @Message("Import")
    String commit();

    @Message("{rows} rows read; {changed} values would change. Nothing is written yet.")
    String previewed(int rows, int changed);

    @Message("{rows} rows read; {changed} values written.")
    String written(int rows, int changed);

    @Message("{rows} rows read; every value is already stored, nothing changed.")
    String unchanged(int rows);

    @Message("Month")
    String month();

    @Message("Measure")
    String measure();

    @Message("From the file")
    String derived();

    @Message("Stored now")
    String stored();

    @Message("Rows skipped")
    String skipped();

    @Message("Row")
    String row();

    @Message("Reason")
    String reason();

    @Message("Stages seen in the file that the mapping lacks: {stages}")
    String unmapped_seen(String stages);

    @Message("Mapped stages without entry dates in the file: {stages}")
    String without_dates(String stages);

    @Message("the stage is not mapped")
    String reason_unmapped_stage();

    @Message("another pipeline")
    String reason_other_pipeline();

    @Message("{column} is not the filter's value")
    String reason_filtered_out(String column);

    @Message("the amount does not read")
    String reason_unreadable_amount();

    @Message("the date does not read")
    String reason_unreadable_date();
}
