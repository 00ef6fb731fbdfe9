CREATE TABLE `offline_allowances` (
	`id` text PRIMARY KEY NOT NULL,
	`wallet_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`cap_minor` integer NOT NULL,
	`per_payment_max_minor` integer NOT NULL,
	`max_count` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`document` text NOT NULL,
	`spent_minor` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `offline_allowances_wallet` ON `offline_allowances` (`wallet_id`,`merchant_id`,`expires_at`);--> statement-breakpoint
CREATE TABLE `offline_counters` (
	`allowance_id` text NOT NULL,
	`counter` integer NOT NULL,
	`payment_id` text NOT NULL,
	PRIMARY KEY(`allowance_id`, `counter`)
);
