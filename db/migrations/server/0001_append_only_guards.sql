-- Guards the ledger's history in the database itself, below any code: postings and
-- transactions are append-only, a statement's numbers never change once closed (only its
-- approval is written, once), and an item keeps the statement that settled it.
CREATE TRIGGER `postings_append_only_update` BEFORE UPDATE ON `postings`
BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `postings_append_only_delete` BEFORE DELETE ON `postings`
BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `transactions_append_only_update` BEFORE UPDATE ON `transactions`
BEGIN SELECT RAISE(ABORT, 'transactions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `transactions_append_only_delete` BEFORE DELETE ON `transactions`
BEGIN SELECT RAISE(ABORT, 'transactions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `statements_never_deleted` BEFORE DELETE ON `statements`
BEGIN SELECT RAISE(ABORT, 'statements are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `statements_fixed_when_closed` BEFORE UPDATE ON `statements`
WHEN OLD.`status` = 'approved'
  OR NEW.`body` IS NOT OLD.`body` OR NEW.`signature` IS NOT OLD.`signature`
  OR NEW.`merchant_id` IS NOT OLD.`merchant_id` OR NEW.`business_day` IS NOT OLD.`business_day`
  OR NEW.`sequence` IS NOT OLD.`sequence` OR NEW.`gross_minor` IS NOT OLD.`gross_minor`
  OR NEW.`refund_minor` IS NOT OLD.`refund_minor` OR NEW.`fee_minor` IS NOT OLD.`fee_minor`
  OR NEW.`fee_refund_minor` IS NOT OLD.`fee_refund_minor` OR NEW.`net_minor` IS NOT OLD.`net_minor`
  OR NEW.`opening_carry_minor` IS NOT OLD.`opening_carry_minor`
  OR NEW.`payout_minor` IS NOT OLD.`payout_minor`
  OR NEW.`closing_carry_minor` IS NOT OLD.`closing_carry_minor`
  OR NEW.`payment_count` IS NOT OLD.`payment_count` OR NEW.`refund_count` IS NOT OLD.`refund_count`
BEGIN SELECT RAISE(ABORT, 'a closed statement never changes'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_statement_fixed` BEFORE UPDATE OF `statement_id` ON `payments`
WHEN OLD.`statement_id` IS NOT NULL AND NEW.`statement_id` IS NOT OLD.`statement_id`
BEGIN SELECT RAISE(ABORT, 'a settled payment keeps its statement'); END;
--> statement-breakpoint
CREATE TRIGGER `refunds_statement_fixed` BEFORE UPDATE OF `statement_id` ON `refunds`
WHEN OLD.`statement_id` IS NOT NULL AND NEW.`statement_id` IS NOT OLD.`statement_id`
BEGIN SELECT RAISE(ABORT, 'a settled refund keeps its statement'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_money_fixed` BEFORE UPDATE OF `amount_minor`, `fee_minor`, `currency`,
  `merchant_id`, `wallet_id`, `status`, `transaction_id`, `fee_schedule_id`, `request_hash`,
  `authorization_hash`, `receipt` ON `payments`
BEGIN SELECT RAISE(ABORT, 'a recorded payment keeps its amount, fee and parties'); END;
--> statement-breakpoint
CREATE TRIGGER `refunds_money_fixed` BEFORE UPDATE OF `amount_minor`, `fee_refund_minor`,
  `currency`, `payment_id`, `merchant_id`, `transaction_id`, `payload_hash` ON `refunds`
BEGIN SELECT RAISE(ABORT, 'a recorded refund keeps its amount and payment'); END;
