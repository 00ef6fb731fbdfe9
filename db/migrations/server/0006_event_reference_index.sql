-- An event's report finds the event's payments by the signed request's reference
-- (`event:<eventId>`), which lives inside the stored request document. drizzle-kit cannot
-- write an index on an expression (it splits the expression at its comma), so this one is
-- written by hand; server/domain/catalog-events.ts queries the identical expression.
CREATE INDEX `payments_reference` ON `payments` (`merchant_id`, json_extract(`request`, '$.body.reference'));
