ALTER TABLE `request_events` ADD `internal` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `confirm_key_hash` text;