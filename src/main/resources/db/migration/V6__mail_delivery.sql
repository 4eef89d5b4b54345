-- A mail job's delivery, recorded in a transaction of its own as soon as SMTP accepted the mail: when
-- the job's own transaction then fails, its retry finds the mark and sends nothing again. The job's
-- successful end deletes its mark, so rows only stay for jobs whose outcome is still open. The key is
-- <job id>.<task id>, and the mail's Message-ID <key@sender's domain>.
CREATE TABLE mail_delivery (
    delivery_key VARCHAR(320) PRIMARY KEY,
    delivered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
