-- P5: complaint events are never updated or deleted (PostgreSQL: a trigger refuses it).
CREATE FUNCTION complaint_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'complaint_event is append-only (P5): % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER complaint_event_append_only BEFORE UPDATE OR DELETE ON complaint_event
    FOR EACH ROW EXECUTE FUNCTION complaint_event_append_only();
