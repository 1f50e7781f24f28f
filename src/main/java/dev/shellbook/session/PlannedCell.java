package dev.shellbook.session;

/**
 * A cell the caller is about to run (or has run) in order, for matching against a checkpoint.
 *
 * @param code the cell's code exactly as it would be passed to {@link Session#run}
 * @param origin where it comes from
 */
public record PlannedCell(String code, Origin origin) {
}
