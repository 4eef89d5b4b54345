/**
 * What every module speaks: the domain's refusals ({@link fr.onboarding.shared.InvalidInputException},
 * {@link fr.onboarding.shared.RefusedException}) and the review decision of the Tasklist forms.
 * Depends on no other module.
 */
package fr.onboarding.shared;
