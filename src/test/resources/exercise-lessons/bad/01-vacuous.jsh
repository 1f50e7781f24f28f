//LESSON Planted problems
// Every exercise here is broken in one way.

//STEP Imports
import dev.shellbook.exercise.Check;

//EXERCISE vacuous: A check that cannot fail
// The check passes on the blank.
//TODO return twice x
//HINT Multiply by two.
int twice(int x) {
    //SOLUTION
    //BLANK return 0;
    return 2 * x;
    //END
}
//CHECK
Check.equal("twice(0)", 0, twice(0));

//EXERCISE unhinted: No hint and no TODO
// Missing its TODO and hints.
int thrice(int x) {
    //SOLUTION
    return 3 * x;
    //END
}
//CHECK
Check.equal("thrice(2)", 6, thrice(2));

//EXERCISE wrong: A reference that fails
//TODO return x squared
//HINT Multiply x by itself.
int square(int x) {
    //SOLUTION
    return x + x;
    //END
}
//CHECK
Check.equal("square(3)", 9, square(3));

//STEP Broken step
// A plain step that throws.
int boom = Integer.parseInt("not a number");
