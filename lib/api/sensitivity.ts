/** CSV columns of /api/v1/sensitivity (the JSON rows have the same fields; the summary lives in the JSON twin). */
export const SENSITIVITY_CSV_COLUMNS = ["variant", "slope", "coefficient", "e_inf", "n_fit", "reason"] as const;
