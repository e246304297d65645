CREATE TABLE `ballot_choices` (
	`ballot_id` text NOT NULL,
	`candidate_id` integer NOT NULL,
	PRIMARY KEY(`ballot_id`, `candidate_id`),
	FOREIGN KEY (`ballot_id`) REFERENCES `ballots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `ballot_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`selection_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`status` text DEFAULT 'unused' NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `code_batches`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `ballot_codes_batch_idx` ON `ballot_codes` (`batch_id`,`status`);--> statement-breakpoint
CREATE TABLE `ballots` (
	`id` text PRIMARY KEY NOT NULL,
	`selection_id` integer NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`votes` integer DEFAULT 0 NOT NULL,
	`withdrawn` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_selection_official_idx` ON `candidates` (`selection_id`,`official_id`);--> statement-breakpoint
CREATE TABLE `code_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`issued` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`issued_by` text NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `code_batches_selection_idx` ON `code_batches` (`selection_id`,`community_id`);--> statement-breakpoint
CREATE TABLE `criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`endorsements` integer DEFAULT 0 NOT NULL,
	`proposed_by_staff` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `criteria_selection_idx` ON `criteria` (`selection_id`,`status`);--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer NOT NULL,
	`official_id` integer,
	`nominee_name` text NOT NULL,
	`nominee_unit` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decision_reason` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nominations_selection_idx` ON `nominations` (`selection_id`,`status`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`selection_id` integer NOT NULL,
	`receipt_hash` text NOT NULL,
	PRIMARY KEY(`selection_id`, `receipt_hash`),
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `selections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`rules` text DEFAULT '' NOT NULL,
	`max_choices` integer DEFAULT 10 NOT NULL,
	`winners` integer DEFAULT 10 NOT NULL,
	`stage` text DEFAULT 'draft' NOT NULL,
	`criteria_opens_at` integer,
	`nomination_opens_at` integer,
	`voting_opens_at` integer NOT NULL,
	`voting_closes_at` integer NOT NULL,
	`ballots_cast` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `selections_year_unique` ON `selections` (`year`);--> statement-breakpoint
CREATE TABLE `turnout` (
	`selection_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`ballots` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`selection_id`, `community_id`),
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
