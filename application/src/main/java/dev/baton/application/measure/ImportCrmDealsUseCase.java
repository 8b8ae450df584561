package dev.baton.application.measure;

/** Derives a funnel's monthly measures from a CRM export, previewing them or writing them all or nothing. */
public interface ImportCrmDealsUseCase {

    /**
     * @throws dev.baton.application.shared.InvalidInputException when the funnel has no mapping for the CRM, a column
     *     is missing, or (on commit) a row's amount or date does not read, naming the row and column; nothing is written
     */
    CrmImportReport importDeals(ImportCrmDealsCommand command);
}
