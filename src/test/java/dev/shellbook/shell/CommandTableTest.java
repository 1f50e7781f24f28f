package dev.shellbook.shell;

import dev.shellbook.lesson.EditDistance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final List<String> ran = new ArrayList<>();
    private final CommandTable table = new CommandTable()
            .add("next", "", "next step", "", a -> ran.add("next " + a))
            .add("check", "", "check", "", a -> ran.add("check"))
            .add(new Command("run", List.of("rerun"), "", "run again", "", a -> ran.add("run")))
            .add("reset", "", "reset", "", a -> ran.add("reset"))
            .add("skip", "", "skip", "", a -> ran.add("skip"))
            .add("solution", "", "solution", "", a -> ran.add("solution"));

    private Command found(String typed) {
        return assertInstanceOf(CommandTable.Lookup.Found.class, table.lookup(typed)).command();
    }

    @Test
    void exactNamesAndAliasesResolve() {
        assertEquals("next", found("next").name());
        assertEquals("run", found("rerun").name());
        assertEquals("run", found("RUN").name());
    }

    @Test
    void unambiguousPrefixesResolve() {
        assertEquals("next", found("n").name());
        assertEquals("check", found("ch").name());
        assertEquals("solution", found("so").name());
    }

    @Test
    void exactNameWinsOverLongerNames() {
        assertEquals("run", found("run").name());
    }

    @Test
    void ambiguousPrefixNamesTheCandidates() {
        CommandTable.Lookup lookup = table.lookup("s");
        assertInstanceOf(CommandTable.Lookup.Ambiguous.class, lookup);
        assertEquals("/s could mean /skip or /solution. Type more letters, or /help for the list.",
                CommandTable.explain(lookup));
    }

    @Test
    void typoGetsDidYouMean() {
        assertEquals("Unknown command /nxt. Did you mean /next? Type /help for the list.",
                CommandTable.explain(table.lookup("nxt")));
        assertEquals("Unknown command /chekc. Did you mean /check? Type /help for the list.",
                CommandTable.explain(table.lookup("chekc")));
    }

    @Test
    void farOffNameGetsOnlyTheHelpPointer() {
        assertEquals("Unknown command /banana. Type /help for the list.",
                CommandTable.explain(table.lookup("banana")));
    }

    @Test
    void actionGetsTheArguments() {
        found("next").action().run("3");
        assertEquals(List.of("next 3"), ran);
    }

    @Test
    void duplicateNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> table.add("rerun", "", "", "", a -> { }));
    }

    @Test
    void editDistanceCountsSwapsAsOne() {
        assertEquals(1, EditDistance.between("nxet", "next"));
        assertEquals(1, EditDistance.between("nxt", "next"));
        assertEquals(3, EditDistance.between("", "abc"));
    }
}
