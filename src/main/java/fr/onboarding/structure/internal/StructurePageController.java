package fr.onboarding.structure.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.onboarding.account.PortalUser;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.structure.AttachmentScope;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.LookupResult;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.StructureForms;
import fr.onboarding.structure.StructureStatus;
import fr.onboarding.web.FormErrors;
import fr.onboarding.web.RateLimits;

/**
 * "Créer une nouvelle structure" and "Demander un rattachement" from "Mon compte", in two steps as in
 * the guides: the identifier type and identifier (with its format under the field); then, to create,
 * the structure pre-filled from the registry for a SIRET and editable, or, when it is already in the
 * portal, shown read-only with only "demander le rattachement"; to join, the structure and the scope.
 */
@Controller
class StructurePageController {

    private final StructureLookup lookup;
    private final PublicStructureRequests requests;
    private final AttachmentRequests attachments;
    private final RateLimits rateLimits;
    private final Validator validator;
    private final MessageSource messages;

    StructurePageController(StructureLookup lookup, PublicStructureRequests requests, AttachmentRequests attachments,
                            RateLimits rateLimits, Validator validator, MessageSource messages) {
        this.lookup = lookup;
        this.requests = requests;
        this.attachments = attachments;
        this.rateLimits = rateLimits;
        this.validator = validator;
        this.messages = messages;
    }

    /** Step 1, and step 2 once an identifier is given (a GET form: nothing changes until the last step). */
    @GetMapping("/account/structures/new")
    ModelAndView identify(@RequestParam(defaultValue = "SIRET") String identifierType,
                          @RequestParam(required = false) String identifier, @AuthenticationPrincipal PortalUser user,
                          Locale locale) {
        return lookUp("structure-new", StructureForms.type(identifierType), identifier, user, locale,
                found -> page("structure-new", "details", found.identifierType(), StructureForms.prefilled(found),
                        Map.of(), found, HttpStatus.OK));
    }

    /** "Demander un rattachement": the same first step, then the structure and the scope asked for. */
    @GetMapping("/account/attachment-requests/new")
    ModelAndView identifyToJoin(@RequestParam(defaultValue = "SIRET") String identifierType,
                                @RequestParam(required = false) String identifier, @AuthenticationPrincipal PortalUser user,
                                Locale locale) {
        return lookUp("attachment-new", StructureForms.type(identifierType), identifier, user, locale,
                found -> page("attachment-new", "details", found.identifierType(),
                        new HashMap<>(Map.of("identifier", found.identifier(), "scope", AttachmentScope.WHOLE_STRUCTURE.name())),
                        Map.of(), found, HttpStatus.OK));
    }

    @PostMapping("/account/attachment-requests")
    ModelAndView join(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal PortalUser user, Locale locale) {
        IdentifierType type = StructureForms.type(form.getFirst("identifierType"));
        String identifier = form.getFirst("identifier");
        AttachmentWish wish = new AttachmentWish(type, identifier, StructureForms.scope(form.getFirst("scope")),
                form.getOrDefault("serviceCodes", List.of()));
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(wish), AttachmentWish.class);
        if (errors.isEmpty()) {
            try {
                attachments.request(user.accountId(), wish);
                return new ModelAndView("redirect:/account?saved=attachmentRequested");
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.messagesByField(messages, locale));
            } catch (RefusedException refused) {
                errors.put("identifier", messages.getMessage(refused.detailKey(), null, locale));
            }
        }
        Map<String, String> shown = new HashMap<>(form.toSingleValueMap());
        return lookUp("attachment-new", type, identifier, user, locale,
                found -> page("attachment-new", "details", type, shown, errors, found, HttpStatus.BAD_REQUEST));
    }

    /** Looks the identifier up for a page; what fails is told by the field, on the first step. */
    private ModelAndView lookUp(String view, IdentifierType type, String identifier, PortalUser user, Locale locale,
                                Function<LookupResult, ModelAndView> next) {
        Map<String, String> form = new HashMap<>(Map.of("identifierType", type.name()));
        if (identifier == null) {
            return page(view, "identify", type, form, Map.of(), null, HttpStatus.OK);
        }
        form.put("identifier", identifier);
        rateLimits.consume(RateLimits.Limit.STRUCTURE_LOOKUP, "account:" + user.accountId());
        StructureForms.PageLookup looked = StructureForms.lookUp(() -> lookup.lookup(type, identifier, null), messages, locale);
        return looked.failed() ? page(view, "identify", type, form, looked.errors(), null, HttpStatus.BAD_REQUEST)
                : next.apply(looked.found());
    }

    @PostMapping("/account/structures")
    ModelAndView create(@RequestParam Map<String, String> form, @AuthenticationPrincipal PortalUser user, Locale locale) {
        IdentifierType type = StructureForms.type(form.get("identifierType"));
        NewStructure structure = StructureForms.newStructure(type, form);
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(structure), NewStructure.class);
        if (errors.isEmpty()) {
            try {
                StructureService.Created created = requests.create(user.accountId(), structure);
                return new ModelAndView(created.structure().getStatus() == StructureStatus.ACTIVE
                        ? "redirect:/account/workspaces?structureCreated" : "redirect:/account?saved=structurePending");
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.messagesByField(messages, locale));
            } catch (RefusedException refused) {
                errors.put("identifier", messages.getMessage(refused.detailKey(), null, locale));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // The same structure created by a request sent at the same instant (a double click).
                errors.put("identifier", messages.getMessage("structure.exists.detail", null, locale));
            }
        }
        return page("structure-new", "details", type, form, errors, null, HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(String view, String step, IdentifierType type, Map<String, String> form,
                                     Map<String, String> errors, LookupResult found, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("step", step);
        page.addObject("type", type);
        page.addObject("types", IdentifierType.values());
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("found", found);
        page.setStatus(status);
        return page;
    }

}
