package uk.council.complaints.importing;

/** What is wrong with one row of a register: where (the row as the spreadsheet numbers it, and the column) and why. */
record RegisterProblem(int row, String column, String reason) {
}
