CREATE TABLE `catalog_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`event_id` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalog_categories_merchant` ON `catalog_categories` (`merchant_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `catalog_events` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalog_events_merchant` ON `catalog_events` (`merchant_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `catalog_items` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`event_id` text DEFAULT '' NOT NULL,
	`category_id` text NOT NULL,
	`name` text NOT NULL,
	`price_minor` integer NOT NULL,
	`quick_key` text,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `catalog_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalog_items_merchant` ON `catalog_items` (`merchant_id`,`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `catalog_items_quick_key` ON `catalog_items` (`merchant_id`,`event_id`,`quick_key`) WHERE "catalog_items"."archived" = 0 AND "catalog_items"."quick_key" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `catalog_versions` (
	`merchant_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
