package dev.shellbook.session;

/**
 * What {@link Session#restore} did.
 *
 * @param covered how many of the planned cells, from the first, the restored state already includes (0: none)
 * @param notice one line for the learner when a checkpoint existed but could not be used, else {@code ""}
 */
public record Restored(int covered, String notice) {
}
