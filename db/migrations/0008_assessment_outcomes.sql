ALTER TABLE `outcomes` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `withdrawn_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `outcomes` ADD `withdraw_reason` text DEFAULT '' NOT NULL;