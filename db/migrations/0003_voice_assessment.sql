CREATE TABLE `community_ratings` (
	`survey_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`stars` integer NOT NULL,
	`score` real NOT NULL,
	`inputs` text NOT NULL,
	PRIMARY KEY(`survey_id`, `community_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `community_ratings_community_idx` ON `community_ratings` (`community_id`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`id_hash` text NOT NULL,
	`phone` text,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_community_hash_idx` ON `households` (`community_id`,`id_hash`);--> statement-breakpoint
CREATE TABLE `night_talk_officials` (
	`night_talk_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	PRIMARY KEY(`night_talk_id`, `official_id`),
	FOREIGN KEY (`night_talk_id`) REFERENCES `night_talks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `night_talk_officials_official_idx` ON `night_talk_officials` (`official_id`);--> statement-breakpoint
CREATE TABLE `night_talks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`held_on` text NOT NULL,
	`community_id` integer NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`residents_met` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `night_talks_community_idx` ON `night_talks` (`community_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `rating_rounds` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`formula` text NOT NULL,
	`computed_at` integer NOT NULL,
	`computed_by` integer,
	`published_at` integer,
	`published_by` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`computed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `request_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`respond_days` integer DEFAULT 1 NOT NULL,
	`resolve_days` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_categories_code_unique` ON `request_categories` (`code`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_events_request_idx` ON `request_events` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`category_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`description` text NOT NULL,
	`channel` text NOT NULL,
	`night_talk_id` integer,
	`contact_name` text,
	`contact_phone` text,
	`status` text DEFAULT 'received' NOT NULL,
	`assigned_official_id` integer,
	`assigned_unit_id` integer,
	`respond_by` integer NOT NULL,
	`resolve_by` integer NOT NULL,
	`responded_at` integer,
	`resolved_at` integer,
	`resolution` text,
	`satisfaction` integer,
	`confirmed_at` integer,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `request_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`night_talk_id`) REFERENCES `night_talks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requests_number_unique` ON `requests` (`number`);--> statement-breakpoint
CREATE INDEX `requests_community_idx` ON `requests` (`community_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `requests_official_idx` ON `requests` (`assigned_official_id`);--> statement-breakpoint
CREATE INDEX `requests_unit_idx` ON `requests` (`assigned_unit_id`);--> statement-breakpoint
CREATE INDEX `requests_status_idx` ON `requests` (`status`,`resolve_by`);--> statement-breakpoint
CREATE TABLE `survey_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`response_id` integer,
	`staff_id` integer NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_calls_household_idx` ON `survey_calls` (`survey_id`,`household_id`);--> statement-breakpoint
CREATE TABLE `survey_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_codes_household_idx` ON `survey_codes` (`survey_id`,`household_id`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`channel` text NOT NULL,
	`answers` text NOT NULL,
	`score` real NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`entered_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_household_idx` ON `survey_responses` (`survey_id`,`household_id`);--> statement-breakpoint
CREATE INDEX `survey_responses_community_idx` ON `survey_responses` (`survey_id`,`community_id`);--> statement-breakpoint
CREATE TABLE `survey_samples` (
	`survey_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `household_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_samples_community_idx` ON `survey_samples` (`survey_id`,`community_id`);--> statement-breakpoint
CREATE TABLE `survey_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`questions` text NOT NULL,
	`checklist` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `survey_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`visited_on` text NOT NULL,
	`checklist` text NOT NULL,
	`score` real NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_visits_community_idx` ON `survey_visits` (`survey_id`,`community_id`);--> statement-breakpoint
CREATE TABLE `surveyor_assignments` (
	`survey_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `community_id`, `staff_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `surveyor_assignments_staff_idx` ON `surveyor_assignments` (`staff_id`,`survey_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`template_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`sample_percent` real DEFAULT 10 NOT NULL,
	`target_response_percent` real DEFAULT 60 NOT NULL,
	`seed_hash` text,
	`seed` text,
	`committed_at` integer,
	`drawn_at` integer,
	`revealed_at` integer,
	`opens_on` text,
	`closes_on` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `survey_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessment_cycles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`residents_floor` real DEFAULT 40 NOT NULL,
	`grade_thresholds` text NOT NULL,
	`excellent_cap_percent` real DEFAULT 15 NOT NULL,
	`public_items` text DEFAULT '[]' NOT NULL,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`weight` real NOT NULL,
	`source` text NOT NULL,
	`normalization` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_cycle_code_idx` ON `indicators` (`cycle_id`,`code`);--> statement-breakpoint
CREATE TABLE `inspection_officials` (
	`inspection_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`rating` integer NOT NULL,
	PRIMARY KEY(`inspection_id`, `official_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_officials_official_idx` ON `inspection_officials` (`official_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` integer NOT NULL,
	`methods` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`findings` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_site_idx` ON `inspections` (`site_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `manual_scores` (
	`indicator_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`value` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` integer,
	PRIMARY KEY(`indicator_id`, `official_id`),
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `official_scores` (
	`snapshot_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`composite` real NOT NULL,
	`indicator_scores` text NOT NULL,
	`vetoed` integer DEFAULT false NOT NULL,
	`rank_in_level` integer NOT NULL,
	`rank_in_district` integer NOT NULL,
	`grade` text NOT NULL,
	PRIMARY KEY(`snapshot_id`, `official_id`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `score_snapshots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `official_scores_unit_idx` ON `official_scores` (`snapshot_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`kind` text NOT NULL,
	`decided_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcomes_official_idx` ON `outcomes` (`official_id`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`follow_up` text DEFAULT '' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommendations_inspection_idx` ON `recommendations` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `review_form_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`meeting_id` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `review_meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_form_codes_meeting_idx` ON `review_form_codes` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `review_forms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`channel` text NOT NULL,
	`morality` text NOT NULL,
	`ability` text NOT NULL,
	`diligence` text NOT NULL,
	`achievement` text NOT NULL,
	`integrity` text NOT NULL,
	`entered_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `review_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_forms_meeting_idx` ON `review_forms` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `review_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`official_id` integer NOT NULL,
	`cycle_id` integer,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`attendees` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_meetings_official_idx` ON `review_meetings` (`official_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `score_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`inputs_fingerprint` text NOT NULL,
	`result_fingerprint` text NOT NULL,
	`officials_scored` integer NOT NULL,
	`computed_by` integer,
	`computed_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`current` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`computed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `score_snapshots_cycle_idx` ON `score_snapshots` (`cycle_id`,`current`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`unit_id` integer NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sites_unit_idx` ON `sites` (`unit_id`);--> statement-breakpoint
CREATE TABLE `veto_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `vetoes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`veto_item_id` integer NOT NULL,
	`official_id` integer NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`veto_item_id`) REFERENCES `veto_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vetoes_official_idx` ON `vetoes` (`official_id`);