package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndependentTest {

    @Test
    void aLineNamingNothingRunsEvenBeforeTheImportsAreIn() {
        Independent independent = new Independent(List.of("X", "softmax", "DMatrixRMaj"));
        assertTrue(independent.test("6*7"));
        assertTrue(independent.test("\"X and softmax\" + 'c' // X"));
        assertFalse(independent.test("Math.max(1, 2)"), "Math could be any class until the imports are in");
    }

    @Test
    void afterTheImportsALineMayUseAnyNameTheRestoreDoesNotDeclare() {
        Independent independent = new Independent(List.of("X", "softmax", "DMatrixRMaj"));
        independent.importsIn();
        assertTrue(independent.test("Math.max(1, 2)"));
        assertTrue(independent.test("int mine = 5;"));
        assertFalse(independent.test("X.numRows"));
        assertFalse(independent.test("var p = softmax(z)"));
        assertFalse(independent.test("int X = 3;"), "declaring a restored name would be overwritten by it");
        assertTrue(independent.test("System.out.println(\"X\")"));
    }

    @Test
    void namesAreIdentifiersNotAfterADotOutsideStringsAndComments() {
        assertEquals(Set.of("Math", "a", "b"), Independent.names("Math.max(a, b) /* c */ + \"d\""));
        assertEquals(Set.of(), Independent.names("new int[] {1, 2}.length + 6 * 7"));
    }
}
