package fr.onboarding.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks of mails SMTP accepted while their job's outcome is still open (table mail_delivery). A
 * job's transaction may fail after its mail went out (a later step, a lost commit): the mark, committed
 * on its own, tells the job's retry not to send the mail again.
 */
@Component
class MailDeliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailDeliveries(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    boolean delivered(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE delivery_key = ?", Integer.class, key) > 0;
    }

    /** Committed at once, whatever becomes of the job's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDelivered(String key) {
        jdbc.update("INSERT INTO mail_delivery (delivery_key, delivered_at) VALUES (?, ?)", key, Timestamp.from(clock.instant()));
    }

    /** In the job's transaction: once the job is done for good, its mark is no longer needed. */
    void forget(String key) {
        jdbc.update("DELETE FROM mail_delivery WHERE delivery_key = ?", key);
    }
}
