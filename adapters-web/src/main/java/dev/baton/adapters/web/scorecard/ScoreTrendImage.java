package dev.baton.adapters.web.scorecard;

import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.alignment.GetScoreHistoryUseCase;
import dev.baton.application.alignment.ScoreHistory;
import dev.baton.application.alignment.ScoreHistoryQuery;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The scorecard's score trend as an image of its own. The scorecard page stays one reused computation; the trend,
 * which judges five more periods, is asked for by the browser beside it and costs the page nothing when it is reused.
 */
@Path("/scorecard/trend.svg")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
public class ScoreTrendImage {

    static final String SVG = "image/svg+xml";

    private final GetScoreHistoryUseCase history;

    @Inject
    public ScoreTrendImage(GetScoreHistoryUseCase history) {
        this.history = history;
    }

    @GET
    @Produces(SVG)
    public Response trend(@QueryParam("period") String period, @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        ScoreMessages words = MessageBundles.get(ScoreMessages.class, Localized.Literal.of(Language.tag(locale)));
        ScoreHistory scores = history.history(ScoreHistoryQuery.of(period, ScoreHistoryQuery.DEFAULT_COUNT));
        String numbers = scores.points().stream()
                .map(p -> p.period().format() + " " + p.score())
                .collect(Collectors.joining(", "));
        return Response.ok(ScoreTrendDrawing.svg(scores, words.score_trend_label(numbers)))
                .type(SVG + "; charset=UTF-8")
                .header("Cache-Control", "private, max-age=60")
                .build();
    }
}
