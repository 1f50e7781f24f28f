package dev.shellbook.render;

import dev.shellbook.lesson.Step;
import java.util.List;
import java.util.Optional;

/**
 * A step after running: the step and what it showed.
 *
 * @param step   the lesson step
 * @param blocks its output, values, charts and, when it failed, the error last
 */
record RenderedStep(Step step, List<Block> blocks) {

    RenderedStep {
        blocks = List.copyOf(blocks);
    }

    /** The error that stopped this step, if it failed. */
    Optional<Block.Error> error() {
        return blocks.stream().filter(Block.Error.class::isInstance).map(Block.Error.class::cast).findFirst();
    }

    /** The charts this step saved, in order. */
    List<Block.Chart> charts() {
        return blocks.stream().filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).toList();
    }
}
