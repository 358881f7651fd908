-- P5: complaint events are never updated or deleted (H2: a Java trigger refuses it).
CREATE TRIGGER complaint_event_append_only BEFORE UPDATE, DELETE ON complaint_event
    FOR EACH ROW CALL 'org.crmpolicy.examples.erp.AppendOnlyTrigger';
