//LESSON First
// A lesson with an exercise that a later lesson uses.

//STEP Imports
import dev.shellbook.exercise.Check;

//EXERCISE twice: Double a number
// Write `twice(n)`.
//TODO return two times n
//HINT Multiplication is written `*` in Java.
int twice(int n) {
    //SOLUTION
    return 2 * n;
    //MISTAKE plus-two: adds 2 instead of doubling
    // return n + 2;
    //MISTAKE square: squares n
    // return n * n;
    //MISTAKE zero: returns 0
    // return 0;
    //END
}
//CHECK
Check.that(twice(21) == 42, "twice(21) is " + twice(21) + ", expected 42");
Check.that(twice(-3) == -6, "twice(-3) is " + twice(-3) + ", expected -6");
