package dev.baton.adapters.web.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The start page sends readers to where the work is. */
@Path("/")
public class HomePage {

    @GET
    public Response home() {
        return Html.redirect("/admin/teams");
    }
}
