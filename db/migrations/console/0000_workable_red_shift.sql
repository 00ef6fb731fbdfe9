CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`payment_id` text NOT NULL,
	`kind` text NOT NULL,
	`data` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_payment` ON `events` (`payment_id`);--> statement-breakpoint
CREATE TABLE `identity` (
	`id` integer PRIMARY KEY NOT NULL,
	`server_url` text NOT NULL,
	`server_public_key` text NOT NULL,
	`device_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`merchant_name` text NOT NULL,
	`currency` text NOT NULL,
	`device_secret_key` text NOT NULL,
	`certificate` text NOT NULL,
	`enrolled_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`reference` text NOT NULL,
	`request` text NOT NULL,
	`authorization` text,
	`state` text NOT NULL,
	`reason` text,
	`receipt` text,
	`transaction_id` text,
	`wallet_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`settled_at` integer
);
--> statement-breakpoint
CREATE INDEX `payments_created` ON `payments` (`created_at`);