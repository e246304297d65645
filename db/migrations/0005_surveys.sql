ALTER TABLE `surveys` ADD `register_max_id` integer;--> statement-breakpoint
ALTER TABLE `surveys` ADD `register_hash` text;