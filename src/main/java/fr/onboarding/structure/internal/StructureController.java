package fr.onboarding.structure.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.account.PortalUser;
import fr.onboarding.web.RateLimits;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.LookupResult;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.StructureStatus;

@RestController
class StructureController {

    private final StructureLookup lookup;
    private final PublicStructureRequests requests;
    private final RateLimits rateLimits;
    private final MessageSource messages;

    StructureController(StructureLookup lookup, PublicStructureRequests requests, RateLimits rateLimits,
                        MessageSource messages) {
        this.lookup = lookup;
        this.requests = requests;
        this.rateLimits = rateLimits;
        this.messages = messages;
    }

    /** Public (the registration form uses it before any login), so rate-limited per client address. */
    @GetMapping("/api/structures/lookup")
    LookupView lookup(@RequestParam IdentifierType identifierType, @RequestParam String identifier,
                      @RequestParam(required = false) String companyName, HttpServletRequest request, Locale locale) {
        rateLimits.consume(RateLimits.Limit.STRUCTURE_LOOKUP, request.getRemoteAddr());
        return new LookupView(lookup.lookup(identifierType, identifier, companyName),
                messages.getMessage(identifierType.hintKey(), null, locale));
    }

    /** The identifier types with their label and the format the form shows under the field. */
    @GetMapping("/api/structures/identifier-types")
    List<IdentifierTypeView> identifierTypes(Locale locale) {
        return java.util.Arrays.stream(IdentifierType.values()).map(type -> new IdentifierTypeView(type,
                messages.getMessage(type.labelKey(), null, locale), messages.getMessage(type.hintKey(), null, locale)))
                .toList();
    }

    @PostMapping("/api/me/structures")
    @ApiResponse(responseCode = "201", description = "Structure created, its creator its primary manager")
    @ApiResponse(responseCode = "202", description = "Structure waiting for support's approval (structure-creation-policy)")
    ResponseEntity<StructureView> create(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody NewStructure body) {
        StructureService.Created created = requests.create(user.accountId(), body);
        HttpStatus status = created.structure().getStatus() == StructureStatus.ACTIVE ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(StructureView.of(created.structure(), created.membership()));
    }

    record LookupView(@com.fasterxml.jackson.annotation.JsonUnwrapped LookupResult result, String formatHint) {
    }

    record IdentifierTypeView(IdentifierType identifierType, String label, String formatHint) {
    }
}
