/**
 * How long a wait on the page may last before the test fails with that wait's own message: a guard
 * against a hang, not a measure of speed. The machine may be busy (CI shares two cores), so it is
 * generous, and below the project's testTimeout so the locator's message is the one reported.
 */
export const UNTIL = 240_000;
