ALTER TABLE `fits` ADD `e_inf` real;--> statement-breakpoint
ALTER TABLE `fits` ADD `e_inf_lo` real;--> statement-breakpoint
ALTER TABLE `fits` ADD `e_inf_hi` real;--> statement-breakpoint
ALTER TABLE `fits` ADD `n_fit` integer;--> statement-breakpoint
ALTER TABLE `fits` ADD `loss` real;--> statement-breakpoint
ALTER TABLE `fits` ADD `converged` integer;--> statement-breakpoint
ALTER TABLE `fits` ADD `ci_reason` text;