package fr.onboarding.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.activation.*}: the link is valid PT60M (2022 guide) or P30D (2020 guide);
 * unactivated accounts close after account-validity.
 */
@ConfigurationProperties(prefix = "onboarding.activation", ignoreUnknownFields = false)
public record ActivationSettings(@DefaultValue("PT60M") Duration linkValidity,
                                 @DefaultValue("P30D") Duration accountValidity) {
}
