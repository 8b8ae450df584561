package dev.baton.adapters.web.measure;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.funnel.ListFunnelsUseCase;
import dev.baton.application.measure.GetPeriodMeasuresUseCase;
import dev.baton.application.measure.ImportMeasuresCommand;
import dev.baton.application.measure.ImportMeasuresUseCase;
import dev.baton.application.measure.MeasureFileText;
import dev.baton.application.measure.PeriodMeasuresQuery;
import dev.baton.application.measure.RecordMeasuresCommand;
import dev.baton.application.measure.RecordMeasuresUseCase;
import dev.baton.application.metric.ListMetricsQuery;
import dev.baton.application.metric.ListMetricsUseCase;
import dev.baton.application.metric.MetricDetails;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.period.Period;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Recording a period's measures with a form, and importing them from a CSV file with a check before the commit. Every
 * signed-in role reads; admins and team leads record and import (the use cases decide).
 */
@Path("/measures")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class MeasuresPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance period(
                String period,
                String funnel,
                String funnelName,
                List<FunnelChoice> funnels,
                List<MeasureInput> inputs,
                List<MeasureOption> options,
                String extraKey,
                String extraValue,
                String extraError,
                FormErrors errors,
                boolean invalid,
                boolean clash,
                long version,
                boolean mayRecord,
                boolean saved);

        static native TemplateInstance upload(String csv, Optional<ImportView> result, boolean fromFile);
    }

    /** Shown even when empty, so a new period's form is never blank. */
    static final List<String> COMMON = List.of(
            "revenue", "orders", "new_customers", "marketing_expense", "sales_expense", "leads", "sqls", "won_deals");

    private static final String PREFIX = "m.";

    /** Errors shown above the form rather than beside a measure. */
    private static final Set<String> GENERAL_FIELDS = Set.of("period", "funnel", "body", "version");

    private final GetPeriodMeasuresUseCase getMeasures;
    private final RecordMeasuresUseCase recordMeasures;
    private final ImportMeasuresUseCase importMeasures;
    private final ListMetricsUseCase listMetrics;
    private final ListFunnelsUseCase listFunnels;
    private final SecurityIdentity identity;
    private final Clock clock;

    @Inject
    public MeasuresPage(
            GetPeriodMeasuresUseCase getMeasures,
            RecordMeasuresUseCase recordMeasures,
            ImportMeasuresUseCase importMeasures,
            ListMetricsUseCase listMetrics,
            ListFunnelsUseCase listFunnels,
            SecurityIdentity identity,
            Clock clock) {
        this.listFunnels = listFunnels;
        this.getMeasures = getMeasures;
        this.recordMeasures = recordMeasures;
        this.importMeasures = importMeasures;
        this.listMetrics = listMetrics;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    public Response period(
            @QueryParam("period") String period,
            @QueryParam("funnel") String funnel,
            @QueryParam("saved") boolean saved,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        String asked = period == null || period.isBlank()
                ? Period.month(YearMonth.now(clock)).format()
                : period.strip();
        String funnelText = funnel == null ? "" : funnel.strip();
        PeriodMeasures measures;
        try {
            measures = getMeasures.get(PeriodMeasuresQuery.of(asked, funnelText));
        } catch (InvalidInputException e) {
            return page(asked, funnelText, Stored.NONE, Typed.NONE, e.errors(), false, false, locale, 422);
        }
        return page(
                measures.period().format(),
                funnelText,
                Stored.of(measures),
                Typed.NONE,
                List.of(),
                false,
                saved,
                locale,
                200);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> posted, @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        String period = field(posted, "period");
        String funnel = field(posted, "funnel");
        String extraKey = field(posted, "extraKey").strip();
        String extraValue = field(posted, "extraValue");
        Map<String, String> typed = new LinkedHashMap<>();
        if (posted != null) {
            posted.forEach((name, values) -> {
                if (name.startsWith(PREFIX) && !values.isEmpty()) {
                    typed.put(name.substring(PREFIX.length()), values.get(0));
                }
            });
        }
        Map<String, String> given = new LinkedHashMap<>();
        typed.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(key, value);
            }
        });
        if (!extraKey.isEmpty() || !extraValue.isBlank()) {
            given.put(extraKey, extraValue);
        }
        Typed typing = new Typed(typed, extraKey, extraValue);
        try {
            PeriodMeasures stored =
                    recordMeasures.record(RecordMeasuresCommand.of(period, funnel, field(posted, "version"), given));
            return Html.redirect("/measures?period=" + stored.period().format()
                    + (stored.funnel().organisationWide()
                            ? ""
                            : "&funnel=" + stored.funnel().id())
                    + "&saved=true");
        } catch (InvalidInputException e) {
            // The form goes on against the version it was opened with, so a clash in between is still caught.
            Stored stored = storedOrNone(period, funnel).openedAt(field(posted, "version"));
            return page(period, funnel, stored, typing, e.errors(), false, false, locale, 422);
        } catch (ConcurrentEditException e) {
            // Someone recorded this sheet since the form was opened: keep what was typed, show what is stored now.
            return page(period, funnel, storedOrNone(period, funnel), typing, List.of(), true, false, locale, 409);
        }
    }

    private Stored storedOrNone(String period, String funnel) {
        try {
            return Stored.of(getMeasures.get(PeriodMeasuresQuery.of(period, funnel)));
        } catch (InvalidInputException badPeriodOrFunnel) {
            // The form shows the period's error; there is nothing recorded to show beside it.
            return Stored.NONE;
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @GET
    @Path("/import")
    public TemplateInstance upload() {
        return Templates.upload("", Optional.empty(), false).data("nav", "measures");
    }

    /** The form with a file chooser: a file of any size (up to the request limit) goes through the file input. */
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(
            @RestForm("file") FileUpload file,
            @RestForm("csv") String pasted,
            @RestForm("mode") String mode,
            @Context HttpHeaders headers) {
        boolean fromFile = file != null && file.size() > 0;
        if (!fromFile) {
            return importPage(pasted, () -> ImportMeasuresCommand.of(pasted, mode), false, headers);
        }
        // The part's own Content-Type declares the file's charset, if anything does; see MeasureFileText.
        String declared = MeasureFileText.charsetOf(file.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        return importPage("", () -> ImportMeasuresCommand.ofFile(read(file), declared, mode), true, headers);
    }

    /** Pasted rows sent as a plain form. */
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importText(
            @RestForm("csv") String pasted, @RestForm("mode") String mode, @Context HttpHeaders headers) {
        return importPage(pasted, () -> ImportMeasuresCommand.of(pasted, mode), false, headers);
    }

    private Response importPage(
            String shown, Supplier<ImportMeasuresCommand> command, boolean fromFile, HttpHeaders headers) {
        Locale locale = Language.of(headers);
        try {
            ImportView view = ImportView.of(importMeasures.importCsv(command.get()), locale);
            int status = view.clean() ? 200 : 422;
            return Response.status(status)
                    .entity(Templates.upload(shown == null ? "" : shown, Optional.of(view), fromFile)
                            .data("nav", "measures"))
                    .build();
        } catch (InvalidInputException e) {
            ImportView view = new ImportView(
                    0,
                    e.errors().size(),
                    false,
                    true,
                    e.errors().stream()
                            .map(error ->
                                    new ImportView.Line(0, error.field(), Phrasebook.word(error.phrase(), locale)))
                            .toList());
            return Response.status(422)
                    .entity(Templates.upload(shown == null ? "" : shown, Optional.of(view), fromFile)
                            .data("nav", "measures"))
                    .build();
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file could not be read", e);
        }
    }

    private Response page(
            String period,
            String funnel,
            Stored stored,
            Typed typed,
            List<FieldError> fieldErrors,
            boolean clash,
            boolean saved,
            Locale locale,
            int status) {
        Map<String, String> names = new LinkedHashMap<>();
        List<MeasureOption> options = new ArrayList<>();
        for (MetricDetails details : listMetrics.list(ListMetricsQuery.all())) {
            MetricDefinition definition = details.definition();
            if (definition.isMeasure()) {
                String label = definition.name().in(locale);
                names.put(definition.key().value(), label);
                options.add(new MeasureOption(definition.key().value(), label));
            }
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            byField.merge(error.field(), Phrasebook.word(error.phrase(), locale), (a, b) -> a + " " + b);
        }
        Set<String> keys = new LinkedHashSet<>(stored.values().keySet());
        keys.addAll(COMMON);
        keys.addAll(typed.values().keySet());
        List<MeasureInput> inputs = new ArrayList<>();
        for (String key : keys) {
            String recorded = stored.values().getOrDefault(key, "");
            String given = typed.values().get(key);
            String value = given != null && !(clash && given.isBlank()) ? given : recorded;
            String now = clash && differs(value, recorded) ? recorded : "";
            inputs.add(new MeasureInput(key, names.getOrDefault(key, key), value, byField.getOrDefault(key, ""), now));
        }
        String extraKey = typed.extraKey();
        String extraError = extraKey.isEmpty() ? byField.getOrDefault("", "") : byField.getOrDefault(extraKey, "");
        if (keys.contains(extraKey)) {
            extraError = "";
        }
        List<FieldError> general = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            if (GENERAL_FIELDS.contains(error.field())) {
                general.add(error);
            }
        }
        FormErrors errors = fieldErrors.isEmpty() ? FormErrors.none() : FormErrors.of(general, locale);
        boolean mayRecord = identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.TEAM_LEAD);
        List<FunnelChoice> funnels = listFunnels.list().stream()
                .map(f -> new FunnelChoice(Long.toString(f.id()), f.funnel().name()))
                .toList();
        String funnelName = funnels.stream()
                .filter(choice -> choice.id().equals(funnel))
                .map(FunnelChoice::name)
                .findFirst()
                .orElse("");
        TemplateInstance template = Templates.period(
                        period,
                        funnel,
                        funnelName,
                        funnels,
                        inputs,
                        options,
                        extraKey,
                        typed.extraValue(),
                        extraError,
                        errors,
                        !fieldErrors.isEmpty(),
                        clash,
                        stored.version(),
                        mayRecord,
                        saved)
                .data("nav", "measures");
        return Response.status(status).entity(template).build();
    }

    /** Whether a typed value would change the recorded one; text that is no number always does. */
    private static boolean differs(String typed, String recorded) {
        if (recorded.isEmpty() || typed.isBlank()) {
            return false;
        }
        try {
            return !MeasureValue.parse(typed).equals(MeasureValue.parse(recorded));
        } catch (IllegalArgumentException notANumber) {
            return true;
        }
    }

    /** What the sheet holds, as the form shows it, and the version the form is entered against. */
    private record Stored(Map<String, String> values, long version) {

        static final Stored NONE = new Stored(Map.of(), 0);

        static Stored of(PeriodMeasures measures) {
            Map<String, String> values = new LinkedHashMap<>();
            measures.values().forEach((key, value) -> values.put(key.value(), value.format()));
            return new Stored(values, measures.version());
        }

        /** These values with the version a form was opened at, when it posted a readable one. */
        Stored openedAt(String postedVersion) {
            try {
                long opened = Long.parseLong(postedVersion.strip());
                return opened >= 0 ? new Stored(values, opened) : this;
            } catch (NumberFormatException unreadable) {
                return this;
            }
        }
    }

    /** A funnel offered by the picker: its id, the value the form sends, and its name. */
    public record FunnelChoice(String id, String name) {}

    /** What the user typed into the form, kept when it is shown again. */
    private record Typed(Map<String, String> values, String extraKey, String extraValue) {

        static final Typed NONE = new Typed(Map.of(), "", "");
    }

    private static String field(MultivaluedMap<String, String> posted, String name) {
        String value = posted == null ? null : posted.getFirst(name);
        return value == null ? "" : value;
    }
}
