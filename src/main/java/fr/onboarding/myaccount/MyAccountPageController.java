package fr.onboarding.myaccount;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.onboarding.account.PortalUser;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.web.FormErrors;
import fr.onboarding.workspace.Workspace;

/**
 * "Mon compte" as a page: personal information, the login e-mail and the password (both with the
 * current password), the structures with role and status in words, the workspaces. Each form posts
 * to the same service as {@code PATCH /api/me}.
 */
@Controller
class MyAccountPageController {

    /** What each form cannot leave empty (the API takes a missing field as "unchanged"). */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "personal", List.of("firstName", "lastName"),
            "loginEmail", List.of("loginEmail", "currentPassword"),
            "password", List.of("currentPassword", "newPassword", "newPasswordConfirmation"));

    private static final Map<String, String> NEW_PASSWORD_FIELDS = Map.of("password", "newPassword",
            "passwordConfirmation", "newPasswordConfirmation");

    /** The forms whose success "Mon compte" announces: anything else in {@code ?saved=} is ignored. */
    private static final Set<String> SAVED = Set.of("personal", "loginEmail", "password",
            "structurePending", "attachmentRequested", "workspaces");

    private final MyAccountController api;
    private final Validator validator;
    private final MessageSource messages;

    MyAccountPageController(MyAccountController api, Validator validator, MessageSource messages) {
        this.api = api;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/account")
    ModelAndView account(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String saved) {
        ModelAndView page = page(api.me(user), Map.of(), Map.of(), HttpStatus.OK);
        page.addObject("saved", saved != null && SAVED.contains(saved) ? saved : null);
        return page;
    }

    @PostMapping("/account/personal")
    ModelAndView personal(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form, Locale locale) {
        return save(user, form, new PersonalDataForm(value(form, "firstName"), value(form, "lastName"),
                value(form, "phone"), value(form, "language"), value(form, "contactEmail"), null, null, null, null),
                "personal", locale);
    }

    @PostMapping("/account/login-email")
    ModelAndView loginEmail(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form, Locale locale) {
        return save(user, form, new PersonalDataForm(null, null, null, null, null, value(form, "loginEmail"),
                value(form, "currentPassword"), null, null), "loginEmail", locale);
    }

    @PostMapping("/account/password")
    ModelAndView password(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form, Locale locale) {
        return save(user, form, new PersonalDataForm(null, null, null, null, null, null, value(form, "currentPassword"),
                value(form, "newPassword"), value(form, "newPasswordConfirmation")), "password", locale);
    }

    /** "Mes espaces de travail": the guides' table, OUI/NON per workspace, and the justice-fee details. */
    @GetMapping("/account/workspaces")
    ModelAndView workspaces(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String structureCreated) {
        MyAccountController.Me me = api.me(user);
        Map<String, String> form = new HashMap<>();
        me.workspaces().forEach((workspace, on) -> form.put(workspace.name(), on ? "true" : "false"));
        putIfPresent(form, "justiceFeeProviderCategory", me.justiceFeeProviderCategory());
        putIfPresent(form, "justiceFeeRegime", me.justiceFeeRegime());
        ModelAndView page = workspacesPage(form, Map.of(), HttpStatus.OK);
        page.addObject("structureCreated", structureCreated != null);
        return page;
    }

    @PostMapping("/account/workspaces")
    ModelAndView setWorkspaces(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form, Locale locale) {
        Map<String, Boolean> states = new HashMap<>();
        for (Workspace workspace : Workspace.values()) {
            states.put(workspace.name(), "true".equals(form.get(workspace.name())));
        }
        MyAccountController.WorkspaceChoice choice = new MyAccountController.WorkspaceChoice(states,
                value(form, "justiceFeeProviderCategory"), value(form, "justiceFeeRegime"));
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(choice), MyAccountController.WorkspaceChoice.class);
        if (errors.isEmpty()) {
            try {
                api.setWorkspaces(user, choice);
                return new ModelAndView("redirect:/account?saved=workspaces");
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.messagesByField(messages, locale));
            }
        }
        return workspacesPage(form, errors, HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView workspacesPage(Map<String, String> form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("workspaces");
        page.addObject("workspaces", Workspace.values());
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    private static void putIfPresent(Map<String, String> form, String name, String value) {
        if (value != null) {
            form.put(name, value);
        }
    }

    private ModelAndView save(PortalUser user, Map<String, String> form, PersonalDataForm change, String section, Locale locale) {
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(change), PersonalDataForm.class);
        for (String name : REQUIRED.getOrDefault(section, List.of())) {
            if (form.getOrDefault(name, "").isBlank()) {
                errors.put(name, messages.getMessage("jakarta.validation.constraints.NotBlank.message", null, locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                api.update(user, change);
                return new ModelAndView("redirect:/account?saved=" + section);
            } catch (InvalidInputException invalid) {
                // The password rules name the activation form's fields; this form calls them "new".
                invalid.messagesByField(messages, locale).forEach((field, message) ->
                        errors.put(NEW_PASSWORD_FIELDS.getOrDefault(field, field), message));
            }
        }
        ModelAndView page = page(api.me(user), form, errors, HttpStatus.BAD_REQUEST);
        page.addObject("failed", section);
        page.addObject("ids", Map.of("currentPassword", section + "CurrentPassword"));
        return page;
    }

    private static ModelAndView page(MyAccountController.Me me, Map<String, String> form, Map<String, String> errors,
                                     HttpStatus status) {
        ModelAndView page = new ModelAndView("account");
        page.addObject("me", me);
        page.addObject("current", Map.of("firstName", me.firstName(), "lastName", me.lastName(),
                "phone", me.phone() == null ? "" : me.phone(), "contactEmail", me.contactEmail(), "language", me.language()));
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    /** A field the page sends is never absent; the strip keeps "  " from counting as a value. */
    private static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? null : value.strip();
    }
}
