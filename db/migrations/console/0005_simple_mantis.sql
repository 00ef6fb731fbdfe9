CREATE TABLE `console_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`refund_limit_minor` integer DEFAULT 10000 NOT NULL,
	`pin_failures` integer DEFAULT 0 NOT NULL,
	`last_pin_failure_at` integer
);
--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`payment_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`state` text NOT NULL,
	`reason` text,
	`requested_by` text NOT NULL,
	`approved_by` text,
	`created_at` integer NOT NULL,
	`answered_at` integer
);
--> statement-breakpoint
CREATE INDEX `refunds_payment` ON `refunds` (`payment_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`pin_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`removed_at` integer
);
--> statement-breakpoint
ALTER TABLE `shifts` ADD `opening_float_minor` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `shifts` ADD `counted_cash_minor` integer;--> statement-breakpoint
ALTER TABLE `shifts` ADD `expected_cash_minor` integer;--> statement-breakpoint
ALTER TABLE `shifts` ADD `variance_minor` integer;--> statement-breakpoint
ALTER TABLE `shifts` ADD `opened_by` text;--> statement-breakpoint
ALTER TABLE `shifts` ADD `closed_by` text;