package dev.baton.adapters.web.metric;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.metric.EvaluateMetricUseCase;
import dev.baton.application.metric.GetMetricUseCase;
import dev.baton.application.metric.ListMetricsQuery;
import dev.baton.application.metric.ListMetricsUseCase;
import dev.baton.application.metric.MetricDetails;
import dev.baton.application.metric.MetricEvaluation;
import dev.baton.application.metric.MetricKeys;
import dev.baton.application.metric.WorkedExample;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.metric.evaluation.MetricValue;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The metric catalog for every reader, and one page per metric with its definition and a calculator. */
@Path("/metrics")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class MetricsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<CategoryGroup> groups);

        static native TemplateInstance metric(
                MetricView metric,
                List<ExampleLine> example,
                String exampleResult,
                List<CalculatorField> fields,
                CalculatorResult result,
                FormErrors errors);
    }

    private final ListMetricsUseCase listMetrics;
    private final GetMetricUseCase getMetric;
    private final EvaluateMetricUseCase evaluateMetric;

    @Inject
    public MetricsPage(
            ListMetricsUseCase listMetrics, GetMetricUseCase getMetric, EvaluateMetricUseCase evaluateMetric) {
        this.listMetrics = listMetrics;
        this.getMetric = getMetric;
        this.evaluateMetric = evaluateMetric;
    }

    @GET
    public TemplateInstance catalog(@Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        List<MetricDetails> all = listMetrics.list(ListMetricsQuery.all());
        List<CategoryGroup> groups = new ArrayList<>();
        for (Category category : Category.values()) {
            List<MetricRow> inCategory = all.stream()
                    .filter(details -> details.definition().category() == category)
                    .map(details -> MetricRow.of(details, locale))
                    .toList();
            groups.add(new CategoryGroup(
                    category.name(),
                    inCategory.stream().filter(row -> !row.measure()).toList(),
                    inCategory.stream().filter(MetricRow::measure).toList()));
        }
        return Templates.catalog(groups).data("nav", "metrics");
    }

    @GET
    @Path("/{key}")
    public Response metric(@PathParam("key") String key, @Context HttpHeaders headers) {
        MetricDetails details = getMetric.get(MetricKeys.fromPath(key));
        return metricPage(details, CalculatorForm.fresh(details), Optional.empty(), FormErrors.none(), headers, 200);
    }

    @POST
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response compute(
            @PathParam("key") String key, MultivaluedMap<String, String> posted, @Context HttpHeaders headers) {
        MetricDetails details = getMetric.get(MetricKeys.fromPath(key));
        CalculatorForm form = CalculatorForm.typed(details, name -> posted == null ? null : posted.getFirst(name));
        try {
            MetricEvaluation evaluation = evaluateMetric.evaluate(form.command());
            return metricPage(details, form, Optional.of(evaluation), FormErrors.none(), headers, 200);
        } catch (InvalidInputException e) {
            FormErrors errors = FormErrors.of(form.errorsFor(e.errors()), Language.of(headers));
            return metricPage(details, form, Optional.empty(), errors, headers, 422);
        }
    }

    private Response metricPage(
            MetricDetails details,
            CalculatorForm form,
            Optional<MetricEvaluation> evaluation,
            FormErrors errors,
            HttpHeaders headers,
            int status) {
        Locale locale = Language.of(headers);
        List<ExampleLine> example = details.example()
                .map(worked -> worked.inputs().entrySet().stream()
                        .map(entry -> new ExampleLine(
                                entry.getKey().value(),
                                details.nameOf(entry.getKey(), locale),
                                DisplayNumbers.exact(entry.getValue())))
                        .toList())
                .orElse(List.of());
        String exampleResult = details.example()
                .map(WorkedExample::result)
                .map(DisplayNumbers::exact)
                .orElse("");
        CalculatorResult result = evaluation.map(e -> result(e, locale)).orElse(null);
        return Response.status(status)
                .entity(Templates.metric(
                                MetricView.of(details, locale),
                                example,
                                exampleResult,
                                form.fields(locale),
                                result,
                                errors)
                        .data("nav", "metrics"))
                .build();
    }

    private static CalculatorResult result(MetricEvaluation evaluation, Locale locale) {
        String unit = evaluation.definition().unit().name();
        if (evaluation.value() instanceof MetricValue.Computed computed) {
            return CalculatorResult.value(DisplayNumbers.exact(computed.value()), unit);
        }
        MetricValue.Unavailable unavailable = (MetricValue.Unavailable) evaluation.value();
        return CalculatorResult.none(unit, Phrasebook.word(unavailable.reason().phrase(), locale));
    }
}
