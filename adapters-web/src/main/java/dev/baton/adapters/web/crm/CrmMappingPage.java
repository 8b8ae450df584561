package dev.baton.adapters.web.crm;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.crm.GetCrmMappingUseCase;
import dev.baton.application.crm.SetCrmMappingCommand;
import dev.baton.application.crm.SetCrmMappingUseCase;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** An admin maps a funnel to the stages of HubSpot and Salesforce (see docs/crm-import.md). */
@Path("/admin/funnels/{id}/crm-mapping")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CrmMappingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CrmMappingForm form, FormErrors errors, boolean saved);
    }

    private final GetCrmMappingUseCase getMapping;
    private final SetCrmMappingUseCase setMapping;

    @Inject
    public CrmMappingPage(GetCrmMappingUseCase getMapping, SetCrmMappingUseCase setMapping) {
        this.getMapping = getMapping;
        this.setMapping = setMapping;
    }

    @GET
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        return Templates.form(CrmMappingForm.of(id, getMapping.get(id)), FormErrors.none(), saved)
                .data("nav", "admin");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @RestForm("hubspot_pipeline") String hsPipeline,
            @RestForm("hubspot_dateFormat") String hsFormat,
            @RestForm("hubspot_currency") String hsCurrency,
            @RestForm("hubspot_newCustomers") boolean hsNew,
            @RestForm("hubspot_stages") String hsStages,
            @RestForm("salesforce_pipeline") String sfPipeline,
            @RestForm("salesforce_dateFormat") String sfFormat,
            @RestForm("salesforce_currency") String sfCurrency,
            @RestForm("salesforce_newCustomers") boolean sfNew,
            @RestForm("salesforce_stages") String sfStages,
            @RestForm("salesforce_filterColumn") String sfFilterColumn,
            @RestForm("salesforce_filterValue") String sfFilterValue,
            @Context HttpHeaders headers) {
        CrmMappingForm form = new CrmMappingForm(
                id,
                new CrmMappingForm.Source(hsPipeline, hsFormat, hsCurrency, hsNew, hsStages, "", ""),
                new CrmMappingForm.Source(
                        sfPipeline, sfFormat, sfCurrency, sfNew, sfStages, sfFilterColumn, sfFilterValue));
        try {
            setMapping.set(SetCrmMappingCommand.of(
                    id, form.hubspot().input(), form.salesforce().input()));
            return Response.seeOther(URI.create("/admin/funnels/" + id + "/crm-mapping?saved=true"))
                    .build();
        } catch (InvalidInputException e) {
            // a stage's error is shown under the stage table it was typed in
            FormErrors errors = FormErrors.of(
                    e.errors().stream()
                            .map(error -> error.field().matches("(hubspot|salesforce)\\.stages.*")
                                    ? new FieldError(error.field().replaceAll("\\.stages.*", ".stages"), error.phrase())
                                    : error)
                            .toList(),
                    Language.of(headers));
            return Response.status(422)
                    .entity(Templates.form(form, errors, false).data("nav", "admin"))
                    .build();
        }
    }
}
