CREATE TABLE `ballot_log` (
	`selection_id` integer NOT NULL,
	`position` integer NOT NULL,
	`choices` text NOT NULL,
	PRIMARY KEY(`selection_id`, `position`),
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `honours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`official_id` integer,
	`selection_id` integer,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `honours_year_idx` ON `honours` (`year`);--> statement-breakpoint
CREATE INDEX `honours_official_idx` ON `honours` (`official_id`);--> statement-breakpoint
CREATE INDEX `honours_name_idx` ON `honours` (`name`);--> statement-breakpoint
CREATE TABLE `publications` (
	`selection_id` integer PRIMARY KEY NOT NULL,
	`tally` text NOT NULL,
	`ballots_counted` integer NOT NULL,
	`tie_at_cutoff` integer DEFAULT false NOT NULL,
	`tie_rule` text,
	`tie_reason` text,
	`requested_by` integer,
	`confirmed_by` integer,
	`published_at` integer,
	`fingerprints` text,
	`commended_on` text,
	`commendation_place` text,
	`commendation_notes` text,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
