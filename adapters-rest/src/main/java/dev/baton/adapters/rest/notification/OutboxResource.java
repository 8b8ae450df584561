package dev.baton.adapters.rest.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.shared.PageResponse;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.notification.outbox.OutboxItem;
import dev.baton.application.notification.outbox.ReadOutboxUseCase;
import dev.baton.application.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications/outbox")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The weekly digest, alerts and the outbox they are kept in")
public class OutboxResource {

    private final ReadOutboxUseCase readOutbox;

    @Inject
    public OutboxResource(ReadOutboxUseCase readOutbox) {
        this.readOutbox = readOutbox;
    }

    /**
     * Fields without a value (the HTML part of a chat post, the reason of a message that never failed, the unsubscribe
     * link of a mail kept before the header existed) are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutboxMessageResponse(
            long id,
            @Schema(enumeration = {"MAIL", "CHAT"}) String channel,
            @Schema(description = "An e-mail address, or a chat's incoming-webhook URL") String to,
            String subject,
            String text,
            @Schema(description = "The HTML part of a mail; absent for a chat post") String html,
            @Schema(description = "What the message is about: digest, alert, proposal") String kind,
            @Schema(
                            enumeration = {"KEPT", "SENT", "FAILED"},
                            description =
                                    "KEPT waits for delivery (for ever, for mail, while no mail server is configured); SENT went out; FAILED went wrong and is retried at nextAttemptAt")
                    String status,
            Instant createdAt,
            int attempts,
            @Schema(description = "Why the last attempt failed") String lastError,
            @Schema(description = "When a FAILED message is tried again; absent once it is given up")
                    Instant nextAttemptAt,
            Instant sentAt,
            @Schema(description = "FAILED for the last time: it is tried no more") boolean givenUp,
            @Schema(
                            description =
                                    "The one-click unsubscribe URL of a mail's List-Unsubscribe header (RFC 8058); absent for a chat post and for a mail kept before the header existed")
                    String listUnsubscribe) {

        static OutboxMessageResponse of(OutboxItem item) {
            return new OutboxMessageResponse(
                    item.id(),
                    item.channel().name(),
                    item.to(),
                    item.subject(),
                    item.text(),
                    item.html().orElse(null),
                    item.kind(),
                    item.status().name(),
                    item.createdAt(),
                    item.attempts(),
                    item.lastError().orElse(null),
                    item.nextAttemptAt().orElse(null),
                    item.sentAt().orElse(null),
                    item.givenUp(),
                    item.listUnsubscribe().orElse(null));
        }
    }

    @Operation(operationId = "listOutbox", summary = "Read the outbox, newest first (admins only)")
    @GET
    public PageResponse<OutboxMessageResponse> list(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageResponse.of(readOutbox.read(PageRequest.of(page, size)), OutboxMessageResponse::of);
    }
}
