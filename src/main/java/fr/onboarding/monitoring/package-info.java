/**
 * What operators watch: the onboarding funnel, the reviews' lead times and the engine's backlog,
 * as Micrometer meters (Prometheus format at /actuator/prometheus, operators only).
 */
package fr.onboarding.monitoring;
