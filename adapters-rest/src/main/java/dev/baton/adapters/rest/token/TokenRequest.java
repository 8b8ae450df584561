package dev.baton.adapters.rest.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TokenRequest(
        @Schema(description = "What the token is for, to recognise it in the list", example = "CRM sync") String name,
        @Schema(
                        description =
                                "When it stops working: an ISO-8601 date-time or a date (midnight UTC); at most a year"
                                        + " ahead, 90 days when left out",
                        example = "2027-03-31T00:00:00Z")
                String expiresAt) {}
