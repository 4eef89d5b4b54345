package fr.onboarding.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A structure's postal address, with the portal's field names. */
@Embeddable
public record PostalAddress(
        @Column(name = "address_line") @NotBlank @Size(max = 200) String line,
        @Column(name = "address_complement1") @Size(max = 200) String complement1,
        @Column(name = "address_complement2") @Size(max = 200) String complement2,
        @Column(name = "postal_code") @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Column(name = "country_code") @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{structure.countryCode.pattern}") String countryCode) {
}
