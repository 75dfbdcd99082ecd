CREATE TABLE `sign_in_failure` (
	`email` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`first_failure_at` integer NOT NULL
);
