CREATE TABLE `architectures` (
	`name` text PRIMARY KEY NOT NULL,
	`image_size` integer NOT NULL,
	`image_width` integer NOT NULL,
	`text_width` integer NOT NULL,
	`embed_dim` integer NOT NULL,
	`gmacs` real NOT NULL,
	`macts` real NOT NULL,
	`mparams` real NOT NULL,
	`image_gmacs` real NOT NULL,
	`image_macts` real NOT NULL,
	`image_mparams` real NOT NULL,
	`text_gmacs` real NOT NULL,
	`text_macts` real NOT NULL,
	`text_mparams` real NOT NULL,
	`source_line` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY NOT NULL,
	`model_id` text NOT NULL,
	`task` text NOT NULL,
	`task_type` text NOT NULL,
	`arch` text NOT NULL,
	`upstream` text NOT NULL,
	`samples_seen` real NOT NULL,
	`samples_seen_pretty` text NOT NULL,
	`gmacs_per_sample` real NOT NULL,
	`total_gmacs` real NOT NULL,
	`acc1` real,
	`acc5` real,
	`mean_per_class_recall` real,
	`image_retrieval_recall_at_5` real,
	`text_retrieval_recall_at_5` real,
	`mean_average_precision` real,
	`metric` text NOT NULL,
	`error` real,
	`source_line` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_model_task` ON `evaluations` (`model_id`,`task`);--> statement-breakpoint
CREATE INDEX `evaluations_task` ON `evaluations` (`task`,`upstream`);--> statement-breakpoint
CREATE TABLE `fits` (
	`id` integer PRIMARY KEY NOT NULL,
	`task` text NOT NULL,
	`metric` text NOT NULL,
	`group` text NOT NULL,
	`method` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`n` integer NOT NULL,
	`alpha` real,
	`coefficient` real,
	`log10_coefficient` real,
	`r2` real,
	`x_min` real,
	`x_max` real,
	`alpha_lo` real,
	`alpha_hi` real,
	`coefficient_lo` real,
	`coefficient_hi` real,
	`bootstrap_resamples` integer,
	`bootstrap_used` integer,
	`bootstrap_seed` integer,
	`fitted_json` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fits_key` ON `fits` (`task`,`metric`,`group`,`method`);--> statement-breakpoint
CREATE TABLE `ingests` (
	`id` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`source_repo` text NOT NULL,
	`source_commit` text NOT NULL,
	`files_json` text NOT NULL,
	`row_counts_json` text NOT NULL,
	`warnings_json` text NOT NULL,
	`fit_config_json` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`elapsed_ms` real NOT NULL,
	`version` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `learning_curve_points` (
	`id` integer PRIMARY KEY NOT NULL,
	`model_id` text NOT NULL,
	`epoch` integer NOT NULL,
	`top1` real NOT NULL,
	`top5` real,
	`samples_seen` real NOT NULL,
	`steps` integer NOT NULL,
	`source_line` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `lc_model_epoch` ON `learning_curve_points` (`model_id`,`epoch`);--> statement-breakpoint
CREATE TABLE `models` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`origin` text NOT NULL,
	`arch` text NOT NULL,
	`upstream` text NOT NULL,
	`samples_seen` real NOT NULL,
	`samples_seen_pretty` text NOT NULL,
	`gmacs_per_sample` real NOT NULL,
	`lr` real,
	`warmup` integer,
	`epochs` integer,
	`gpus` integer,
	`samples_per_sec` real,
	`samples_per_epoch` integer,
	`local_bs` integer,
	`global_bs` integer,
	`nominal_samples_seen` real,
	`steps` integer,
	`gpu_hours` real,
	`detailed_training_info` text,
	`url` text,
	`source_line` integer
);
--> statement-breakpoint
CREATE INDEX `models_arch` ON `models` (`arch`);--> statement-breakpoint
CREATE INDEX `models_upstream` ON `models` (`upstream`);