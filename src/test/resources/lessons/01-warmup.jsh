//LESSON Warm-up
// A tiny lesson for the shell's tests: **numbers**, `code` and a list.
//
// - one
// - two

//STEP Numbers
// We make a number `x` and print it.
import dev.shellbook.exercise.Check;
int x = 6 * 7;
System.out.println("x is " + x);
System.out.printf("x squared is %d%n", x * x);

//STEP A matrix
// An EJML matrix shows its shape.
import org.ejml.data.DMatrixRMaj;
var m = new DMatrixRMaj(new double[][]{{1, 2}, {3, 4}});
m

//EXERCISE twice: Double a number
// Write `twice(n)` so that later steps can use it.
//TODO return two times n
//HINT Multiplication is written `*` in Java.
//HINT The whole body is `return 2 * n;`
int twice(int n) {
    //SOLUTION
    return 2 * n;
    //END
}
//CHECK
Check.that(twice(21) == 42, "twice(21) should be 42, found " + twice(21));
Check.that(twice(-3) == -6, "twice(-3) should be -6, found " + twice(-3));

//STEP After the exercise
// Uses `twice` from the exercise.
System.out.println("twice x is " + twice(x));
