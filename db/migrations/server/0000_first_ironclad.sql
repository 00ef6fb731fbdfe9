CREATE TABLE `administrators` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`last_failed_login_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `administrators_username` ON `administrators` (`username`);--> statement-breakpoint
CREATE TABLE `device_call_nonces` (
	`device_id` text NOT NULL,
	`nonce` text NOT NULL,
	`signed_at` integer NOT NULL,
	PRIMARY KEY(`device_id`, `nonce`)
);
--> statement-breakpoint
CREATE INDEX `device_call_nonces_signed` ON `device_call_nonces` (`signed_at`);--> statement-breakpoint
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
CREATE TABLE `merchant_owners` (
	`merchant_id` text PRIMARY KEY NOT NULL,
	`password_hash` text NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`last_failed_login_at` integer,
	`updated_at` integer NOT NULL,
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
CREATE TABLE `server_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`secret_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `server_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`subject_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_expires` ON `sessions` (`expires_at`);--> statement-breakpoint
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
CREATE UNIQUE INDEX `wallets_public_key` ON `wallets` (`public_key`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`currency` text NOT NULL,
	`balance_minor` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "wallet_never_negative" CHECK("accounts"."kind" <> 'wallet' OR "accounts"."balance_minor" >= 0),
	CONSTRAINT "holdings_never_negative" CHECK("accounts"."kind" NOT IN ('offline_reserve', 'gift_certificate_liability')
          OR "accounts"."balance_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_owner` ON `accounts` (`kind`,`owner_id`,`currency`);--> statement-breakpoint
CREATE TABLE `fee_schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`currency` text NOT NULL,
	`version` integer NOT NULL,
	`effective_from` integer NOT NULL,
	`basis_points` integer NOT NULL,
	`fixed_minor` integer NOT NULL,
	`minimum_minor` integer NOT NULL,
	`cap_minor` integer,
	`payload_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fee_schedules_version` ON `fee_schedules` (`category`,`currency`,`version`);--> statement-breakpoint
CREATE INDEX `fee_schedules_effective` ON `fee_schedules` (`category`,`currency`,`effective_from`);--> statement-breakpoint
CREATE TABLE `gift_certificate_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`count` integer NOT NULL,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`payload_hash` text NOT NULL,
	`transaction_id` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `gift_certificates` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`redeemed_at` integer,
	`wallet_id` text,
	`transaction_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `gift_certificate_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gift_certificates_batch` ON `gift_certificates` (`batch_id`);--> statement-breakpoint
CREATE TABLE `offline_reserves` (
	`id` text PRIMARY KEY NOT NULL,
	`wallet_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`reserve_transaction_id` text NOT NULL,
	`released_at` integer,
	`release_transaction_id` text,
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
	`category` text DEFAULT '' NOT NULL,
	`fee_minor` integer DEFAULT 0 NOT NULL,
	`fee_schedule_id` text,
	`refunded_minor` integer DEFAULT 0 NOT NULL,
	`fee_refunded_minor` integer DEFAULT 0 NOT NULL,
	`voided_at` integer,
	`void_transaction_id` text,
	`statement_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "payments_refund_within" CHECK("payments"."refunded_minor" <= "payments"."amount_minor"),
	CONSTRAINT "payments_fee_refund_within" CHECK("payments"."fee_refunded_minor" <= "payments"."fee_minor")
);
--> statement-breakpoint
CREATE INDEX `payments_merchant_created` ON `payments` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `payments_created` ON `payments` (`created_at`);--> statement-breakpoint
CREATE INDEX `payments_wallet` ON `payments` (`wallet_id`);--> statement-breakpoint
CREATE INDEX `payments_statement` ON `payments` (`statement_id`);--> statement-breakpoint
CREATE INDEX `payments_unsettled` ON `payments` (`merchant_id`,`created_at`) WHERE "payments"."statement_id" IS NULL AND "payments"."status" = 'settled';--> statement-breakpoint
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
CREATE TABLE `refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`payment_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`fee_refund_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`remaining_minor` integer NOT NULL,
	`requested_by` text NOT NULL,
	`payload_hash` text NOT NULL,
	`transaction_id` text NOT NULL,
	`statement_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refunds_payment` ON `refunds` (`payment_id`);--> statement-breakpoint
CREATE INDEX `refunds_merchant_created` ON `refunds` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `refunds_created` ON `refunds` (`created_at`);--> statement-breakpoint
CREATE INDEX `refunds_statement` ON `refunds` (`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`business_day` text NOT NULL,
	`sequence` integer NOT NULL,
	`status` text NOT NULL,
	`gross_minor` integer NOT NULL,
	`refund_minor` integer NOT NULL,
	`fee_minor` integer NOT NULL,
	`fee_refund_minor` integer NOT NULL,
	`net_minor` integer NOT NULL,
	`opening_carry_minor` integer NOT NULL,
	`payout_minor` integer NOT NULL,
	`closing_carry_minor` integer NOT NULL,
	`payment_count` integer NOT NULL,
	`refund_count` integer NOT NULL,
	`body` text NOT NULL,
	`signature` text NOT NULL,
	`server_key_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`approved_at` integer,
	`approved_by` text,
	`payout_transaction_id` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_day` ON `statements` (`merchant_id`,`business_day`);--> statement-breakpoint
CREATE UNIQUE INDEX `statements_sequence` ON `statements` (`merchant_id`,`sequence`);--> statement-breakpoint
CREATE INDEX `statements_day_all` ON `statements` (`business_day`);--> statement-breakpoint
CREATE TABLE `top_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`wallet_id` text NOT NULL,
	`device_id` text,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`balance_after_minor` integer DEFAULT 0 NOT NULL,
	`transaction_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `transactions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	`fee_schedule_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transactions_source` ON `transactions` (`kind`,`source_id`);--> statement-breakpoint
CREATE TABLE `daily_item_totals` (
	`business_day` text NOT NULL,
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`label` text NOT NULL,
	`quantity` integer DEFAULT 0 NOT NULL,
	`gross_minor` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`business_day`, `merchant_id`, `currency`, `label`)
);
--> statement-breakpoint
CREATE INDEX `daily_item_totals_merchant` ON `daily_item_totals` (`merchant_id`,`business_day`);--> statement-breakpoint
CREATE TABLE `daily_merchant_totals` (
	`business_day` text NOT NULL,
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`category` text NOT NULL,
	`payment_count` integer DEFAULT 0 NOT NULL,
	`gross_minor` integer DEFAULT 0 NOT NULL,
	`fee_minor` integer DEFAULT 0 NOT NULL,
	`refund_count` integer DEFAULT 0 NOT NULL,
	`refund_minor` integer DEFAULT 0 NOT NULL,
	`fee_refund_minor` integer DEFAULT 0 NOT NULL,
	`void_count` integer DEFAULT 0 NOT NULL,
	`void_minor` integer DEFAULT 0 NOT NULL,
	`void_fee_minor` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`business_day`, `merchant_id`, `currency`)
);
--> statement-breakpoint
CREATE INDEX `daily_merchant_totals_merchant` ON `daily_merchant_totals` (`merchant_id`,`business_day`);--> statement-breakpoint
CREATE TABLE `hour_of_day_totals` (
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`hour` integer NOT NULL,
	`payment_count` integer DEFAULT 0 NOT NULL,
	`gross_minor` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `currency`, `hour`)
);
--> statement-breakpoint
CREATE TABLE `hourly_payment_totals` (
	`business_day` text NOT NULL,
	`hour` integer NOT NULL,
	`merchant_id` text NOT NULL,
	`currency` text NOT NULL,
	`payment_count` integer DEFAULT 0 NOT NULL,
	`gross_minor` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`business_day`, `hour`, `merchant_id`, `currency`)
);
--> statement-breakpoint
CREATE INDEX `hourly_payment_totals_merchant` ON `hourly_payment_totals` (`merchant_id`,`business_day`);