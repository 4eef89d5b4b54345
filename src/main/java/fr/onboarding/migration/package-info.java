/**
 * Moving waiting process instances to another version of their process, for operators: the plan
 * (what moves, what would be stranded) and its execution over the engine's migration API.
 */
package fr.onboarding.migration;
