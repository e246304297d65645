CREATE TABLE `election_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` integer NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT 'other' NOT NULL,
	`token_hash` text NOT NULL,
	`cert` text,
	`polynomial` text,
	`voutput` text,
	`partial_decryption` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `election_parties_token_idx` ON `election_parties` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `election_parties_position_idx` ON `election_parties` (`election_id`,`kind`,`position`);--> statement-breakpoint
CREATE TABLE `election_records` (
	`election_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`event` integer NOT NULL,
	`hash` text NOT NULL,
	`text` text NOT NULL,
	`embargoed` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`election_id`, `seq`),
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `elections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer NOT NULL,
	`uuid` text NOT NULL,
	`guardians` integer NOT NULL,
	`threshold` integer NOT NULL,
	`phase` text DEFAULT 'keys' NOT NULL,
	`trustees` text,
	`public_key` text,
	`election_raw` text,
	`answer_ids` text,
	`archive_timestamp` integer,
	`chain_parent` text,
	`chain_height` integer,
	`records` integer DEFAULT 0 NOT NULL,
	`encrypted_tally` text,
	`num_tallied` integer,
	`total_weight` integer,
	`result` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `elections_selection_id_unique` ON `elections` (`selection_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `elections_uuid_unique` ON `elections` (`uuid`);--> statement-breakpoint
CREATE TABLE `encrypted_ballots` (
	`election_id` integer NOT NULL,
	`credential` text NOT NULL,
	`tracker` text NOT NULL,
	`seq` integer NOT NULL,
	`origin` text NOT NULL,
	PRIMARY KEY(`election_id`, `credential`),
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `encrypted_ballots_tracker_idx` ON `encrypted_ballots` (`election_id`,`tracker`);--> statement-breakpoint
CREATE INDEX `encrypted_ballots_seq_idx` ON `encrypted_ballots` (`election_id`,`seq`);--> statement-breakpoint
ALTER TABLE `selections` ADD `mode` text DEFAULT 'plain' NOT NULL;