package dev.baton.adapters.web.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The start page sends readers to the scorecard, where the state of alignment is seen at once. */
@Path("/")
public class HomePage {

    @GET
    public Response home() {
        return Html.redirect("/scorecard");
    }
}
