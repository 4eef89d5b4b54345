package fr.onboarding.registry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting, behind an interface so that tests of throttling and backoff do not really sleep. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
