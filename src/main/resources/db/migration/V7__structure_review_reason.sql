-- Why a structure waits for support, as decision structure-creation-policy gave it: shown in support's task.
ALTER TABLE structure ADD COLUMN review_reason VARCHAR(500);
