CREATE TABLE `early_closures` (
	`selection_id` integer PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`planned_closes_at` integer NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` integer NOT NULL,
	`confirmed_by` integer,
	`closed_at` integer,
	FOREIGN KEY (`selection_id`) REFERENCES `selections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
