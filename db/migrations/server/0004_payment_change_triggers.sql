-- Every change to a payment lands in payment_changes, in commit order, so consoles can pull
-- what the server decided since their cursor. Triggers, not application code: no write
-- path (authorize, offline sync, refund, void) can forget to record its change.
CREATE TRIGGER payment_changes_on_insert AFTER INSERT ON payments
BEGIN
  INSERT INTO payment_changes (payment_id, merchant_id, kind, at)
  VALUES (NEW.id, NEW.merchant_id, NEW.status, NEW.created_at);
END;
--> statement-breakpoint
CREATE TRIGGER payment_changes_on_refund AFTER UPDATE OF refunded_minor ON payments
WHEN NEW.refunded_minor <> OLD.refunded_minor
BEGIN
  INSERT INTO payment_changes (payment_id, merchant_id, kind, at)
  VALUES (NEW.id, NEW.merchant_id, 'refunded', CAST(unixepoch('subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER payment_changes_on_void AFTER UPDATE OF voided_at ON payments
WHEN NEW.voided_at IS NOT NULL AND OLD.voided_at IS NULL
BEGIN
  INSERT INTO payment_changes (payment_id, merchant_id, kind, at)
  VALUES (NEW.id, NEW.merchant_id, 'voided', NEW.voided_at);
END;
