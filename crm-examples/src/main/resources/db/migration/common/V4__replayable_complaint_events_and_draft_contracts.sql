-- A complaint event as the library records it (org.crmpolicy.complaint.ComplaintEvent): the state it leads to, the
-- actor's unit, the reason and what it changed, so a host replays it with ComplaintEvent.fromStored (P2, P5).
-- Nullable: rows written before V4 carry only event_type/actor/detail. Adding columns is not an UPDATE of a row;
-- the append-only trigger of V2 still refuses every UPDATE and DELETE.
ALTER TABLE complaint_event ADD COLUMN state_after VARCHAR(32);
ALTER TABLE complaint_event ADD COLUMN actor_unit VARCHAR(64);
ALTER TABLE complaint_event ADD COLUMN reason VARCHAR(1000);
ALTER TABLE complaint_event ADD COLUMN changes VARCHAR(4000);   -- name=value lines; \ and line breaks escaped

-- A contract is SIGNED, or a DRAFT waiting to be signed on signed_on (the planned day): drafts are what the
-- approvals area plans (A1, A2) and what the report lists as approvals pending.
ALTER TABLE contract ADD COLUMN status VARCHAR(16) DEFAULT 'SIGNED' NOT NULL;
