package fr.onboarding.migration;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import fr.onboarding.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators move waiting instances to a new version of their process (/api/ops: operators only).
 * Cockpit's migration screen is not in the community edition; this is the engine's migration API
 * with a plan that refuses to strand anyone.
 */
@RestController
class ProcessMigrationController {

    private final ProcessMigrations migrations;

    ProcessMigrationController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    /** The plan: every version with running instances, where they wait and whether they would move. */
    @GetMapping("/api/ops/migrations")
    ProcessMigrations.MigrationPreview preview(@RequestParam String process,
                                               @RequestParam(required = false) Integer toVersion) {
        if (toVersion != null && toVersion < 1) {
            throw InvalidInputException.of("toVersion", "migration.version.positive");
        }
        return migrations.preview(process, toVersion);
    }

    /** Moves the instances of one version; refused (422) when one of them would be stranded. */
    @PostMapping("/api/ops/migrations")
    @ApiResponse(responseCode = "202", description = "Migration batch started")
    ResponseEntity<ProcessMigrations.MigrationStarted> migrate(@Valid @RequestBody MigrationRequest request) {
        return ResponseEntity.accepted().body(migrations.migrate(request.process(), request.fromVersion(), request.toVersion()));
    }

    /** @param toVersion null: the latest version */
    record MigrationRequest(@NotBlank @Size(max = 255) String process, @NotNull @Positive Integer fromVersion,
                            @Positive Integer toVersion) {
    }
}
