CREATE TABLE `call_credentials` (
	`credential` text PRIMARY KEY NOT NULL,
	`call_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`status` text DEFAULT 'unused' NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID; -- hand-edited: WITHOUT ROWID, as ballot_codes
--> statement-breakpoint
CREATE INDEX `call_credentials_call_idx` ON `call_credentials` (`call_id`,`community_id`,`status`);--> statement-breakpoint
-- hand-edited: the migrator runs in one transaction, where foreign_keys=OFF is a no-op. The rows are
-- set aside, `elections` dropped and re-created under its own name with the checks deferred, so the
-- children (parties, records, ballots) find their same ids again by commit. Existing rows keep their
-- ids and get no call_id (drizzle-kit's copy named a column the old table does not have).
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_elections` AS SELECT * FROM `elections`;--> statement-breakpoint
DROP TABLE `elections`;--> statement-breakpoint
CREATE TABLE `elections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selection_id` integer,
	`call_id` integer,
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
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "elections_one_owner" CHECK((selection_id is null) <> (call_id is null))
);
--> statement-breakpoint
INSERT INTO `elections`("id", "selection_id", "uuid", "guardians", "threshold", "phase", "trustees", "public_key", "election_raw", "answer_ids", "archive_timestamp", "chain_parent", "chain_height", "records", "encrypted_tally", "num_tallied", "total_weight", "result", "created_by", "created_at") SELECT "id", "selection_id", "uuid", "guardians", "threshold", "phase", "trustees", "public_key", "election_raw", "answer_ids", "archive_timestamp", "chain_parent", "chain_height", "records", "encrypted_tally", "num_tallied", "total_weight", "result", "created_by", "created_at" FROM `__old_elections`;--> statement-breakpoint
DROP TABLE `__old_elections`;--> statement-breakpoint
CREATE UNIQUE INDEX `elections_selection_id_unique` ON `elections` (`selection_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `elections_call_id_unique` ON `elections` (`call_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `elections_uuid_unique` ON `elections` (`uuid`);