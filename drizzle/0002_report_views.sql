CREATE TABLE `report_views` (
	`report` text NOT NULL,
	`day` text NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`report`, `day`)
);
--> statement-breakpoint
CREATE INDEX `report_views_day_idx` ON `report_views` (`day`);--> statement-breakpoint
CREATE TABLE `view_salt` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `view_seen` (
	`day` text NOT NULL,
	`report` text NOT NULL,
	`visitor` text NOT NULL,
	PRIMARY KEY(`day`, `report`, `visitor`)
);
