CREATE TABLE `call_deputies` (
	`call_id` integer NOT NULL,
	`deputy_id` integer NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`call_id`, `deputy_id`),
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deputy_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `call_results` (
	`call_id` integer NOT NULL,
	`proposal_id` integer NOT NULL,
	`votes` integer DEFAULT 0 NOT NULL,
	`votes_for` integer DEFAULT 0 NOT NULL,
	`votes_against` integer DEFAULT 0 NOT NULL,
	`outcome` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`call_id`, `proposal_id`),
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `project_proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `deputy_votes` (
	`call_id` integer NOT NULL,
	`proposal_id` integer NOT NULL,
	`deputy_id` integer NOT NULL,
	`choice` text NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	PRIMARY KEY(`proposal_id`, `deputy_id`),
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `project_proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deputy_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deputy_votes_call_idx` ON `deputy_votes` (`call_id`);--> statement-breakpoint
CREATE TABLE `project_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`title` text NOT NULL,
	`intro` text DEFAULT '' NOT NULL,
	`budget` integer NOT NULL,
	`mode` text NOT NULL,
	`max_choices` integer DEFAULT 5 NOT NULL,
	`stage` text DEFAULT 'draft' NOT NULL,
	`proposals_close_on` text,
	`rule` text,
	`settlements` text DEFAULT '[]' NOT NULL,
	`opened_at` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_calls_unit_year_idx` ON `project_calls` (`unit_id`,`year`);--> statement-breakpoint
CREATE TABLE `project_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`body` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`moderated_by` integer,
	`moderated_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moderated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_comments_project_idx` ON `project_comments` (`project_id`,`status`);--> statement-breakpoint
CREATE TABLE `project_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`kind` text NOT NULL,
	`detail` text NOT NULL,
	`actor_id` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_events_project_idx` ON `project_events` (`project_id`,`at`);--> statement-breakpoint
CREATE TABLE `project_milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`planned_on` text NOT NULL,
	`actual_on` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_milestones_project_idx` ON `project_milestones` (`project_id`,`planned_on`);--> statement-breakpoint
CREATE TABLE `project_officials` (
	`project_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `official_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_officials_official_idx` ON `project_officials` (`official_id`);--> statement-breakpoint
CREATE TABLE `project_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`update_id` integer,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`update_id`) REFERENCES `project_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_photos_project_idx` ON `project_photos` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_places` (
	`project_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `community_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `project_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`title_key` text NOT NULL,
	`problem` text NOT NULL,
	`rough_cost` integer,
	`source` text NOT NULL,
	`proposer_name` text DEFAULT '' NOT NULL,
	`submitted_by` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`screening_reason` text DEFAULT '' NOT NULL,
	`merged_into_id` integer,
	`estimated_cost` integer,
	`responsible_unit_id` integer,
	`screened_at` integer,
	`screened_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`screened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_proposals_dup_idx` ON `project_proposals` (`call_id`,`community_id`,`title_key`);--> statement-breakpoint
CREATE INDEX `project_proposals_call_idx` ON `project_proposals` (`call_id`,`status`);--> statement-breakpoint
CREATE TABLE `project_rating_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`used_on` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_rating_codes_household_idx` ON `project_rating_codes` (`project_id`,`household_id`);--> statement-breakpoint
CREATE TABLE `project_ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`score` integer NOT NULL,
	`rated_on` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_ratings_project_idx` ON `project_ratings` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`body` text NOT NULL,
	`progress` integer,
	`author_id` integer,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_updates_project_idx` ON `project_updates` (`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`proposal_id` integer,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`community_id` integer NOT NULL,
	`responsible_unit_id` integer NOT NULL,
	`budget` integer NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`starts_on` text NOT NULL,
	`planned_end_on` text NOT NULL,
	`completed_on` text,
	`progress` integer DEFAULT 0 NOT NULL,
	`rating_closes_on` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `project_proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_call_idx` ON `projects` (`call_id`);--> statement-breakpoint
CREATE INDEX `projects_unit_idx` ON `projects` (`responsible_unit_id`);--> statement-breakpoint
CREATE TABLE `proposal_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`call_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`call_id`) REFERENCES `project_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
