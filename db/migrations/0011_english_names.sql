ALTER TABLE `officials` ADD `position_en` text;--> statement-breakpoint
ALTER TABLE `units` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `criteria` ADD `text_en` text;--> statement-breakpoint
ALTER TABLE `selections` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `selections` ADD `rules_en` text;--> statement-breakpoint
ALTER TABLE `surveys` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `assessment_cycles` ADD `name_en` text;