package fr.onboarding.structure.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.account.PortalUser;
import fr.onboarding.structure.AttachmentStatus;
import fr.onboarding.structure.AttachmentWish;

@RestController
class AttachmentRequestController {

    private final AttachmentRequests requests;

    AttachmentRequestController(AttachmentRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/me/attachment-requests")
    @ApiResponse(responseCode = "202", description = "Request recorded: PENDING, or decided at once by attachment-policy (APPROVED, REFUSED)")
    ResponseEntity<Accepted> request(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody AttachmentWish body) {
        Membership membership = requests.request(user.accountId(), body);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(membership.getId(), membership.getStatus()));
    }

    record Accepted(String requestId, AttachmentStatus status) {
    }
}
