CREATE TABLE `invoice_payments` (
	`payment_id` text PRIMARY KEY NOT NULL,
	`invoice_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`applied_minor` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `invoice_payments_invoice` ON `invoice_payments` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `invoice_series` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`student_id` text NOT NULL,
	`lines` text NOT NULL,
	`total_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`weekday` integer NOT NULL,
	`every_weeks` integer NOT NULL,
	`start_day` text NOT NULL,
	`next_day` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `invoice_series_due` ON `invoice_series` (`active`,`next_day`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`student_id` text NOT NULL,
	`lines` text NOT NULL,
	`total_minor` integer NOT NULL,
	`paid_minor` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`due_day` text NOT NULL,
	`status` text NOT NULL,
	`series_id` text,
	`occurrence_day` text,
	`link_token_hash` text,
	`pay_request` text,
	`pay_request_payment_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`paid_at` integer,
	`voided_at` integer,
	CONSTRAINT "invoice_paid_within_total" CHECK("invoices"."paid_minor" >= 0 AND "invoices"."paid_minor" <= "invoices"."total_minor")
);
--> statement-breakpoint
CREATE INDEX `invoices_merchant` ON `invoices` (`merchant_id`,`due_day`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_link` ON `invoices` (`link_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_occurrence` ON `invoices` (`series_id`,`occurrence_day`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`name` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `students_merchant` ON `students` (`merchant_id`,`name`);