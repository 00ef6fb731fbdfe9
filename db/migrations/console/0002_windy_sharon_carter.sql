CREATE TABLE `offline_allowances` (
	`allowance_id` text PRIMARY KEY NOT NULL,
	`wallet_id` text NOT NULL,
	`last_counter` integer NOT NULL,
	`spent_minor` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
