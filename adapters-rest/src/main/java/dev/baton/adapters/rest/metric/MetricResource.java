package dev.baton.adapters.rest.metric;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.metric.DefineCustomMetricCommand;
import dev.baton.application.metric.DefineCustomMetricUseCase;
import dev.baton.application.metric.EvaluateMetricCommand;
import dev.baton.application.metric.EvaluateMetricUseCase;
import dev.baton.application.metric.GetMetricUseCase;
import dev.baton.application.metric.ListMetricsQuery;
import dev.baton.application.metric.ListMetricsUseCase;
import dev.baton.application.metric.MetricDetails;
import dev.baton.application.metric.MetricKeys;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/metrics")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The metric catalog, custom metrics and a calculator for any metric")
public class MetricResource {

    private final ListMetricsUseCase listMetrics;
    private final GetMetricUseCase getMetric;
    private final EvaluateMetricUseCase evaluateMetric;
    private final DefineCustomMetricUseCase defineMetric;

    @Inject
    public MetricResource(
            ListMetricsUseCase listMetrics,
            GetMetricUseCase getMetric,
            EvaluateMetricUseCase evaluateMetric,
            DefineCustomMetricUseCase defineMetric) {
        this.listMetrics = listMetrics;
        this.getMetric = getMetric;
        this.evaluateMetric = evaluateMetric;
        this.defineMetric = defineMetric;
    }

    @Operation(operationId = "listMetrics", summary = "List the metric catalog")
    @GET
    public MetricListResponse list(@QueryParam("category") String category) {
        return MetricListResponse.of(listMetrics.list(ListMetricsQuery.of(category)).stream()
                .map(MetricResponse::of)
                .toList());
    }

    @Operation(operationId = "getMetric", summary = "Read one metric: definition, formula, inputs, worked example")
    @GET
    @Path("/{key}")
    public MetricResponse get(@PathParam("key") String key) {
        return MetricResponse.of(getMetric.get(MetricKeys.fromPath(key)));
    }

    @Operation(operationId = "evaluateMetric", summary = "Compute a metric from the measures sent")
    @POST
    @Path("/{key}/evaluate")
    public EvaluationResponse evaluate(
            @PathParam("key") String key, EvaluateRequest request, @Context HttpHeaders headers) {
        EvaluateRequest body = Bodies.required(request);
        Optional<EvaluateRequest.ScopeRequest> scope = Optional.ofNullable(body.scope());
        EvaluateMetricCommand command = EvaluateMetricCommand.of(
                MetricKeys.fromPath(key),
                scope.map(EvaluateRequest.ScopeRequest::from).orElse(null),
                scope.map(EvaluateRequest.ScopeRequest::to).orElse(null),
                body.measures());
        return EvaluationResponse.of(evaluateMetric.evaluate(command), headers);
    }

    @Operation(operationId = "defineMetric", summary = "Define a custom metric with a formula")
    @APIResponse(
            responseCode = "201",
            description = "The metric as stored",
            content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response define(CustomMetricRequest request, @Context UriInfo uri) {
        CustomMetricRequest body = Bodies.required(request);
        Optional<Texts> name = Optional.ofNullable(body.name());
        Optional<Texts> description = Optional.ofNullable(body.description());
        MetricDetails details = defineMetric.define(DefineCustomMetricCommand.of(
                body.key(),
                name.map(Texts::en).orElse(null),
                name.map(Texts::zhCn).orElse(null),
                description.map(Texts::en).orElse(null),
                description.map(Texts::zhCn).orElse(null),
                body.unit(),
                body.direction(),
                body.category(),
                body.formula()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(details.key().value()).build())
                .entity(MetricResponse.of(details))
                .build();
    }
}
