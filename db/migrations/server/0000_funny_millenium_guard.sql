CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`currency` text NOT NULL,
	`balance_minor` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "wallet_never_negative" CHECK("accounts"."kind" <> 'wallet' OR "accounts"."balance_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_owner` ON `accounts` (`kind`,`owner_id`,`currency`);--> statement-breakpoint
CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`label` text NOT NULL,
	`public_key` text NOT NULL,
	`certificate` text NOT NULL,
	`status` text NOT NULL,
	`enrolled_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_public_key` ON `devices` (`public_key`);--> statement-breakpoint
CREATE TABLE `enrollment_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`label` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`device_id` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`currency` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`device_id` text NOT NULL,
	`wallet_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`request_hash` text NOT NULL,
	`authorization_hash` text NOT NULL,
	`request` text NOT NULL,
	`authorization` text NOT NULL,
	`receipt` text,
	`transaction_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payments_merchant_created` ON `payments` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `payments_wallet` ON `payments` (`wallet_id`);--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`transaction_id` text NOT NULL,
	`account_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	FOREIGN KEY (`transaction_id`) REFERENCES `transactions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `postings_transaction` ON `postings` (`transaction_id`);--> statement-breakpoint
CREATE INDEX `postings_account` ON `postings` (`account_id`);--> statement-breakpoint
CREATE TABLE `server_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`secret_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `top_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`wallet_id` text NOT NULL,
	`device_id` text,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`transaction_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `transactions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transactions_source` ON `transactions` (`kind`,`source_id`);--> statement-breakpoint
CREATE TABLE `wallet_otp_steps` (
	`wallet_id` text NOT NULL,
	`step` integer NOT NULL,
	`payment_id` text NOT NULL,
	PRIMARY KEY(`wallet_id`, `step`),
	FOREIGN KEY (`wallet_id`) REFERENCES `wallets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `wallets` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`otp_secret` text NOT NULL,
	`status` text NOT NULL,
	`otp_failures` integer DEFAULT 0 NOT NULL,
	`last_otp_failure_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wallets_public_key` ON `wallets` (`public_key`);